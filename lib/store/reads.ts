/**
 * Reading the store for the views: search, the Documents list, and which stored documents a page is.
 * One entity's profile and card are read in `profile-read.ts`, its timeline in `timeline.ts` and the
 * co-mention network in `network.ts`. Each read walks an index from the entity, the date or the
 * document, so its work grows with its answer, not with the store.
 */
import { EVERY_KEY, type KeyFilter } from './key-filter';
import { formatPublished } from '../engine/metadata';
import { fold } from '../engine/names';
import { fullName } from '../shared/words';
import { sameStory } from './story';
import { UNPLACED, type PlacedDate } from '../shared/date-place';
import { placedDates } from './placed-dates';
import type { RoleLine } from '../shared/offices';
import { DOCUMENTS_PER_HASH, ENTITIES_PER_KEY, lookupKeysOf, type StoreDb, type StoredDocument, type StoredEntity } from './schema';
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

/** How many documents whose sketches share the most with the page's are compared with it, at most. */
const STORY_CANDIDATES = 8;

/**
 * The stored documents a page is: the one saved from its address, and the copies of its wire story
 * (found through the sketch index, as saving finds them). The card leaves these out of "past mentions".
 *
 * @param db the store
 * @param path the page's address as it would be saved (`articleAddress`)
 * @param sketch the page text's story sketch (`storySketch`)
 * @returns document ids, none when the page is new to the store; at most 16 keys read per sketch hash
 *   and 8 documents compared
 */
export async function pageDocuments(db: StoreDb, path: string, sketch: readonly string[]): Promise<DocumentId[]> {
  const tx = db.transaction('documents');
  const documents = tx.store;
  const found = new Set<DocumentId>(await documents.index('by-path').getAllKeys(path));
  const shared = new Map<DocumentId, number>();
  // Every hash's keys read together: one wait, not one a hash. As in saving (`findStory`), a hash
  // that `DOCUMENTS_PER_HASH` documents share is a stock phrase, not a sign of the story, and is not
  // counted, and only the few documents that share the most are read: bounded however common shingles grow.
  const bySketch = documents.index('by-sketch');
  for (const ids of await Promise.all(sketch.map((hash) => bySketch.getAllKeys(hash, DOCUMENTS_PER_HASH)))) {
    if (ids.length >= DOCUMENTS_PER_HASH) continue;
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const candidates = [...shared]
    .filter(([id, n]) => n >= Math.min(sketch.length / 2, 4) && !found.has(id))
    .sort((a, b) => b[1] - a[1])
    .slice(0, STORY_CANDIDATES);
  for (const [id] of candidates) {
    const document = await documents.get(id);
    if (document && sameStory(sketch, document.sketch)) found.add(id);
  }
  const stories = new Set<DocumentId>();
  for (const id of found) stories.add(((await documents.get(id)) as StoredDocument | undefined)?.storyId ?? id);
  for (const story of stories) for (const id of await documents.index('by-story').getAllKeys(story)) found.add(id);
  return [...found];
}

/**
 * The entities each name is an alias of, in the order of `names`, read in one transaction: every
 * name's keys (`lookupKeysOf`: its person and organisation forms) read together, each key
 * at most `ENTITIES_PER_KEY` entities (a name more profiles share is ambiguous anyway). With a key
 * filter, only the keys it says the store may hold are read.
 * @returns one list per name, empty where the store knows the name not
 */
export async function findByAliases(db: StoreDb, names: readonly string[], filter?: KeyFilter): Promise<StoredEntity[][]> {
  const keysOf = names.map(lookupKeysOf);
  const tx = db.transaction(['entities', 'meta']);
  const view = filter ? await filter.within(tx) : EVERY_KEY;
  const keys = [...new Set(keysOf.flat())].filter(view.mayBeAlias);
  const index = tx.objectStore('entities').index('by-alias');
  const read = await Promise.all(keys.map((key) => index.getAll(key, ENTITIES_PER_KEY)));
  const byKey = new Map(keys.map((key, i) => [key, read[i]!]));
  return keysOf.map((nameKeys) => {
    const found = new Map<EntityId, StoredEntity>();
    for (const key of nameKeys) for (const entity of byKey.get(key) ?? []) found.set(entity.id, entity);
    return [...found.values()];
  });
}
