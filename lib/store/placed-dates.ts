/**
 * The date each stored document stands at in a list: its own date where it prints a year; the date of
 * the first copy of its wire story where it prints none (a reprint dated by its original); and a
 * date without a year placed by its context (see `placeDate`). Reads one record per document and
 * per story, so its work grows with the documents asked about.
 */
import { placeDate, UNPLACED, type PlacedDate } from '../shared/date-place';
import type { StoredDocument } from './schema';
import type { DocumentId } from '../shared/types';

/** Reads a stored document; the caller's transaction decides which store it comes from. */
export type DocumentReader = (id: DocumentId) => Promise<StoredDocument | undefined>;

/** Remembers each document read, so one read serves every mention of it. */
export function cachedReader(read: DocumentReader): DocumentReader {
  const cache = new Map<DocumentId, Promise<StoredDocument | undefined>>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, read(id));
    return cache.get(id)!;
  };
}

/**
 * The placed date of each document.
 *
 * @param read how to read a document (and its story's first copy)
 * @param ids the documents to place
 * @param context ISO dates beside them (a profile's earliest and latest dated mentions), by which a
 *   date without a year is placed
 * @returns each id's placed date; an id with no stored document is unplaced
 */
export async function placedDates(read: DocumentReader, ids: Iterable<DocumentId>, context: readonly string[]): Promise<Map<DocumentId, PlacedDate>> {
  const placed = new Map<DocumentId, PlacedDate>();
  const unique = [...new Set(ids)];
  // Every document asked for, then every story's first copy, read together: two waits, not one a record.
  const cached = cachedReader(read);
  const documents = await Promise.all(unique.map(cached));
  await Promise.all(documents.map((d) => d && d.storyId !== d.id && !placeDate(d.published, []).iso && cached(d.storyId)));
  for (const id of unique) {
    const document = await cached(id);
    if (!document) {
      placed.set(id, UNPLACED);
      continue;
    }
    const printed = placeDate(document.published, []);
    const original = !printed.iso && document.storyId !== document.id ? await cached(document.storyId) : undefined;
    const originalPrinted = placeDate(original?.published, []);
    // A reprint that prints no year takes its original's date; failing both, the one with a weekday is placed.
    const partial = document.published?.weekday ? document.published : (original?.published ?? document.published);
    const date = printed.iso ? printed : originalPrinted.iso ? originalPrinted : placeDate(partial, context);
    placed.set(id, date);
  }
  return placed;
}
