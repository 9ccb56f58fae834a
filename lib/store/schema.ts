/**
 * The profile store's schema: what each record holds, its indexes, and the upgrade path from every
 * earlier version. Records are built here from the engine's output, so every writer stores the same
 * shape.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { formatPublished } from '../engine/metadata';
import { fold, nameKey, nameWords, surnameForms } from '../engine/names';
import { orgKey } from '../engine/org-names';
import { sameStory, storySketch } from './story';
import { boundRoles, type StoredRole } from './role-statements';
import type { DocumentId, Entity, EntityId, EntityKind, Mention, ProfiledDocument } from '../shared/types';

export const STORE_NAME = 'dramatis-profiles';
/**
 * 1: documents, entities, mentions. 2: wire-story sketches, surname index, corrections, saved pages.
 * 3: corrections indexed by the documents a split touches, so a save reads only its own.
 * 4: without the two indexes no read used (`entities.by-kind`) or that another index holds
 * (`mentions.by-entity`, the prefix of `by-entity-date`), which every save wrote an entry of for each
 * profile and each mention.
 */
export const SCHEMA_VERSION = 4;

/** A document as stored: its metadata, text, sortable date, and the wire story it belongs to. */
export interface StoredDocument extends ProfiledDocument {
  /** Sortable date: "2017-02-08", "0000-07-05" without a year, '' without a date. */
  date: string;
  /** The first stored copy of the same wire story; its own id when it is the first. */
  storyId: DocumentId;
  sketch: string[];
  /** When the reader saved it (ms since the epoch); null for the built-in corpus. */
  savedAt: number | null;
}

/** What the reader fixed by hand, kept whatever the engine later finds. */
export interface Pinned {
  name?: boolean;
  kind?: boolean;
}

export interface StoredEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Bounded per role: role-statements.ts. */
  roles: StoredRole[];
  /** Normalised aliases: "mr pena nieto" → "pena nieto"; organisation keys too. */
  aliasKeys: string[];
  /** The surname forms a person is called by ("pena nieto", "nieto"), to find them from a new document. */
  surnames: string[];
  /** Folded words of every alias and role, for search: "attorney", "general", "pena". */
  terms: string[];
  mentionCount: number;
  documentCount: number;
  pinned: Pinned;
}

export interface StoredMention extends Mention {
  entityId: EntityId;
  /** The document's sortable date, so an entity's mentions come out newest first. */
  date: string;
  /**
   * The document's source (null where it names none), so a timeline counts its mentions without
   * reading their documents. Absent on mentions saved before it was kept: their document is read.
   */
  source?: string | null;
}

/** A correction the reader made, replayed when the documents it touches are profiled again. */
export type Correction =
  | { type: 'merge'; from: EntityId; into: EntityId; at: number }
  | {
      type: 'split';
      from: EntityId;
      into: EntityId;
      name: string;
      mentions: { documentId: DocumentId; start: number }[];
      at: number;
      /** The documents of `mentions`, once each: derived, for the `by-document` index (schema 3). */
      documentIds?: DocumentId[];
    }
  | { type: 'kind'; entity: EntityId; kind: EntityKind; at: number }
  | { type: 'rename'; entity: EntityId; name: string; at: number };

export interface DramatisSchema extends DBSchema {
  documents: {
    key: DocumentId;
    value: StoredDocument;
    indexes: { 'by-date': string; 'by-path': string; 'by-story': string; 'by-sketch': string };
  };
  entities: {
    key: EntityId;
    value: StoredEntity;
    indexes: { 'by-alias': string; 'by-term': string; 'by-surname': string };
  };
  mentions: {
    key: number;
    value: StoredMention;
    indexes: { 'by-document': DocumentId; 'by-entity-date': [EntityId, string] };
  };
  corrections: { key: number; value: Correction; indexes: { 'by-document': DocumentId } };
  /** Facts about the store itself: "seeded" once the built-in corpus was first loaded. */
  meta: { key: string; value: unknown };
}

export type StoreDb = IDBPDatabase<DramatisSchema>;
export type WriteTx = IDBPTransaction<DramatisSchema, StoreNames<DramatisSchema>[], 'readwrite' | 'versionchange'>;
/** The stores that hold the reader's profiles: what export, restore and clear cover. */
export const ALL_STORES = ['documents', 'entities', 'mentions', 'corrections'] as const;
export type StoreName = StoreNames<DramatisSchema>;

/**
 * Every mention of an entity, as a range of the mentions' `by-entity-date` index (`[entityId, date]`):
 * '' is the least string, so `[id, '']` comes before every date of the entity, and every sortable date
 * ("2017-02-08", "0000-07-05", '') sorts before `'\uffff'`.
 */
export function entityMentions(id: EntityId): IDBKeyRange {
  return IDBKeyRange.bound([id, ''], [id, '\uffff']);
}

export function sortableDate(document: Pick<ProfiledDocument, 'published'>): string {
  return formatPublished(document.published)?.replace(/^--/, '0000-') ?? '';
}

/** The keys an alias is found by: its name key, and for organisations its organisation key. */
export function aliasKeysOf(kind: EntityKind, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const alias of aliases) {
    keys.add(nameKey(alias));
    if (kind === 'organization') keys.add(orgKey(alias));
  }
  keys.delete('');
  return [...keys];
}

/** The keys a name is looked up by, whatever its kind: every key an alias of either kind is stored under (`aliasKeysOf`). */
export function lookupKeysOf(name: string): string[] {
  return aliasKeysOf('organization', [name]);
}

function surnamesOf(kind: EntityKind, aliases: readonly string[]): string[] {
  if (kind === 'organization') return [];
  const keys = new Set<string>();
  for (const alias of aliases) {
    const words = nameWords(alias).filter((w) => w.length > 1);
    for (const form of words.length >= 2 ? surnameForms(alias) : [nameKey(alias)]) if (form) keys.add(form);
  }
  return [...keys];
}

function termsOf(entity: Pick<StoredEntity, 'aliases' | 'roles' | 'name'>): string[] {
  const words = new Set<string>();
  for (const text of [entity.name, ...entity.aliases, ...entity.roles.map((r) => r.title), ...entity.roles.map((r) => r.country ?? '')]) {
    for (const word of fold(text).split(/[^a-z0-9]+/)) if (word) words.add(word);
  }
  return [...words];
}

/** Recomputes the derived fields (keys, surnames, terms) after a change to names, aliases or roles, and bounds the roles (`boundRoles`). */
export function withKeys(entity: Omit<StoredEntity, 'aliasKeys' | 'surnames' | 'terms'>): StoredEntity {
  const forms = [...new Set([entity.name, ...entity.aliases])];
  const aliases = [...new Set(entity.aliases.includes(entity.name) ? entity.aliases : [entity.name, ...entity.aliases])].sort();
  const stored = { ...entity, aliases, roles: boundRoles(entity.roles) };
  return { ...stored, aliasKeys: aliasKeysOf(entity.kind, forms), surnames: surnamesOf(entity.kind, forms), terms: termsOf(stored) };
}

/**
 * Appends a record to a store whose keys its key generator makes (`mentions`, `corrections`), and
 * resolves to the new key. It is written with `put`, not `add`: the two are the same for a key the
 * generator makes (it is always new), but Chromium answers each `add` with one more read of the
 * backing store, to check that the key is not taken (`KeyExistsInObjectStore` in its trace). On a
 * large store those reads cost, and each can add to LevelDB's seek count that schedules a
 * compaction; a save appends some dozens of mentions, a restore over a million.
 */
export function appendRecord<S extends 'mentions' | 'corrections'>(tx: WriteTx, store: S, value: DramatisSchema[S]['value']): Promise<number> {
  return tx.objectStore(store).put(value as never) as Promise<number>;
}

/** A correction with its derived index field: a split lists the documents its mentions lie in. */
export function withDocumentIds(correction: Correction): Correction {
  if (correction.type !== 'split') return correction;
  return { ...correction, documentIds: [...new Set(correction.mentions.map((m) => m.documentId))] };
}

/** The stored form of an entity the engine found. */
export function toStoredEntity(entity: Entity): StoredEntity {
  return withKeys({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    roles: entity.roles,
    mentionCount: entity.mentions.length,
    documentCount: new Set(entity.mentions.map((m) => m.documentId)).size,
    pinned: {},
  });
}

/** The stored form of a document; its story is its own until a copy is found. */
export function toStoredDocument(document: ProfiledDocument, savedAt: number | null): StoredDocument {
  return { ...document, date: sortableDate(document), storyId: document.id, sketch: storySketch(document.text), savedAt };
}

/**
 * How many documents a sketch hash is read for. A hash that this many documents share is a stock
 * phrase ("said in a statement on Monday"), not a sign of one story, and is not counted at all.
 */
export const DOCUMENTS_PER_HASH = 16;

/**
 * How many stored entities one key is read for. A surname that more people share is ambiguous on
 * its own whichever of them the document means (the engine joins a lone surname only to the one
 * person who has it), and no full name is shared by this many profiles.
 */
export const ENTITIES_PER_KEY = 32;

/** How many documents whose sketches share the most with a new one's are compared with it, at most. */
const STORY_CANDIDATES = 8;
/**
 * How many of a sketch's hashes are looked up to find a copy: its lowest, which a copy's stored sketch
 * holds wherever it prints the same passage (both sketches keep their lowest sampled hashes). A copy
 * sharing half the story shares about half of these; 4 of them make it a candidate, and the whole
 * sketch decides (`sameStory`). In a store of 100,000 documents each lookup is a seek through
 * LevelDB's levels that nearly always finds nothing; all 64 were a fifth of a save's store time.
 */
const STORY_LOOKUPS = 24;

/** A sketch index as the sketch lookups read it: the documents holding one hash, at most `count`. */
interface SketchIndex {
  getAllKeys(hash: string, count: number): Promise<DocumentId[]>;
}

/**
 * The stored documents that share the most of `hashes` (a sketch's), most shared first, at most
 * `STORY_CANDIDATES`: each hash's keys read together (one wait, not one a hash), at most
 * `DOCUMENTS_PER_HASH` each; a hash that many documents share is a stock phrase, not a sign of the
 * story, and is not counted; a candidate shares half the hashes, or 4. Bounded however common
 * shingles grow. `skip` leaves documents out (the document itself, those already found).
 */
export async function storyCandidates(index: SketchIndex, hashes: readonly string[], skip: (id: DocumentId) => boolean): Promise<DocumentId[]> {
  const shared = new Map<DocumentId, number>();
  for (const ids of await Promise.all(hashes.map((hash) => index.getAllKeys(hash, DOCUMENTS_PER_HASH)))) {
    // A common shingle grows with the store; ignoring it keeps the candidates those of the story.
    if (ids.length >= DOCUMENTS_PER_HASH) continue;
    for (const id of ids) if (!skip(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return [...shared]
    .filter(([, n]) => n >= Math.min(hashes.length / 2, 4))
    .sort((a, b) => b[1] - a[1])
    .slice(0, STORY_CANDIDATES)
    .map(([id]) => id);
}

/**
 * The first stored document that is a copy of the same wire story, found through the sketch index.
 * It reads at most `DOCUMENTS_PER_HASH` keys for each of the sketch's lowest `STORY_LOOKUPS` hashes
 * (384 keys) and at most 8 documents, however large the store and however common its shingles.
 */
export async function findStory(tx: WriteTx, document: StoredDocument): Promise<DocumentId> {
  const candidates = await storyCandidates(tx.objectStore('documents').index('by-sketch'), document.sketch.slice(0, STORY_LOOKUPS), (id) => id === document.id);
  for (const id of candidates) {
    const other = await tx.objectStore('documents').get(id);
    if (other && sameStory(document.sketch, other.sketch)) return other.storyId;
  }
  return document.id;
}

/** Opens the store, creating it or upgrading it from any earlier version with nothing lost. */
export function openStoreDb(name = STORE_NAME): Promise<StoreDb> {
  return openDB<DramatisSchema>(name, SCHEMA_VERSION, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const documents = database.createObjectStore('documents', { keyPath: 'id' });
        documents.createIndex('by-date', 'date');
        const entities = database.createObjectStore('entities', { keyPath: 'id' });
        entities.createIndex('by-alias', 'aliasKeys', { multiEntry: true });
        entities.createIndex('by-term', 'terms', { multiEntry: true });
        const mentions = database.createObjectStore('mentions', { autoIncrement: true });
        mentions.createIndex('by-document', 'documentId');
        mentions.createIndex('by-entity-date', ['entityId', 'date']);
      }
      if (oldVersion < 2) {
        const documents = tx.objectStore('documents');
        documents.createIndex('by-path', 'path');
        documents.createIndex('by-story', 'storyId');
        documents.createIndex('by-sketch', 'sketch', { multiEntry: true });
        const entities = tx.objectStore('entities');
        entities.createIndex('by-surname', 'surnames', { multiEntry: true });
        database.createObjectStore('corrections', { autoIncrement: true });
        database.createObjectStore('meta');
        // Schema 1 records gain what schema 2 derives from them: sketches and stories, surnames, pins.
        const seen: StoredDocument[] = [];
        for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
          const old = cursor.value as Partial<StoredDocument> & ProfiledDocument & { date: string };
          const sketch = old.sketch ?? storySketch(old.text);
          const copy = seen.find((d) => sameStory(sketch, d.sketch));
          const upgraded: StoredDocument = { ...old, sketch, storyId: copy?.storyId ?? old.id, savedAt: old.savedAt ?? null };
          seen.push(upgraded);
          await cursor.update(upgraded);
        }
        for (let cursor = await entities.openCursor(); cursor; cursor = await cursor.continue()) {
          const old = cursor.value as Omit<StoredEntity, 'surnames' | 'pinned'> & Partial<StoredEntity>;
          await cursor.update(withKeys({ ...old, pinned: old.pinned ?? {} }));
        }
        // A schema 1 store was filled from the built-in corpus when it was made.
        if (seen.length) await tx.objectStore('meta').put(true, 'seeded');
      }
      if (oldVersion < 3) {
        const corrections = tx.objectStore('corrections');
        for (let cursor = await corrections.openCursor(); cursor; cursor = await cursor.continue()) await cursor.update(withDocumentIds(cursor.value));
        corrections.createIndex('by-document', 'documentIds', { multiEntry: true });
      }
      if (oldVersion >= 1 && oldVersion < 4) {
        // Schema 1 to 3 made them (a new store never does); dropped, the records themselves untouched.
        tx.objectStore('entities').deleteIndex('by-kind');
        tx.objectStore('mentions').deleteIndex('by-entity');
      }
    },
  });
}

/** The export file: the whole store, versioned. */
export interface StoreExport {
  format: 'dramatis-profiles';
  version: number;
  schema: number;
  exportedAt: string;
  documents: StoredDocument[];
  entities: StoredEntity[];
  mentions: StoredMention[];
  corrections: Correction[];
}

export const EXPORT_FORMAT = 'dramatis-profiles';
export const EXPORT_VERSION = 1;

/** A mention's stable address: its document and its offset there. */
export function mentionAnchor(m: Pick<Mention, 'documentId' | 'start'>): string {
  return `${m.documentId}@${m.start}`;
}
