/**
 * Reading the store for the views: search and the Documents list. What a page being read asks is in
 * `page-lookup.ts`; one entity's profile and card in `profile-read.ts`, its timeline in `timeline.ts` and the
 * co-mention network in `network.ts`. Each read walks an index from the entity, the date or the
 * document, so its work grows with its answer, not with the store.
 */
import { formatPublished } from '../engine/metadata';
import { fold } from '../engine/names';
import { fullName } from '../shared/words';
import { UNPLACED, type PlacedDate } from '../shared/date-place';
import { placedDates } from './placed-dates';
import type { RoleLine } from '../shared/offices';
import type { StoreDb, StoredDocument, StoredEntity } from './schema';
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
  /** The name with its acronym spelt out: "Group of 20 (G-20)". */
  fullName: string;
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
  /** The document's date as placed in the list (a year worked out where the article gives none). */
  date: PlacedDate;
  /** The entity's other mentions in the same sentence: listed once, each marked. */
  sameSentence: Pick<Mention, 'text' | 'start' | 'end'>[];
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
  documents: {
    id: DocumentId;
    title: string;
    source: string | null;
    published: string | null;
    date: string;
    path: string;
    storyId: DocumentId;
    placed: PlacedDate;
  }[];
  /** The name with its acronym spelt out: "Group of 20 (G-20)". */
  fullName: string;
  /** Roles over time: one line per office and country, oldest first. */
  roleLines: RoleLine[];
}

/** A stored document as the Documents list shows it. */
export interface DocumentSummary {
  id: DocumentId;
  title: string;
  path: string;
  source: string | null;
  published: string | null;
  /** Its date as every view writes it: a reprint's from its original, a year worked out from the store's dates (`placedDates`). */
  placed: PlacedDate;
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
    fullName: fullName(entity.name, entity.aliases),
  };
}

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
  // The page's documents' mentions read together: the read transaction ends after one wait, not
  // one a document, so a save waiting for it (the list is read again after every save) waits less.
  const byDocument = tx.objectStore('mentions').index('by-document');
  const [mentionsOf, placed] = await Promise.all([Promise.all(found.map((d) => byDocument.getAll(d.id))), placedInStore(tx.objectStore('documents'), found)]);
  const documents: DocumentSummary[] = [];
  for (const [i, d] of found.entries()) {
    const mentions = mentionsOf[i]!;
    documents.push({
      id: d.id,
      title: d.title,
      path: d.path,
      source: d.source,
      published: formatPublished(d.published),
      placed: placed.get(d.id) ?? UNPLACED,
      savedAt: d.savedAt,
      entityCount: new Set(mentions.map((m) => m.entityId)).size,
      copyOf: d.storyId === d.id ? null : d.storyId,
    });
  }
  return { documents, total };
}

/** The documents store as `placedInStore` reads it. */
interface DocumentsStore {
  get(id: DocumentId): Promise<StoredDocument | undefined>;
  index(name: 'by-date'): { openCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: StoredDocument } | null> };
}

/**
 * The placed date of each of these documents (see `placedDates`), in the context of the store's
 * oldest and newest dates with a year (two reads of the date index), as nothing narrower (a
 * profile's dates) is at hand. The documents given are not read again; a reprint's original is.
 */
async function placedInStore(store: DocumentsStore, documents: readonly StoredDocument[]): Promise<Map<DocumentId, PlacedDate>> {
  const dated = IDBKeyRange.lowerBound('1');
  const byDate = store.index('by-date');
  const [oldest, newest] = await Promise.all([byDate.openCursor(dated, 'next'), byDate.openCursor(dated, 'prev')]);
  const context = [oldest?.value.date, newest?.value.date].filter((d): d is string => !!d);
  const inHand = new Map(documents.map((d) => [d.id, d]));
  return placedDates((id) => (inHand.has(id) ? Promise.resolve(inHand.get(id)) : store.get(id)), inHand.keys(), context);
}

/** A stored document with its date as every view writes it (see `DocumentSummary.placed`). */
export type DatedDocument = StoredDocument & { placed: PlacedDate };

/** A stored document, dated as the list and the profiles date it; undefined when none has this id. */
export async function readDocument(db: StoreDb, id: DocumentId): Promise<DatedDocument | undefined> {
  const store = db.transaction('documents').objectStore('documents');
  const document = await store.get(id);
  if (!document) return undefined;
  return { ...document, placed: (await placedInStore(store, [document])).get(id) ?? UNPLACED };
}
