/**
 * Everything that changes the profile store, each change in one transaction so that a failure or a
 * stopped worker leaves the store as it was:
 * - saving documents incrementally: a new document is resolved against only the stored entities
 *   its names can reach (through the alias and surname indexes), by the engine's own rules;
 * - removing a document, and the entities left with no mention;
 * - the reader's corrections (merge, split, kind, rename), logged so they are replayed when a
 *   document they touch is saved again;
 * - export, exact restore, clear.
 */
import { EntityRegistry, slug, type KnownEntity } from '../engine/alias-resolve';
import type { DocumentAnalysis } from '../engine/document-analysis';
import { fold, nameKey, surnameForms } from '../engine/names';
import { orgKey } from '../engine/org-names';
import { replaySplits } from './corrections';
import { sameStory } from './story';
import { abortQuietly, countChange, inOneTransaction } from './transactions';
import {
  findStory,
  toStoredDocument,
  toStoredEntity,
  withKeys,
  type StoreDb,
  type StoredDocument,
  type StoredEntity,
  type StoredMention,
  type WriteTx,
} from './schema';

export { EXPORT_FORMAT, EXPORT_VERSION, type StoreExport } from './schema';
import type { CorpusProfile, DocumentId, EntityId, EntityKind, RoleStatement } from '../shared/types';

/** A document ready to save: where it came from and the engine's reading of it. */
export interface DocumentToSave {
  /** The page's URL, or the file's name. Saving the same path again updates the document. */
  path: string;
  analysis: DocumentAnalysis;
  /** The title the page or file gives, used where the text has none. */
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

const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|van|von|bin|al|of|the|for))*/gu;
const MAX_RUN_WORDS = 4;

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
  for (const run of analysis.tagged.text.matchAll(CAPITALISED_RUN)) {
    const words = run[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_RUN_WORDS && i + n <= words.length; n++) {
        const span = words.slice(i, i + n).join(' ');
        const key = nameKey(span);
        if (key.length < 3) continue;
        aliases.add(key);
        aliases.add(orgKey(span));
        if (n <= 2) surnames.add(key);
      }
    }
  }
  aliases.delete('');
  surnames.delete('');
  return { aliases, surnames };
}

/**
 * How many stored entities one key is read for. A surname that more people share is ambiguous on
 * its own whichever of them the document means (the engine joins a lone surname only to the one
 * person who has it), and no full name is shared by this many profiles.
 */
export const ENTITIES_PER_KEY = 32;

/**
 * The stored entities a document's names can reach: at most `ENTITIES_PER_KEY` for each of its
 * alias and surname keys, so the reads depend on the document, not on the store.
 */
async function candidates(tx: WriteTx, analysis: DocumentAnalysis): Promise<Map<EntityId, StoredEntity>> {
  const { aliases, surnames } = candidateKeys(analysis);
  const entities = tx.objectStore('entities');
  const found = new Map<EntityId, StoredEntity>();
  const read = (index: 'by-alias' | 'by-surname', keys: Set<string>) =>
    [...keys].map((key) =>
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

function sameRole(a: RoleStatement, b: RoleStatement): boolean {
  return a.documentId === b.documentId && fold(a.title) === fold(b.title) && a.country === b.country;
}

export function unionRoles(a: readonly RoleStatement[], b: readonly RoleStatement[]): RoleStatement[] {
  const roles = [...a];
  for (const r of b) if (!roles.some((x) => sameRole(x, r))) roles.push(r);
  return roles;
}

/**
 * Recounts an entity from all its mentions; deletes it when none is left, unless told to keep it.
 * Reads every mention of the entity: for the reader's corrections of one profile, not for saves.
 */
export async function recount(tx: WriteTx, entity: StoredEntity, keepEmpty = false): Promise<StoredEntity | null> {
  const mentions = await tx.objectStore('mentions').index('by-entity').getAll(entity.id);
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
    roles: entity.roles.filter((r) => documents.has(r.documentId)),
    aliases: keepEmpty ? entity.aliases : entity.aliases.filter(stillUsed),
    mentionCount: mentions.length,
    documentCount: documents.size,
  });
  await tx.objectStore('entities').put(updated);
  return updated;
}

/** How many of an entity's remaining mentions, newest first, are read to decide whether an alias is still used. */
export const ALIAS_CHECK_MENTIONS = 200;

/**
 * Whether an alias is still used by one of the entity's mentions (said, or held in its sentence),
 * reading at most `ALIAS_CHECK_MENTIONS` of them, newest first. Past that, the alias is kept: a
 * profile that large keeps a name it was once called by.
 */
async function aliasStillUsed(tx: WriteTx, id: EntityId, alias: string): Promise<boolean> {
  const key = nameKey(alias);
  const folded = fold(alias);
  const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
  let read = 0;
  for (let cursor = await tx.objectStore('mentions').index('by-entity-date').openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    if (nameKey(cursor.value.text) === key || fold(cursor.value.sentence).includes(folded)) return true;
    if (++read >= ALIAS_CHECK_MENTIONS) return true;
  }
  return false;
}

/**
 * Takes one document's mentions off an entity without reading its others: the counts go down by
 * what was removed, roles stated in that document go, and an alias goes only if the removed
 * mentions used it and no remaining one does (checked by `aliasStillUsed`). An entity left with no
 * mention is deleted, unless the document is about to be profiled again; it returns null then.
 */
async function withoutDocument(
  tx: WriteTx,
  entity: StoredEntity,
  documentId: DocumentId,
  removed: StoredMention[],
  keepEmpty: boolean,
): Promise<StoredEntity | null> {
  const mentionCount = Math.max(0, entity.mentionCount - removed.length);
  if (!mentionCount && !keepEmpty) {
    await tx.objectStore('entities').delete(entity.id);
    countChange(tx, { entities: -1 });
    return null;
  }
  let aliases = entity.aliases;
  if (!keepEmpty) {
    const said = new Set(removed.map((m) => nameKey(m.text)));
    const sentences = removed.map((m) => fold(m.sentence));
    const touched = entity.aliases.filter((a) => a !== entity.name && (said.has(nameKey(a)) || sentences.some((s) => s.includes(fold(a)))));
    const unused = new Set<string>();
    for (const alias of touched) if (!(await aliasStillUsed(tx, entity.id, alias))) unused.add(alias);
    aliases = entity.aliases.filter((a) => !unused.has(a));
  }
  const updated = withKeys({
    ...entity,
    roles: entity.roles.filter((r) => r.documentId !== documentId),
    aliases,
    mentionCount,
    documentCount: Math.max(0, entity.documentCount - 1),
  });
  await tx.objectStore('entities').put(updated);
  return updated;
}

/**
 * Deletes a document's mentions and takes them off the entities they belonged to. Those left empty are
 * deleted, or kept when the document is about to be profiled again; it returns them all. Its reads
 * are the document's mentions and their entities, whatever the size of the store or of the profiles.
 */
async function dropMentions(tx: WriteTx, documentId: DocumentId, keepEmpty = false): Promise<Set<EntityId>> {
  const removed = new Map<EntityId, StoredMention[]>();
  const index = tx.objectStore('mentions').index('by-document');
  for (let cursor = await index.openCursor(documentId); cursor; cursor = await cursor.continue()) {
    removed.set(cursor.value.entityId, [...(removed.get(cursor.value.entityId) ?? []), cursor.value]);
    await cursor.delete();
    countChange(tx, { mentions: -1 });
  }
  for (const [id, mentions] of removed) {
    const entity = await tx.objectStore('entities').get(id);
    if (entity) await withoutDocument(tx, entity, documentId, mentions, keepEmpty);
  }
  return new Set(removed.keys());
}

/** Removes a document with its mentions; later copies of its wire story get a new first copy. */
export async function removeDocumentIn(tx: WriteTx, documentId: DocumentId): Promise<boolean> {
  const document = await tx.objectStore('documents').get(documentId);
  if (!document) return false;
  await dropMentions(tx, documentId);
  await tx.objectStore('documents').delete(documentId);
  countChange(tx, { documents: -1 });
  const copies = (await tx.objectStore('documents').index('by-story').getAll(document.storyId)).filter((d) => d.id !== documentId);
  if (document.storyId === documentId && copies.length) {
    const head = copies[0]!.id;
    for (const copy of copies) await tx.objectStore('documents').put({ ...copy, storyId: head });
  }
  return true;
}

/** Saves one document inside a transaction. */
async function saveOne(tx: WriteTx, input: DocumentToSave, savedAt: number, taken: Set<string>): Promise<SaveResult> {
  const existing = (await tx.objectStore('documents').index('by-path').getAll(input.path))[0];
  const emptied = existing ? await dropMentions(tx, existing.id, true) : new Set<EntityId>();
  const documentId = (existing?.id ?? (await uniqueId(tx, 'documents', documentBase(input.path), taken))) as DocumentId;
  const { analysis } = input;

  const known = await candidates(tx, analysis);
  const registry = new EntityRegistry([...known.values()] satisfies KnownEntity[]);
  registry.addDocument(documentId, analysis);
  registry.scanKnownNames(documentId, analysis);

  const document = toStoredDocument(
    {
      id: documentId,
      path: input.path,
      title: analysis.meta.title || input.title || input.path,
      source: analysis.meta.source,
      published: analysis.meta.published,
      text: analysis.tagged.text,
    },
    savedAt,
  );
  document.storyId = await findStory(tx, document);
  await tx.objectStore('documents').put(document);
  if (!existing) countChange(tx, { documents: 1 });

  let entities = 0;
  let newEntities = 0;
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
        roles: unionRoles(entity.roles, stored.roles),
        mentionCount: stored.mentionCount + mentions.length,
        documentCount: stored.documentCount + 1,
      });
    } else {
      newEntities++;
      const id = (await uniqueId(tx, 'entities', entity.id, taken)) as EntityId;
      record = { ...toStoredEntity({ ...entity, mentions }), id };
      entity.id = id;
      countChange(tx, { entities: 1 });
    }
    await tx.objectStore('entities').put(record);
    for (const m of mentions) await tx.objectStore('mentions').add({ ...m, entityId: record.id, date: document.date });
    countChange(tx, { mentions: mentions.length });
  }
  if (existing) await replaySplits(tx, documentId);
  // Entities the earlier version of this document named and this one does not: gone if now empty.
  for (const id of emptied) {
    const entity = await tx.objectStore('entities').get(id);
    if (entity && !entity.mentionCount) {
      await tx.objectStore('entities').delete(id);
      countChange(tx, { entities: -1 });
    }
  }
  return {
    documentId,
    path: input.path,
    title: document.title,
    status: existing ? 'updated' : 'added',
    entities,
    newEntities,
    copyOf: document.storyId === documentId ? null : document.storyId,
  };
}

/** Saves documents in one transaction: all of them land, or none does. */
export function saveDocuments(db: StoreDb, inputs: readonly DocumentToSave[], savedAt = Date.now()): Promise<SaveResult[]> {
  return inOneTransaction(db, async (tx) => {
    const taken = new Set<string>();
    const results: SaveResult[] = [];
    for (const input of inputs) results.push(await saveOne(tx, input, savedAt, taken));
    return results;
  });
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
  const dates = new Map(stored.map((d) => [d.id, d.date]));
  for (const entity of profile.entities) {
    await tx.objectStore('entities').put(toStoredEntity(entity));
    for (const mention of entity.mentions) {
      await tx.objectStore('mentions').add({ ...mention, entityId: entity.id, date: dates.get(mention.documentId) ?? '' });
    }
  }
  countChange(tx, {
    documents: profile.documents.length,
    entities: profile.entities.length,
    mentions: profile.entities.reduce((n, e) => n + e.mentions.length, 0),
  });
}
