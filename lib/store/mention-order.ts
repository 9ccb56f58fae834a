/**
 * An entity's mentions in date order, newest first, read from the `by-entity-date` index. Mentions
 * whose document prints its year come straight from the index. Those whose document prints no year,
 * or no date, are few: they are read at once (at most `PARTIAL_DATES`), placed by their context (see
 * `placedDates`) and merged into the stream where they belong; those that can't be placed come last.
 * A list sorted by the stored key alone would show "5 Jul (year not given)" as the oldest.
 */
import type { IDBPTransaction } from 'idb';
import { newestFirst, type PlacedDate } from '../shared/date-place';
import { cachedReader, placedDates, type DocumentReader } from './placed-dates';
import type { DramatisSchema, StoredMention } from './schema';
import type { DocumentId, EntityId } from '../shared/types';

/** A transaction that reads entities, mentions and documents. */
export type ReadTx = IDBPTransaction<DramatisSchema, ('entities' | 'mentions' | 'documents')[], 'readonly'>;

/** How many mentions of one entity without a printed year are placed; more are listed after the rest. */
export const PARTIAL_DATES = 2_000;
/** Stored dates with a year sort from here; "0000-07-05" (no year) and "" (no date) sort before it. */
const WITH_YEAR = '0001';

export interface OrderedMention {
  mention: StoredMention;
  date: PlacedDate;
}

/** Which of an entity's mentions to list. */
export interface MentionFilter {
  /** Documents left out: the page being read, and its wire copies. */
  exclude?: readonly DocumentId[];
  /** Only this month ("2017-07"), or only mentions that can't be placed ("undated"). */
  month?: string;
}

export interface MentionStream {
  /** How many mentions the stream holds. */
  total: number;
  /** The ISO dates the partial dates were placed by: the entity's earliest and latest dated mentions. */
  context: string[];
  /** Reads documents for the caller too, with the stream's cache. */
  read: DocumentReader;
  next(): Promise<OrderedMention | null>;
}

/** The entity's earliest and latest dated mentions' dates, from the index's two ends. */
export async function dateContext(tx: ReadTx, id: EntityId): Promise<string[]> {
  const index = tx.objectStore('mentions').index('by-entity-date');
  const range = IDBKeyRange.bound([id, WITH_YEAR], [id, '\uffff']);
  const first = await index.openKeyCursor(range, 'next');
  const last = await index.openKeyCursor(range, 'prev');
  return [first?.key[1], last?.key[1]].filter((d): d is string => !!d);
}

/**
 * Opens an entity's mentions in date order, newest first.
 *
 * @param tx a read transaction over entities, mentions and documents
 * @param id the entity
 * @param filter documents to leave out, and a month to keep
 * @returns the stream, with its total; the work grows with the mentions read and the partial dates
 */
export async function mentionStream(tx: ReadTx, id: EntityId, filter: MentionFilter = {}): Promise<MentionStream> {
  const index = tx.objectStore('mentions').index('by-entity-date');
  const read = cachedReader((documentId) => tx.objectStore('documents').get(documentId));
  const exclude = new Set(filter.exclude ?? []);
  const { month } = filter;
  const context = await dateContext(tx, id);

  const partial = await index.getAll(IDBKeyRange.bound([id, ''], [id, '0000-\uffff']), PARTIAL_DATES);
  const dates = await placedDates(
    read,
    partial.map((m) => m.documentId),
    context,
  );
  // On one date, an original before its reprints: the reprint's passages fold into the original's.
  const reprints = new Set<DocumentId>();
  for (const documentId of dates.keys()) {
    const document = await read(documentId);
    if (document && document.storyId !== document.id) reprints.add(documentId);
  }
  const kept = partial
    .filter((m) => !exclude.has(m.documentId))
    .map((mention) => ({ mention, date: dates.get(mention.documentId)! }))
    .filter(({ date }) => (month === 'undated' ? !date.iso : month ? !!date.iso?.startsWith(month) : true))
    .sort(
      (a, b) =>
        newestFirst(a.date, b.date) ||
        Number(reprints.has(a.mention.documentId)) - Number(reprints.has(b.mention.documentId)) ||
        (a.mention.documentId === b.mention.documentId ? a.mention.start - b.mention.start : 0),
    );

  const datedRange = month ? IDBKeyRange.bound([id, month], [id, `${month}\uffff`]) : IDBKeyRange.bound([id, WITH_YEAR], [id, '\uffff']);
  const withDates = month === 'undated' ? 0 : await index.count(datedRange);
  let excluded = 0;
  for (const documentId of exclude) {
    const document = await read(documentId);
    if (!document?.date || document.date.startsWith('0000') || (month && !document.date.startsWith(month))) continue;
    excluded += (await tx.objectStore('mentions').index('by-document').getAll(documentId)).filter((m) => m.entityId === id).length;
  }

  // The dated mentions a date at a time: within one date, an original before its reprints, and each
  // document's mentions in reading order.
  let cursor = month === 'undated' ? null : await index.openCursor(datedRange, 'prev');
  let day: { mention: StoredMention; key: number }[] = [];
  const readDay = async () => {
    const date = cursor!.value.date;
    while (cursor && cursor.value.date === date) {
      if (!exclude.has(cursor.value.documentId)) day.push({ mention: cursor.value, key: cursor.primaryKey });
      cursor = await cursor.continue();
    }
    const latest = new Map<DocumentId, number>();
    for (const { mention, key } of day) latest.set(mention.documentId, Math.max(latest.get(mention.documentId) ?? 0, key));
    for (const documentId of latest.keys()) {
      const document = await read(documentId);
      if (document && document.storyId !== document.id) reprints.add(documentId);
    }
    const rank = (m: StoredMention) => (reprints.has(m.documentId) ? 1 : 0);
    day.sort(
      (a, b) => rank(a.mention) - rank(b.mention) || latest.get(b.mention.documentId)! - latest.get(a.mention.documentId)! || a.mention.start - b.mention.start,
    );
  };
  let at = 0;
  return {
    total: withDates - excluded + kept.length,
    context,
    read,
    async next() {
      while (!day.length && cursor) await readDay();
      const placed = kept[at];
      const dated = day[0]?.mention;
      if (dated && (!placed?.date.iso || dated.date >= placed.date.iso)) {
        day.shift();
        return { mention: dated, date: { iso: dated.date, inferred: false } };
      }
      if (!placed) return null;
      at++;
      return placed;
    },
  };
}
