/**
 * The profile store: documents, entities and mentions in IndexedDB through idb. Callers get
 * functions (search, profile, findByAlias…), never the database handle. The schema is versioned,
 * with an upgrade path, and indexed by entity, by document, by normalised alias and by date, so a
 * lookup's work grows with its answer, not with the store.
 */
import { clearIn, exportStore, restoreStore } from './export';
import { inOneTransaction, storeCounts, unfinishedRestore } from './transactions';
import { openStoreDb, STORE_NAME, type Correction, type StoreDb, type StoredEntity } from './schema';
import { removeDocumentIn } from './removal';
import { KeyFilter } from './key-filter';
import { addProfileIn, saveDocuments, type DocumentToSave, type SavedDocument, type StoreExport } from './writes';
import { mergeIn, renameIn, setKindIn, splitIn } from './corrections';
import { listDocuments, readDocument, searchEntities, type DatedDocument, type DocumentSummary, type EntitySummary, type Profile } from './reads';
import { readCard, readProfile, type StoredCard } from './profile-read';
import { findByAliases, lookAhead, pageDocuments, type PageLookup } from './page-lookup';
import { readTimeline, type Timeline } from './timeline';
import { readNetwork, type CoMentionNetwork, type NetworkOptions } from './network';
import type { MentionFilter } from './mention-order';
import type { CorpusProfile, DocumentId, EntityId, EntityKind } from '../shared/types';

export { STORE_NAME, SCHEMA_VERSION } from './schema';
export type { StoredDocument, StoredEntity, StoredMention, Correction } from './schema';
export type { DocumentToSave, SavedDocument, SavedProfile, SaveResult, StoreExport } from './writes';
export type { Companion, DocumentSummary, EntitySummary, MentionInContext, Profile } from './reads';
export type { StoredCard } from './profile-read';
export type { PageLookup } from './page-lookup';
export type { Timeline, TimelineMonth } from './timeline';
export type { CoMentionNetwork, NetworkEdge, NetworkNode, NetworkOptions } from './network';
export type { MentionFilter } from './mention-order';

export interface ProfileStore {
  /** Whether the store holds no document yet. */
  isEmpty(): Promise<boolean>;
  /** Whether the built-in corpus was ever loaded: a store the reader cleared stays clear. */
  isSeeded(): Promise<boolean>;
  /** Adds a profiled corpus (the bundled snapshot) in one transaction. */
  importProfile(profile: CorpusProfile): Promise<void>;
  /** Loads the built-in corpus into a store that never had it, and marks it seeded, in one transaction. */
  seed(profile: CorpusProfile): Promise<void>;
  /**
   * Saves documents incrementally, all in one transaction; the same path again updates its document.
   * Each result carries the profiles written and the story's copies (`SavedDocument`).
   */
  save(documents: readonly DocumentToSave[]): Promise<SavedDocument[]>;
  /** Removes a document and its mentions; entities left with none go too. */
  removeDocument(id: DocumentId): Promise<boolean>;
  /** Stored documents, newest first, whose title, source or address contains the query. */
  documents(query?: string, page?: { offset: number; limit: number }): Promise<{ documents: DocumentSummary[]; total: number }>;
  merge(from: EntityId, into: EntityId): Promise<StoredEntity>;
  split(from: EntityId, mentions: readonly { documentId: DocumentId; start: number }[], name: string): Promise<StoredEntity>;
  setKind(id: EntityId, kind: EntityKind): Promise<StoredEntity>;
  rename(id: EntityId, name: string): Promise<StoredEntity>;
  corrections(): Promise<Correction[]>;
  /** The whole store, for the export file. */
  exportAll(): Promise<StoreExport>;
  /** Replaces the store with an export, exactly, in one transaction. */
  restore(data: StoreExport): Promise<void>;
  /** Empties the store, then adds the given corpus (the built-in one) if any, in one transaction. */
  reset(profile?: CorpusProfile): Promise<void>;
  /** Profiles whose alias or role matches every word of the query, case and accents aside. */
  search(query: string, limit?: number): Promise<EntitySummary[]>;
  /** Entities one of whose aliases is this name ("Mr Kelly" finds John F. Kelly): at most `ENTITIES_PER_KEY` for each of its keys. */
  findByAlias(name: string): Promise<StoredEntity[]>;
  /**
   * `findByAlias` for many names at once, in one read transaction: the entities of each name, in the
   * order of `names`. A page's names are tied to their profiles so (one transaction rather than one
   * per name, each of which Chromium's IndexedDB opens and commits in the browser process).
   */
  findByAliases(names: readonly string[]): Promise<StoredEntity[][]>;
  /**
   * Resolves once the key filter (`key-filter.ts`) holds every alias and surname key of the store,
   * building it if none is current. Saves and lookups build it themselves when needed and read every
   * key meanwhile; this is for a caller that wants the filter in use from the next one on.
   * @throws IndexedDB's error where the store can't be read
   */
  keyFilterReady(): Promise<void>;
  entity(id: EntityId): Promise<StoredEntity | undefined>;
  /** An entity with its mentions newest first (one page of them, or one month's), its documents and companions. */
  profile(id: EntityId, page?: { offset: number; limit: number }, filter?: MentionFilter): Promise<Profile | undefined>;
  /** A hover card: mentions in other documents than `exclude` (the page being read and its copies). */
  card(id: EntityId, exclude: readonly DocumentId[]): Promise<StoredCard | undefined>;
  /** The stored documents a page is: the one saved from its address, and its wire story's copies. */
  pageDocuments(path: string, sketch: readonly string[]): Promise<DocumentId[]>;
  /**
   * A page's reads (its documents, its names' profiles), sent at once from its text, before the
   * engine reads it: `page-lookup.ts`. `text` is the text the engine reads (`articleText`).
   */
  lookAhead(path: string, text: string): PageLookup;
  /** An entity's mentions per month and source. */
  timeline(id: EntityId): Promise<Timeline>;
  /** Who appears with whom, in the whole store or around one entity. */
  network(options?: NetworkOptions): Promise<CoMentionNetwork>;
  /** A stored document, with its date as every view writes it. */
  document(id: DocumentId): Promise<DatedDocument | undefined>;
  /** How many documents, profiles and mentions: one read of the counts the store keeps. */
  counts(): Promise<{ documents: number; entities: number; mentions: number }>;
  /** Whether a restore began and did not finish. */
  unfinishedRestore(): Promise<boolean>;
  close(): void;
}

/** Opens (and creates or upgrades) the profile store. */
export async function openProfileStore(name = STORE_NAME): Promise<ProfileStore> {
  return storeOver(await openStoreDb(name));
}

function storeOver(db: StoreDb): ProfileStore {
  // Saves tell it the keys they wrote, removals that they wrote none; any other change writes a new
  // generation, and it is built again.
  const keys = new KeyFilter(db);
  const store: ProfileStore = {
    async isEmpty() {
      // One key read, not a count: counting walks the whole store.
      return (await db.getAllKeys('documents', undefined, 1)).length === 0;
    },

    async isSeeded() {
      return (await db.get('meta', 'seeded')) === true;
    },

    importProfile(profile) {
      return inOneTransaction(db, (tx) => addProfileIn(tx, profile));
    },

    seed(profile) {
      return inOneTransaction(db, async (tx) => {
        if ((await tx.objectStore('meta').get('seeded')) === true) return;
        await addProfileIn(tx, profile);
        await tx.objectStore('meta').put(true, 'seeded');
      });
    },

    save(documents) {
      return saveDocuments(db, documents, Date.now(), keys);
    },

    removeDocument(id) {
      // A removal writes no key a profile did not have: the key filter stays current through it.
      return keys.change((tx) => removeDocumentIn(tx, id));
    },

    documents(query, page) {
      return listDocuments(db, query, page);
    },

    merge(from, into) {
      return inOneTransaction(db, (tx) => mergeIn(tx, from, into));
    },

    split(from, mentions, name) {
      return inOneTransaction(db, (tx) => splitIn(tx, from, mentions, name));
    },

    setKind(id, kind) {
      return inOneTransaction(db, (tx) => setKindIn(tx, id, kind));
    },

    rename(id, name) {
      return inOneTransaction(db, (tx) => renameIn(tx, id, name));
    },

    corrections() {
      return db.getAll('corrections');
    },

    exportAll() {
      return exportStore(db);
    },

    restore(data) {
      return restoreStore(db, data);
    },

    reset(profile) {
      return inOneTransaction(db, async (tx) => {
        await clearIn(tx);
        if (profile) await addProfileIn(tx, profile);
      });
    },

    search(query, limit) {
      return searchEntities(db, query, limit);
    },

    async findByAlias(name) {
      return (await findByAliases(db, [name], keys))[0]!;
    },

    findByAliases(names) {
      return findByAliases(db, names, keys);
    },

    keyFilterReady() {
      return keys.ready();
    },

    entity(id) {
      return db.get('entities', id);
    },

    profile(id, page, filter) {
      return readProfile(db, id, page, filter);
    },

    card(id, exclude) {
      return readCard(db, id, exclude);
    },

    pageDocuments(path, sketch) {
      return pageDocuments(db, path, sketch);
    },

    lookAhead(path, text) {
      return lookAhead(db, path, text, keys);
    },

    timeline(id) {
      return readTimeline(db, id);
    },

    network(options) {
      return readNetwork(db, options);
    },

    document(id) {
      return readDocument(db, id);
    },

    counts() {
      return storeCounts(db);
    },

    unfinishedRestore() {
      return unfinishedRestore(db);
    },

    close() {
      db.close();
    },
  };
  return store;
}
