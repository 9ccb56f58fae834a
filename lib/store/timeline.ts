/**
 * An entity's timeline: its mentions per month across the reader's documents, split by source, for the
 * bar chart on every profile. Read from the `by-entity-date` index: at most `TIMELINE_MENTIONS` of the
 * most recent mentions, which carry their document's date and source; a document is read only for a
 * mention dated without a year, or saved before mentions kept their source.
 */
import { placedDates, cachedReader } from './placed-dates';
import { dateContext, type ReadTx } from './mention-order';
import { entityMentions, type StoreDb, type StoredMention } from './schema';
import type { EntityId } from '../shared/types';
import { sortableHasYear, type PlacedDate } from '../shared/date-place';

/** The most mentions a timeline counts: the most recent ones. */
export const TIMELINE_MENTIONS = 10_000;
/** A document without a source is counted under this name. */
export const UNKNOWN_SOURCE = 'Unknown source';

/** One month's bar: its mentions, by source. */
export interface TimelineMonth {
  /** "2017-07" */
  month: string;
  total: number;
  /** Sources in the order of `Timeline.sources`, each with its count; none with 0. */
  bySource: { source: string; count: number }[];
  /** Whether any of its mentions is dated by a year worked out from the context. */
  inferred: boolean;
}

export interface Timeline {
  /** Months with mentions, oldest first; months between them with none are left out. */
  months: TimelineMonth[];
  /** Mentions whose date can't be placed. */
  undated: number;
  /** Every source, most mentions first: the order colours are given in. */
  sources: string[];
  /** Mentions counted; fewer than the entity's total when it has more than `TIMELINE_MENTIONS`. */
  counted: number;
  total: number;
}

/**
 * The entity's mentions per month and source.
 *
 * @param db the store
 * @param id the entity
 * @returns the timeline; an unknown id gives an empty one
 */
export async function readTimeline(db: StoreDb, id: EntityId): Promise<Timeline> {
  const tx: ReadTx = db.transaction(['entities', 'mentions', 'documents']);
  const index = tx.objectStore('mentions').index('by-entity-date');
  const range = entityMentions(id);
  const total = await index.count(range);
  // The most recent mentions: the range starts at the date of the TIMELINE_MENTIONS-th from the end.
  let from = '';
  if (total > TIMELINE_MENTIONS) {
    const cursor = await (await index.openKeyCursor(range, 'prev'))?.advance(TIMELINE_MENTIONS - 1);
    from = cursor?.key[1] ?? '';
  }
  const mentions: StoredMention[] = await index.getAll(IDBKeyRange.bound([id, from], [id, '\uffff']), TIMELINE_MENTIONS);
  // A mention that carries its document's source and a date with a year is counted as it is; the
  // others (saved before mentions kept their source, or dated without a year) read their document.
  const read = cachedReader((documentId) => tx.objectStore('documents').get(documentId));
  const inHand = (m: StoredMention) => m.source !== undefined && sortableHasYear(m.date);
  const dates = await placedDates(
    read,
    mentions.filter((m) => !inHand(m)).map((m) => m.documentId),
    await dateContext(tx, id),
  );

  const months = new Map<string, { counts: Map<string, number>; inferred: boolean }>();
  const perSource = new Map<string, number>();
  let undated = 0;
  for (const m of mentions) {
    const date: PlacedDate = inHand(m) ? { iso: m.date, inferred: false } : dates.get(m.documentId)!;
    const source = (inHand(m) ? m.source : (await read(m.documentId))?.source) ?? UNKNOWN_SOURCE;
    if (!date.iso) {
      undated++;
      continue;
    }
    const month = date.iso.slice(0, 7);
    const bar = months.get(month) ?? { counts: new Map<string, number>(), inferred: false };
    bar.counts.set(source, (bar.counts.get(source) ?? 0) + 1);
    bar.inferred ||= date.inferred;
    months.set(month, bar);
    perSource.set(source, (perSource.get(source) ?? 0) + 1);
  }
  const sources = [...perSource].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  return {
    months: [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, bar]) => ({
        month,
        total: [...bar.counts.values()].reduce((n, c) => n + c, 0),
        bySource: sources.filter((s) => bar.counts.has(s)).map((source) => ({ source, count: bar.counts.get(source)! })),
        inferred: bar.inferred,
      })),
    undated,
    sources,
    counted: mentions.length,
    total,
  };
}
