/**
 * Placing an article's date among others when the article leaves part of it out. "Wednesday (July 5)"
 * has no year; a list sorted by the stored key ("0000-07-05") would put it before everything, as the
 * oldest. Here it is placed by its context: the year near the other dates beside it in which 5 July
 * falls on a Wednesday. A date that can't be placed sorts last, never first.
 */
import type { PublishedDate } from './types';

/** A date as placed for sorting and showing. */
export interface PlacedDate {
  /** "2017-07-05" or "2017-07", or null when the date can't be placed in a year. */
  iso: string | null;
  /** Whether the year was worked out from the context rather than printed. */
  inferred: boolean;
}

export const UNPLACED: PlacedDate = { iso: null, inferred: false };

/**
 * Whether a stored sortable date ("2017-07-05", "2017-07"; "0000-07-05" without a year; '' undated)
 * has a year: where it has, it is the ISO date `placeDate` gives its document.
 */
export function sortableHasYear(date: string | undefined): date is string {
  return !!date && !date.startsWith('0000');
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The date as printed, in the ISO form, when it has a year: "2017-02-08", "2017-02"; otherwise null. */
function printedIso(date: PublishedDate): string | null {
  if (!date.year || !date.month) return null;
  return `${date.year}-${pad(date.month)}${date.day ? `-${pad(date.day)}` : ''}`;
}

/** Milliseconds since the epoch of an ISO date ("2017-02-08", "2017-02"), or NaN. */
function timeOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

/**
 * Places a published date.
 *
 * - A date with its year is itself.
 * - A date with a month, a day and a weekday but no year ("Wednesday (July 5)") gets the year, within a
 *   year either side of the `context` dates, in which that day falls on that weekday and which is
 *   closest to one of them. With no context, or no such year, it is not placed.
 * - Anything else (no month, no weekday, no date at all) is not placed: `{ iso: null }`.
 *
 * @param published the date as the article gives it, or null
 * @param context ISO dates ("2017-02-08", "2017-02") of the documents beside it, such as the other
 *   documents of the same profile; dates without a year are ignored
 */
export function placeDate(published: PublishedDate | null | undefined, context: readonly string[]): PlacedDate {
  if (!published) return UNPLACED;
  const printed = printedIso(published);
  if (printed) return { iso: printed, inferred: false };
  const weekday = WEEKDAYS.indexOf(published.weekday?.toLowerCase() ?? '');
  if (!published.month || !published.day || weekday < 0) return UNPLACED;
  const times = context.filter((iso) => /^\d{4}-\d\d/.test(iso) && !iso.startsWith('0000')).map(timeOf);
  if (!times.length) return UNPLACED;
  const years = times.map((t) => new Date(t).getUTCFullYear());
  let best: { year: number; distance: number } | null = null;
  for (let year = Math.min(...years) - 1; year <= Math.max(...years) + 1; year++) {
    const time = Date.UTC(year, published.month - 1, published.day);
    if (new Date(time).getUTCDay() !== weekday) continue;
    const distance = Math.min(...times.map((t) => Math.abs(t - time))) / DAY_MS;
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best ? { iso: `${best.year}-${pad(published.month)}-${pad(published.day)}`, inferred: true } : UNPLACED;
}

/** Orders placed dates newest first; dates that can't be placed come last. */
export function newestFirst(a: PlacedDate, b: PlacedDate): number {
  if (!a.iso || !b.iso) return (a.iso ? 0 : 1) - (b.iso ? 0 : 1);
  return b.iso.localeCompare(a.iso);
}

/** Orders placed dates oldest first; dates that can't be placed still come last. */
export function oldestFirst(a: PlacedDate, b: PlacedDate): number {
  if (!a.iso || !b.iso) return (a.iso ? 0 : 1) - (b.iso ? 0 : 1);
  return a.iso.localeCompare(b.iso);
}

/**
 * A published date in the ISO form as far as it goes: "2017-02-08", "2017-02", "--07-05" (no year), or
 * null without a month. The same form the engine writes (`formatPublished`), for views that don't load the engine.
 */
export function publishedIso(published: PublishedDate | null | undefined): string | null {
  if (!published?.month) return null;
  return printedIso(published) ?? `--${pad(published.month)}${published.day ? `-${pad(published.day)}` : ''}`;
}
