/** Dates as a reader reads them: "2017-02-08" → "8 Feb 2017", "--07-05" → "5 Jul (year not given)". */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const match = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const text = `${day ? `${Number(day)} ` : ''}${MONTHS[Number(month) - 1] ?? month}`;
  return year === '-' ? `${text} (year not given)` : `${text} ${year}`;
}
