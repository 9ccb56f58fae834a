/**
 * Saving into the profile store, each save in one transaction so that a failure or a stopped worker
 * leaves the store as it was: a new document is resolved against only the stored entities its names
 * can reach (through the alias and surname indexes, a bounded number per key), by the engine's own
 * rules. Removal is in `removal.ts`, the reader's corrections in `corrections.ts`, export, restore
 * and clear in `export.ts` and `export-file.ts`.
 */
import { EntityRegistry, slug, type KnownEntity } from '../engine/alias-resolve';
import type { DocumentAnalysis } from '../engine/document-analysis';
import { fold, nameKey, surnameForms } from '../engine/names';
import { spanKeys } from './span-keys';
import { replaySplits } from './corrections';
import { sameStory } from './story';
import { countChange, inOneTransaction } from './transactions';
import { EVERY_KEY, keysOf, type KeyFilter, type KeyView } from './key-filter';
import { dropMentions } from './removal';
import { undatedStatements, unionRoles, withoutDocuments, type StoredRole } from './role-statements';
import {
  appendRecord,
  ENTITIES_PER_KEY,
  entityMentions,
  findStory,
  toStoredDocument,
  toStoredEntity,
  withKeys,
  type StoreDb,
  type StoredDocument,
  type StoredEntity,
  type WriteTx,
} from './schema';

export { EXPORT_FORMAT, EXPORT_VERSION, type StoreExport } from './schema';
import type { CorpusProfile, DocumentId, EntityId, EntityKind } from '../shared/types';

/** A document ready to save: where it came from and the engine's reading of it. */
export interface DocumentToSave {
  /** The page's URL, or the file's name. Saving the same path again updates the document. */
  path: string;
  analysis: DocumentAnalysis;
  /**
   * The title the page or file states (a page's headline as Readability reads it, an HTML file's
   * title). It names the document; a title guessed from the text is used only where none is given.
   */
  title?: string;
}

export interface SaveResult {
  documentId: DocumentId;
  path: string;
  title: string;
  status: 'added' | 'updated';
  entities: number;
  newEntities: number;
  /** The first copy of the same wire story, when this is a later one. */
  copyOf: DocumentId | null;
}

/** A profile as one save wrote it, with where the saved text names it. */
export interface SavedProfile {
  entity: StoredEntity;
  /** The character offsets in the saved text (`analysis.tagged.text`) where its mentions start. */
  starts: number[];
}

/**
 * A save's result with what it wrote, so that a caller can tie the saved page's names to their
 * profiles without reading the store again (`background-service.ts`, the save's answer).
 */
export interface SavedDocument extends SaveResult {
  /** Every profile the document names, as written. */
  profiles: SavedProfile[];
  /** The stored copies of its story, itself included (the card leaves them out of past mentions). */
  storyDocuments: DocumentId[];
}

/** Every key a stored entity named in this document could be indexed under. */
function candidateKeys(analysis: DocumentAnalysis): { aliases: Set<string>; surnames: Set<string> } {
  const aliases = new Set<string>();
  const surnames = new Set<string>();
  for (const group of analysis.groups) {
    for (const name of group.names) {
      aliases.add(nameKey(name));
      for (const form of surnameForms(name)) surnames.add(form);
    }
    for (const s of group.sightings) {
      aliases.add(nameKey(s.name));
      surnames.add(nameKey(s.name));
    }
    for (const key of group.orgKeys) aliases.add(key);
  }
  // Names the grammar did not reach in this text may still be known to the store ("Trump" alone).
  const spans = spanKeys(analysis.tagged.text);
  for (const key of spans.aliases) aliases.add(key);
  for (const key of spans.surnames) surnames.add(key);
  aliases.delete('');
  surnames.delete('');
  return { aliases, surnames };
}

/**
 * The stored entities a document's names can reach: at most `ENTITIES_PER_KEY` for each of its
 * alias and surname keys that the store may hold (`view`), so the reads depend on the document,
 * not on the store.
 */
async function candidates(tx: WriteTx, analysis: DocumentAnalysis, view: KeyView): Promise<Map<EntityId, StoredEntity>> {
  const keys = candidateKeys(analysis);
  const aliases = [...keys.aliases].filter(view.mayBeAlias);
  const surnames = [...keys.surnames].filter(view.mayBeSurname);
  const entities = tx.objectStore('entities');
  const found = new Map<EntityId, StoredEntity>();
  const read = (index: 'by-alias' | 'by-surname', keys: string[]) =>
    keys.map((key) =>
      entities
        .index(index)
        .getAll(key, ENTITIES_PER_KEY)
        .then((all) => all.forEach((e) => found.set(e.id, e))),
    );
  await Promise.all([...read('by-alias', aliases), ...read('by-surname', surnames)]);
  return found;
}

export async function uniqueId<S extends 'documents' | 'entities'>(tx: WriteTx, store: S, base: string, taken: Set<string>): Promise<string> {
  let id = base;
  for (let n = 2; taken.has(id) || (await tx.objectStore(store).getKey(id as never)) !== undefined; n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A readable id: "web-apnews-com-article-mexico-…" for a page, the file's base name for a file. */
function documentBase(path: string): string {
  if (/^[a-z]+:\/\//i.test(path)) {
    const readable = path.replace(/^[a-z]+:\/\/(www\.)?/i, '').replace(/[?#].*$/, '');
    return `web-${slug(readable).slice(0, 60).replace(/-$/, '')}`;
  }
  return (
    slug(
      path
        .split(/[\\/]/)
        .pop()!
        .replace(/\.[^.]+$/, ''),
    ).slice(0, 60) || 'document'
  );
}

/**
 * Recounts an entity from all its mentions; deletes it when none is left, unless told to keep it.
 * Reads every mention of the entity: for the reader's corrections of one profile, not for saves.
 */
export async function recount(tx: WriteTx, entity: StoredEntity, keepEmpty = false): Promise<StoredEntity | null> {
  const mentions = await tx.objectStore('mentions').index('by-entity-date').getAll(entityMentions(entity.id));
  if (!mentions.length && !keepEmpty) {
    await tx.objectStore('entities').delete(entity.id);
    countChange(tx, { entities: -1 });
    return null;
  }
  const documents = new Set(mentions.map((m) => m.documentId));
  // An alias stays while a remaining mention says it, or a remaining sentence holds it.
  const said = new Set(mentions.map((m) => nameKey(m.text)));
  const sentences = mentions.map((m) => fold(m.sentence));
  const stillUsed = (alias: string) => alias === entity.name || said.has(nameKey(alias)) || sentences.some((s) => s.includes(fold(alias)));
  const updated = withKeys({
    ...entity,
    roles: withoutDocuments(entity.roles, (id) => !documents.has(id)),
    aliases: keepEmpty ? entity.aliases : entity.aliases.filter(stillUsed),
    mentionCount: mentions.length,
    documentCount: documents.size,
  });
  await tx.objectStore('entities').put(updated);
  return updated;
}

/**
 * Roles with the dates their bound needs: statements saved before statements carried dates, in a
 * role over the bound, get their documents' dates (read once per profile: from then on it is bounded).
 */
export async function datedRoles(tx: WriteTx, roles: StoredRole[]): Promise<StoredRole[]> {
  const wanted = new Set(undatedStatements(roles));
  if (!wanted.size) return roles;
  const store = tx.objectStore('documents');
  const dates = new Map(await Promise.all([...wanted].map(async (id) => [id, (await store.get(id))?.date ?? ''] as const)));
  return roles.map((r) => (wanted.has(r.documentId) ? { ...r, date: dates.get(r.documentId)! } : r));
}

/**
 * The same promise, marked as handled: it is awaited later, and a rejection meanwhile (the
 * transaction aborting) must not be reported as unhandled before then.
 */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The profiles a stored document names, each with where its mentions there start (the document's mentions, and their entities). */
async function profilesNamed(tx: WriteTx, documentId: DocumentId): Promise<SavedProfile[]> {
  const starts = new Map<EntityId, number[]>();
  for (const m of await tx.objectStore('mentions').index('by-document').getAll(documentId))
    starts.set(m.entityId, [...(starts.get(m.entityId) ?? []), m.start]);
  const entities = await Promise.all([...starts.keys()].map((id) => tx.objectStore('entities').get(id)));
  return entities.filter((e) => e !== undefined).map((entity) => ({ entity, starts: starts.get(entity.id)! }));
}

/** What the saves of one transaction share: ids taken, the key filter's view, the keys written. */
interface SaveContext {
  taken: Set<string>;
  view: KeyView;
  /** Every key of the profiles written, as the key filter holds them (`keysOf`). */
  written: string[];
}

/** Saves one document inside a transaction. */
async function saveOne(tx: WriteTx, input: DocumentToSave, savedAt: number, { taken, view, written }: SaveContext): Promise<SavedDocument> {
  const { analysis } = input;
  // The candidates' index reads go out with the address lookup, not after it: one wait for all of
  // them instead of two. A document saved before is first taken off its profiles, and they are read again.
  const reading = handled(candidates(tx, analysis, view));
  const existing = (await tx.objectStore('documents').index('by-path').getAll(input.path))[0];
  const emptied = existing ? await dropMentions(tx, existing.id, true) : new Set<EntityId>();
  const documentId = (existing?.id ?? (await uniqueId(tx, 'documents', documentBase(input.path), taken))) as DocumentId;

  const known = existing ? (await reading, await candidates(tx, analysis, view)) : await reading;
  const registry = new EntityRegistry([...known.values()] satisfies KnownEntity[]);
  registry.addDocument(documentId, analysis);
  registry.scanKnownNames(documentId, analysis);

  const document = toStoredDocument(
    {
      id: documentId,
      path: input.path,
      title: input.title?.trim() || analysis.meta.title || input.path,
      source: analysis.meta.source,
      published: analysis.meta.published,
      text: analysis.tagged.text,
    },
    savedAt,
  );
  document.storyId = await findStory(tx, document);
  // Each statement of a role carries its document's date, by which a profile's roles are bounded.
  for (const entity of registry.entities()) for (const r of entity.roles as StoredRole[]) if (r.documentId === documentId) r.date = document.date;
  const putDocument = handled(tx.objectStore('documents').put(document));
  if (!existing) countChange(tx, { documents: 1 });

  let entities = 0;
  let newEntities = 0;
  // The new entities' ids are checked together, before any write: each check otherwise waits for
  // the writes queued before it in the transaction.
  const fresh = registry.entities().filter((e) => !known.has(e.id) && e.mentions.some((m) => m.documentId === documentId));
  // (Ids the key filter says the store surely lacks are not looked up.)
  const inStore = await Promise.all(fresh.map((e) => (view.mayBeEntity(e.id) ? tx.objectStore('entities').getKey(e.id) : undefined)));
  const ids = new Map<EntityId, EntityId>();
  for (const [i, e] of fresh.entries()) {
    const free = inStore[i] === undefined && !taken.has(e.id);
    if (free) taken.add(e.id);
    ids.set(e.id, (free ? e.id : await uniqueId(tx, 'entities', e.id, taken)) as EntityId);
  }
  // The writes are sent together and the transaction waits for them all (a failed one aborts it):
  // one round trip to the store instead of one per record.
  const writes: Promise<unknown>[] = [];
  let profiles: SavedProfile[] = [];
  for (const entity of registry.entities()) {
    const mentions = entity.mentions.filter((m) => m.documentId === documentId);
    if (!mentions.length) continue;
    entities++;
    const stored = known.get(entity.id);
    let record: StoredEntity;
    if (stored) {
      const fuller = entity.kind !== 'organization' && entity.name.split(/\s+/).length > stored.name.split(/\s+/).length;
      const kind: EntityKind = stored.pinned.kind || stored.kind === 'organization' ? stored.kind : entity.kind;
      record = withKeys({
        ...stored,
        kind,
        name: stored.pinned.name || !fuller ? stored.name : entity.name,
        aliases: [...new Set([...stored.aliases, ...entity.aliases])],
        roles: await datedRoles(tx, unionRoles(entity.roles, stored.roles)),
        mentionCount: stored.mentionCount + mentions.length,
        documentCount: stored.documentCount + 1,
      });
    } else {
      newEntities++;
      const id = ids.get(entity.id)!;
      record = { ...toStoredEntity({ ...entity, mentions }), id };
      entity.id = id;
      countChange(tx, { entities: 1 });
    }
    writes.push(handled(tx.objectStore('entities').put(record)));
    profiles.push({ entity: record, starts: mentions.map((m) => m.start) });
    written.push(...keysOf(record));
    for (const m of mentions) writes.push(handled(appendRecord(tx, 'mentions', { ...m, entityId: record.id, date: document.date, source: document.source })));
    countChange(tx, { mentions: mentions.length });
  }
  await Promise.all([putDocument, ...writes]);
  // The reader's splits of the earlier version move some mentions again: the profiles are then read back.
  if (existing && (await replaySplits(tx, documentId))) profiles = await profilesNamed(tx, documentId);
  // Entities the earlier version of this document named and this one does not: gone if now empty.
  for (const id of emptied) {
    const entity = await tx.objectStore('entities').get(id);
    if (entity && !entity.mentionCount) {
      await tx.objectStore('entities').delete(id);
      countChange(tx, { entities: -1 });
    }
  }
  // A new document that begins its own story has no copies yet; otherwise they are read (few: the
  // copies of one wire story).
  const storyDocuments =
    existing || document.storyId !== documentId
      ? ((await tx.objectStore('documents').index('by-story').getAllKeys(document.storyId)) as DocumentId[])
      : [documentId];
  return {
    documentId,
    path: input.path,
    title: document.title,
    status: existing ? 'updated' : 'added',
    entities,
    newEntities,
    copyOf: document.storyId === documentId ? null : document.storyId,
    profiles,
    storyDocuments,
  };
}

/**
 * Saves documents in one transaction: all of them land, or none does. With a key filter, only the
 * keys it says the store may hold are read, and the keys written are added to it once the
 * transaction has committed.
 * @param savedAt when the reader saved them (ms since the epoch)
 * @throws what IndexedDB throws (quota, a closed store); nothing is saved then
 */
export function saveDocuments(db: StoreDb, inputs: readonly DocumentToSave[], savedAt = Date.now(), keys?: KeyFilter): Promise<SavedDocument[]> {
  const save = async (tx: WriteTx, view: KeyView, written: string[]) => {
    const context: SaveContext = { taken: new Set(), view, written };
    const results: SavedDocument[] = [];
    for (const input of inputs) results.push(await saveOne(tx, input, savedAt, context));
    return results;
  };
  return keys ? keys.change(save) : inOneTransaction(db, (tx) => save(tx, EVERY_KEY, []));
}

/** Adds a profiled corpus (the bundled snapshot) as it is; copies of one wire story are linked. */
export async function addProfileIn(tx: WriteTx, profile: CorpusProfile): Promise<void> {
  const stored: StoredDocument[] = [];
  for (const document of profile.documents) {
    const record = toStoredDocument(document, null);
    record.storyId = stored.find((d) => sameStory(d.sketch, record.sketch))?.storyId ?? record.id;
    stored.push(record);
    await tx.objectStore('documents').put(record);
  }
  const byId = new Map(stored.map((d) => [d.id, d]));
  for (const entity of profile.entities) {
    await tx.objectStore('entities').put(toStoredEntity(entity));
    for (const mention of entity.mentions) {
      const document = byId.get(mention.documentId);
      await appendRecord(tx, 'mentions', { ...mention, entityId: entity.id, date: document?.date ?? '', source: document?.source ?? null });
    }
  }
  countChange(tx, {
    documents: profile.documents.length,
    entities: profile.entities.length,
    mentions: profile.entities.reduce((n, e) => n + e.mentions.length, 0),
  });
}
