/**
 * Removing a document: its mentions come off the entities they belonged to without reading the
 * entities' other mentions (counts go down by what was removed), so a removal, or a save that
 * replaces an earlier version of a page, costs what the document held, not what its profiles hold.
 */
import { fold, nameKey } from '../engine/names';
import { entityMentions, withKeys, type StoredEntity, type StoredMention, type WriteTx } from './schema';
import { countChange } from './transactions';
import { withoutDocuments } from './role-statements';
import type { DocumentId, EntityId } from '../shared/types';

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
  const range = entityMentions(id);
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
    roles: withoutDocuments(entity.roles, (id) => id === documentId),
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
export async function dropMentions(tx: WriteTx, documentId: DocumentId, keepEmpty = false): Promise<Set<EntityId>> {
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
