/**
 * Dates as a reader reads them, the same in every view: "2017-02-08" → "8 Feb 2017", "--07-05" →
 * "5 Jul (year not given)", a year worked out from the context → "5 Jul 2017 (year inferred)", and a
 * span of months → "Feb–Jul 2017".
 */
import type { PlacedDate } from './date-place';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date for reading.
 *
 * @param iso an ISO date as far as it goes ("2017-02-08", "2017-02", "--07-05"), or null ("undated")
 * @param options.inferred the year was worked out, not printed: " (year inferred)" is added
 * @returns the label; a string that is not an ISO date comes back as it is
 */
export function dateLabel(iso: string | null | undefined, options: { inferred?: boolean } = {}): string {
  if (!iso) return 'undated';
  const match = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const text = `${day ? `${Number(day)} ` : ''}${MONTHS[Number(month) - 1] ?? month}`;
  if (year === '-') return `${text} (year not given)`;
  return `${text} ${year}${options.inferred ? ' (year inferred)' : ''}`;
}

/** A placed date for reading: `dateLabel` of its ISO form, saying when its year was inferred. */
export function placedLabel(date: PlacedDate): string {
  return dateLabel(date.iso, { inferred: date.inferred });
}

/** "Jul 2017" for "2017-07-05" or "2017-07". */
export function monthLabel(iso: string): string {
  const [year, month] = iso.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/**
 * A span of months: "Jul 2017" when both ends fall in one month, "Feb–Jul 2017" in one year,
 * "Dec 2016–Feb 2017" across years.
 *
 * @param from the earlier ISO date ("2017-02-08" or "2017-02")
 * @param to the later one
 */
export function monthRangeLabel(from: string, to: string): string {
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  if (fy === ty && fm === tm) return monthLabel(from);
  if (fy === ty) return `${MONTHS[Number(fm) - 1]}–${MONTHS[Number(tm) - 1]} ${ty}`;
  return `${monthLabel(from)}–${monthLabel(to)}`;
}
