/**
 * Reading the store for the views: search, the Documents list, and one entity's profile with a page of
 * its mentions and its companions. Each read walks an index from the entity or the date, so its work
 * grows with its answer, not with the store.
 */
import { formatPublished } from '../engine/metadata';
import { fold } from '../engine/names';
import type { StoreDb, StoredDocument, StoredEntity, StoredMention } from './schema';
import { storeCounts } from './transactions';
import type { DocumentId, EntityId, EntityKind, Mention, RoleStatement } from '../shared/types';

/** A search result: enough to list it. */
export interface EntitySummary {
  id: EntityId;
  kind: EntityKind;
  name: string;
  role: RoleStatement | null;
  mentionCount: number;
  documentCount: number;
}

/** A mention with the document it came from, as a profile lists it. */
export interface MentionInContext extends Mention {
  title: string;
  source: string | null;
  published: string | null;
  /** Every outlet that printed this passage: copies of one wire story are shown once. */
  outlets: string[];
  /** The other copies' documents, for a wire story printed more than once. */
  copies: DocumentId[];
}

export interface Companion {
  id: EntityId;
  name: string;
  kind: EntityKind;
  count: number;
}

export interface Profile {
  entity: StoredEntity;
  mentions: MentionInContext[];
  /** How many mentions there are in all; `mentions` may be one page of them. */
  total: number;
  /** In how many documents, all pages included. */
  documentCount: number;
  /** Where the next page starts, or null after the last. */
  nextOffset: number | null;
  companions: Companion[];
  /** The documents of this page's mentions and of the entity's roles. */
  documents: { id: DocumentId; title: string; source: string | null; published: string | null; date: string; path: string; storyId: DocumentId }[];
}

/** A stored document as the Documents list shows it. */
export interface DocumentSummary {
  id: DocumentId;
  title: string;
  path: string;
  source: string | null;
  published: string | null;
  savedAt: number | null;
  entityCount: number;
  /** The first copy of the same wire story, when this is a later copy. */
  copyOf: DocumentId | null;
}

export function summary(entity: StoredEntity): EntitySummary {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    role: entity.roles.at(-1) ?? null,
    mentionCount: entity.mentionCount,
    documentCount: entity.documentCount,
  };
}

/** Words of a sentence, for telling that two copies of a wire story print the same passage. */
function sentenceWords(sentence: string): Set<string> {
  return new Set(
    fold(sentence)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
}

function samePassage(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= 0.6 * Math.max(1, Math.min(a.size, b.size));
}

/** How many of an entity's most recent documents its companions are counted in. */
const COMPANION_DOCUMENTS = 100;

/** One page of a list: `offset` items skipped, at most `limit` returned. */
export interface Page {
  offset: number;
  limit: number;
}

/**
 * Entities whose terms start with every word of `query`, by mention count: at most `limit`. The index
 * is read for the longest word, the others checked on what it returns (at most 5 × `limit` records).
 */
export async function searchEntities(db: StoreDb, query: string, limit = 20): Promise<EntitySummary[]> {
  const words = fold(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!words.length) return [];
  // Read the index for the rarest-looking (longest) word; check the others on what it returns.
  const anchor = [...words].sort((a, b) => b.length - a.length)[0]!;
  const found = new Map<EntityId, StoredEntity>();
  let cursor = await db
    .transaction('entities')
    .store.index('by-term')
    .openCursor(IDBKeyRange.bound(anchor, `${anchor}\uffff`));
  while (cursor && found.size < limit * 5) {
    const entity = cursor.value;
    if (!found.has(entity.id) && words.every((w) => entity.terms.some((t) => t.startsWith(w)))) found.set(entity.id, entity);
    cursor = await cursor.continue();
  }
  return [...found.values()]
    .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(summary);
}

/** The stored documents whose title, source or address holds every word of `query`, newest first, one page. */
export async function listDocuments(db: StoreDb, query = '', page: Page = { offset: 0, limit: 50 }): Promise<{ documents: DocumentSummary[]; total: number }> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = (d: StoredDocument) => {
    const haystack = fold(`${d.title} ${d.source ?? ''} ${d.path}`);
    return words.every((w) => haystack.includes(w));
  };
  const found: StoredDocument[] = [];
  // Without a query: one page read from the date index, and the count the store keeps (counting
  // walks every document, and the list is read again after every save).
  let total = words.length ? 0 : (await storeCounts(db)).documents;
  const tx = db.transaction(['documents', 'mentions']);
  if (!words.length) {
    let cursor = await tx.objectStore('documents').index('by-date').openCursor(null, 'prev');
    if (cursor && page.offset > 0) cursor = await cursor.advance(page.offset);
    while (cursor && found.length < page.limit) {
      found.push(cursor.value);
      cursor = await cursor.continue();
    }
  } else {
    for (let cursor = await tx.objectStore('documents').index('by-date').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
      if (!matches(cursor.value)) continue;
      if (total >= page.offset && found.length < page.limit) found.push(cursor.value);
      total++;
    }
  }
  const documents: DocumentSummary[] = [];
  for (const d of found) {
    const mentions = await tx.objectStore('mentions').index('by-document').getAll(d.id);
    documents.push({
      id: d.id,
      title: d.title,
      path: d.path,
      source: d.source,
      published: formatPublished(d.published),
      savedAt: d.savedAt,
      entityCount: new Set(mentions.map((m) => m.entityId)).size,
      copyOf: d.storyId === d.id ? null : d.storyId,
    });
  }
  return { documents, total };
}

/** One entity's profile: a page of its mentions, newest first, wire copies folded; undefined for an unknown id. */
export async function readProfile(db: StoreDb, id: EntityId, page: Page = { offset: 0, limit: 200 }): Promise<Profile | undefined> {
  const tx = db.transaction(['entities', 'mentions', 'documents']);
  const entity = await tx.objectStore('entities').get(id);
  if (!entity) return undefined;
  const mentionIndex = tx.objectStore('mentions').index('by-entity-date');
  const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
  const total = await mentionIndex.count(range);
  const documentCache = new Map<DocumentId, StoredDocument | undefined>();
  const documentOf = async (documentId: DocumentId) => {
    if (!documentCache.has(documentId)) documentCache.set(documentId, await tx.objectStore('documents').get(documentId));
    return documentCache.get(documentId);
  };

  // One page of mentions, newest first; a passage printed by several copies of a wire story once.
  const mentions: MentionInContext[] = [];
  const passages: { story: DocumentId; words: Set<string>; entry: MentionInContext }[] = [];
  let position = page.offset;
  let cursor = await mentionIndex.openCursor(range, 'prev');
  if (cursor && page.offset > 0) cursor = await cursor.advance(page.offset);
  while (cursor && mentions.length < page.limit) {
    const m: StoredMention = cursor.value;
    const document = await documentOf(m.documentId);
    const story = document?.storyId ?? m.documentId;
    const words = sentenceWords(m.sentence);
    const copy = passages.find((p) => p.story === story && p.entry.documentId !== m.documentId && samePassage(p.words, words));
    if (copy) {
      if (document?.source && !copy.entry.outlets.includes(document.source)) copy.entry.outlets.push(document.source);
      if (!copy.entry.copies.includes(m.documentId)) copy.entry.copies.push(m.documentId);
    } else {
      const entry: MentionInContext = {
        documentId: m.documentId,
        text: m.text,
        start: m.start,
        end: m.end,
        sentence: m.sentence,
        title: document?.title ?? '',
        source: document?.source ?? null,
        published: document ? formatPublished(document.published) : null,
        outlets: document?.source ? [document.source] : [],
        copies: [],
      };
      mentions.push(entry);
      passages.push({ story, words, entry });
    }
    position++;
    cursor = await cursor.continue();
  }

  // Documents: those of this page's mentions and of the roles. Companions: from the documents of
  // the most recent mentions. Both stay bounded however many mentions the entity has.
  const recent = new Set<DocumentId>();
  let recentCursor = await mentionIndex.openCursor(range, 'prev');
  while (recentCursor && recent.size < COMPANION_DOCUMENTS) {
    recent.add(recentCursor.value.documentId);
    recentCursor = await recentCursor.continue();
  }
  const wanted = new Set<DocumentId>([...mentions.map((m) => m.documentId), ...mentions.flatMap((m) => m.copies), ...entity.roles.map((r) => r.documentId)]);
  const documents = (await Promise.all([...wanted].map(documentOf))).filter((d): d is StoredDocument => !!d);
  const counts = new Map<EntityId, number>();
  for (const documentId of recent) {
    const seen = new Set<EntityId>();
    for (const m of await tx.objectStore('mentions').index('by-document').getAll(documentId)) {
      if (m.entityId === id || seen.has(m.entityId)) continue;
      seen.add(m.entityId);
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    }
  }
  const companions: Companion[] = [];
  for (const [other, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    const e = await tx.objectStore('entities').get(other);
    if (e) companions.push({ id: e.id, name: e.name, kind: e.kind, count });
  }
  return {
    entity,
    total,
    documentCount: entity.documentCount,
    nextOffset: position < total ? position : null,
    companions,
    documents: documents.map(({ id: d, title, source, published, date, path, storyId }) => ({
      id: d,
      title,
      source,
      published: formatPublished(published),
      date,
      path,
      storyId,
    })),
    mentions,
  };
}
