/**
 * The reader's corrections: merge, split, change of kind and rename, each logged in the store so that a
 * split is replayed when a document it touches is saved again, and each run inside the caller's
 * transaction.
 */
import { slug } from '../engine/alias-resolve';
import { appendRecord, entityMentions, mentionAnchor, withDocumentIds, withKeys, type Correction, type StoredEntity, type WriteTx } from './schema';
import { countChange } from './transactions';
import { datedRoles, recount, uniqueId } from './writes';
import { unionRoles } from './role-statements';
import type { DocumentId, EntityId, EntityKind } from '../shared/types';

/** Moves mentions to another entity. */
async function moveMentions(tx: WriteTx, from: EntityId, into: EntityId, only?: Set<string>): Promise<number> {
  let moved = 0;
  const index = tx.objectStore('mentions').index('by-entity-date');
  for (let cursor = await index.openCursor(entityMentions(from)); cursor; cursor = await cursor.continue()) {
    if (only && !only.has(mentionAnchor(cursor.value))) continue;
    await cursor.update({ ...cursor.value, entityId: into });
    moved++;
  }
  return moved;
}

/**
 * Replays the splits whose mentions lie in a document that was just profiled again. It reads only
 * the corrections indexed under that document (schema 3's `by-document` index), never the whole log.
 * @returns whether any mention moved
 */
export async function replaySplits(tx: WriteTx, documentId: DocumentId): Promise<boolean> {
  let replayed = false;
  for (const correction of await tx.objectStore('corrections').index('by-document').getAll(documentId)) {
    if (correction.type !== 'split') continue;
    const here = new Set(correction.mentions.filter((m) => m.documentId === documentId).map(mentionAnchor));
    if (!here.size) continue;
    const into = await tx.objectStore('entities').get(correction.into);
    if (!into) continue;
    const moving = (await tx.objectStore('mentions').index('by-document').getAll(documentId)).filter(
      (m) => here.has(mentionAnchor(m)) && m.entityId !== correction.into,
    );
    for (const from of new Set(moving.map((m) => m.entityId))) {
      replayed = true;
      await moveMentions(tx, from, correction.into, here);
      const left = await tx.objectStore('entities').get(from);
      if (left) await recount(tx, left);
    }
    await recount(tx, into);
  }
  return replayed;
}

async function log(tx: WriteTx, correction: Correction): Promise<void> {
  await appendRecord(tx, 'corrections', withDocumentIds(correction));
}

async function required(tx: WriteTx, id: EntityId): Promise<StoredEntity> {
  const entity = await tx.objectStore('entities').get(id);
  if (!entity) throw new Error(`No entity "${id}" in the store.`);
  return entity;
}

/** Merges one entity into another: every mention, alias and role of `from` joins `into`. */
export async function mergeIn(tx: WriteTx, from: EntityId, into: EntityId): Promise<StoredEntity> {
  if (from === into) throw new Error('An entity cannot be merged into itself.');
  const source = await required(tx, from);
  const target = await required(tx, into);
  await moveMentions(tx, from, into);
  await tx.objectStore('entities').delete(from);
  countChange(tx, { entities: -1 });
  const merged = withKeys({
    ...target,
    aliases: [...new Set([...target.aliases, ...source.aliases])],
    roles: await datedRoles(tx, unionRoles(target.roles, source.roles)),
  });
  await tx.objectStore('entities').put(merged);
  await log(tx, { type: 'merge', from, into, at: Date.now() });
  return (await recount(tx, merged))!;
}

/** Splits the chosen mentions off into a new entity with the given name. */
export async function splitIn(tx: WriteTx, from: EntityId, anchors: readonly { documentId: DocumentId; start: number }[], name: string): Promise<StoredEntity> {
  const source = await required(tx, from);
  const cleanName = name.trim();
  if (!cleanName) throw new Error('The new entity needs a name.');
  const only = new Set(anchors.map(mentionAnchor));
  const id = (await uniqueId(tx, 'entities', slug(cleanName), new Set())) as EntityId;
  const placeholder = withKeys({
    id,
    kind: source.kind,
    name: cleanName,
    aliases: [cleanName],
    roles: [],
    mentionCount: 0,
    documentCount: 0,
    pinned: { name: true },
  });
  await tx.objectStore('entities').put(placeholder);
  countChange(tx, { entities: 1 });
  const moved = await moveMentions(tx, from, id, only);
  if (!moved) throw new Error('None of those mentions belongs to this entity.');
  const movedMentions = await tx.objectStore('mentions').index('by-entity-date').getAll(entityMentions(id));
  const movedDocuments = new Set(movedMentions.map((m) => m.documentId));
  const keptDocuments = new Set((await tx.objectStore('mentions').index('by-entity-date').getAll(entityMentions(from))).map((m) => m.documentId));
  const split = withKeys({
    ...placeholder,
    aliases: [cleanName, ...new Set(movedMentions.map((m) => m.text))],
    // A moved statement goes without what was folded into it: those documents are not known to have
    // moved, and the source's recount passes their count on to its statement nearest in date.
    roles: source.roles.filter((r) => movedDocuments.has(r.documentId) && !keptDocuments.has(r.documentId)).map(({ folded, ...statement }) => statement),
  });
  await tx.objectStore('entities').put(split);
  await recount(tx, source);
  await log(tx, { type: 'split', from, into: id, name: cleanName, mentions: anchors.map(({ documentId, start }) => ({ documentId, start })), at: Date.now() });
  return (await recount(tx, split))!;
}

export async function setKindIn(tx: WriteTx, id: EntityId, kind: EntityKind): Promise<StoredEntity> {
  const entity = await required(tx, id);
  const updated = withKeys({ ...entity, kind, pinned: { ...entity.pinned, kind: true } });
  await tx.objectStore('entities').put(updated);
  await log(tx, { type: 'kind', entity: id, kind, at: Date.now() });
  return updated;
}

export async function renameIn(tx: WriteTx, id: EntityId, name: string): Promise<StoredEntity> {
  const entity = await required(tx, id);
  const cleanName = name.trim();
  if (!cleanName) throw new Error('A name cannot be empty.');
  const updated = withKeys({ ...entity, name: cleanName, aliases: [...new Set([cleanName, ...entity.aliases])], pinned: { ...entity.pinned, name: true } });
  await tx.objectStore('entities').put(updated);
  await log(tx, { type: 'rename', entity: id, name: cleanName, at: Date.now() });
  return updated;
}
