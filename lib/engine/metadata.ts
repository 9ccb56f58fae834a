/**
 * Document metadata: the title, the source (the agency or outlet that datelines, credits and bylines
 * name) and the published date as far as the text gives it.
 */
import type { CleanedArticle } from './clean';
import { NEWS_AGENCIES } from './lexicon/organizations';
import type { PublishedDate } from '../shared/types';

export interface ArticleMeta {
  title: string;
  source: string | null;
  published: PublishedDate | null;
  /** The place a dateline names, as written: "NAIROBI", "SALT LAKE CITY", "RALEIGH, N.C."; null without a dateline. */
  dateline: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** "Tuesday, January 25, 2011", "February 8, 2017", "8 February 2017". */
const FULL_DATE = new RegExp(`(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4}))`);
/** "2017-02-08" */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** "Wednesday (July 5)": a weekday and a day of the month, and no year. */
const WEEKDAY_WITH_DAY = new RegExp(`${WEEKDAY}\\s*\\(\\s*${MONTH}\\s+(\\d{1,2})\\s*\\)`);
/**
 * A dateline: "MEXICO CITY (AFP) -", "WASHINGTON/MEXICO CITY (Reuters) —", "MEXICO CITY—", with the day
 * as "July 11", "March 4, 2024" or "18 June 2025".
 */
const DATELINE = new RegExp(
  `^([A-Z][A-Z .'/-]{1,60}?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)(?:,\\s*${MONTH}\\s+(\\d{1,2})(?:,?\\s+\\d{4})?|,\\s*\\d{1,2}\\s+${MONTH.replace('(', '(?:')}(?:,?\\s+\\d{4})?)?\\s*(?:\\(([^)]{2,40})\\))?\\s*[-–—]`,
);
/**
 * The Reuters archive's dateline, a line of its own between the headline and the story: the place in
 * capitals and the day, "MINSK 1996-08-30", "CAPE TOWN 1996-08-31" (the form of Reuters Corpus Volume 1,
 * whose stories CoNLL-2003 is drawn from), with the country after a comma where the place needs it:
 * "HAMBURG, Germany 1996-08-22".
 */
const ISO_DATELINE = /^([A-Z][A-Z .'/-]{1,40}?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?)\s+(\d{4}-\d{2}-\d{2})$/;
/**
 * A dateline in title case, with the agency: AFP's "Astana (AFP) –", "Buenos Aires (AFP) -", and
 * with the day before the agency and no dash, as Taiwan's CNA writes it: "Taipei, Oct. 2 (CNA) Foreign
 * Minister …".
 */
const AGENCY_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Ll}.'-]+(?: \\p{Lu}[\\p{Ll}.'-]+){0,2})(,\\s*${MONTH}\\s+\\d{1,2})?\\s*\\(([^)]{2,40})\\)\\s*(?:[-–—]|(?=\\p{Lu}))`,
  'u',
);
/** South Asian papers' dateline: "NEW DELHI:" before the story. */
const COLON_DATELINE = /^([A-Z][A-Z .'-]{2,40}):\s+\p{Lu}/u;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Reads the first full date in a line, or null. */
export function readFullDate(line: string): PublishedDate | null {
  const iso = ISO_DATE.exec(line);
  const match = FULL_DATE.exec(line);
  if (match) {
    const [text, weekday, month1, day1, year1, day2, month2, year2] = match;
    const date: PublishedDate = {
      year: Number(year1 ?? year2),
      month: monthNumber((month1 ?? month2)!),
      day: Number(day1 ?? day2),
      text: text.trim(),
    };
    if (weekday) date.weekday = weekday;
    return date;
  }
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), text: iso[0] };
  return null;
}

/** The date as far as it goes, written the ISO way: "2017-02-08", or "--07-05" when the year is unknown. */
export function formatPublished(date: PublishedDate | null): string | null {
  if (!date || !date.month) return null;
  const mm = String(date.month).padStart(2, '0');
  const dd = date.day ? `-${String(date.day).padStart(2, '0')}` : '';
  return date.year ? `${date.year}-${mm}${dd}` : `--${mm}${dd}`;
}

/** The agency a name stands for, if it is one: "REUTERS" → "Reuters", "Agence France-Presse" → "AFP". */
export function agencyNamed(text: string): string | null {
  return NEWS_AGENCIES.get(text.trim().replace(/[.:]$/, '').toLowerCase()) ?? null;
}

/** The agency a credit names: "PHOTO: AFP", "REUTERS/Yuri Gripas", "(With inputs from PTI)". */
function sourceFromCredit(credit: string): string | null {
  for (const part of credit.replace(/[[\]()]/g, ' ').split(/[/:;,|]| via /)) {
    const words = part.trim().split(/\s+/);
    // The agency closes the credit: "With inputs from PTI", "Jane Roe for Reuters".
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const agency = agencyNamed(words.slice(-n).join(' '));
      if (agency) return agency;
    }
  }
  return null;
}

/** Reads title, source and date from a cleaned article. */
export function readMetadata(article: CleanedArticle): ArticleMeta {
  const kept = article.lines.filter((l) => l.verdict === 'kept').map((l) => l.text.trim());
  const headerLines = article.lines.slice(0, 12).filter((l) => l.verdict === 'date' || l.verdict === 'kept');

  // The title stands above the body: among the lines before the first full sentence, the first of three
  // words or more, else a shorter one ("Security talks"); a line further down is a caption or a list.
  const words = (line: string) => line.split(/\s+/).length;
  const titleLike = (line: string, least: number) =>
    words(line) >= least && words(line) <= 30 && !/[.!]$/.test(line) && !DATELINE.test(line) && !ISO_DATELINE.test(line);
  const bodyAt = kept.findIndex((line) => words(line) > 8 && /[.!?]["”’]?$/.test(line));
  const head = bodyAt < 0 ? kept : kept.slice(0, bodyAt);
  // Above a dateline on a line of its own stands the headline, then perhaps a byline: "Top Belarus politician blasts president."
  const datelineAt = kept.slice(0, 8).findIndex((line) => ISO_DATELINE.test(line));
  const title =
    (datelineAt > 0 ? kept[0]!.replace(/\.$/, '') : null) ??
    head.find((l) => titleLike(l, 3)) ??
    head.find((l) => titleLike(l, 1)) ??
    kept.find((l) => titleLike(l, 3)) ??
    kept[0] ??
    '';

  let source: string | null = null;
  let published: PublishedDate | null = null;
  for (const line of headerLines) {
    published ??= line.verdict === 'date' || line.text.trim().length < 60 ? readFullDate(line.text) : null;
  }
  // The dateline paragraph names the agency and often the day; a dateline on a line of its own comes first.
  let place: string | null = datelineAt >= 0 ? ISO_DATELINE.exec(kept[datelineAt]!)![1]!.trim() : null;
  for (const line of datelineAt >= 0 ? [] : kept.slice(0, 8)) {
    const dateline = DATELINE.exec(line);
    if (!dateline) {
      const titled = AGENCY_DATELINE.exec(line);
      // An agency it knows, or initials after the day: "Sources (in brackets) -" opens no dateline.
      const initials = titled?.[2] && /^\p{Lu}{2,6}$/u.test(titled[4]!) ? titled[4]! : null;
      const agency = titled ? (agencyNamed(titled[4]!) ?? initials) : null;
      if (titled && agency) {
        place = titled[1]!;
        source ??= agency;
        published ??= readFullDate(line);
        break;
      }
      place ??= COLON_DATELINE.exec(line)?.[1] ?? null;
      continue;
    }
    place = dateline[1]!.trim();
    source ??= dateline[4] ? agencyNamed(dateline[4]) : null;
    if (!published) {
      // The dateline paragraph, not just its first sentence: "Gov." would end that too early.
      const firstSentence = line;
      const partial = WEEKDAY_WITH_DAY.exec(firstSentence);
      const full = readFullDate(firstSentence);
      if (full) published = full;
      else if (dateline[2]) published = { month: monthNumber(dateline[2]), day: Number(dateline[3]), text: `${dateline[2]} ${dateline[3]}` };
      else if (partial) published = { weekday: partial[1]!, month: monthNumber(partial[2]!), day: Number(partial[3]), text: partial[0] };
    }
    break;
  }
  // "Source: Reuters", or an agency's name alone on a byline line.
  for (const line of kept) {
    if (source) break;
    const named = /^(?:source|sources|by|credit)\s*:?\s*(.+)$/i.exec(line);
    source = agencyNamed(named ? named[1]! : line);
    // "Al Jazeera and news agencies": a short credit line naming an outlet among others.
    if (!source && line.split(/\s+/).length <= 6) source = sourceFromCredit(line.replace(/\s+and\s+/g, ','));
  }
  for (const credit of article.credits) {
    if (source) break;
    source = sourceFromCredit(credit);
  }
  return { title, source, published, dateline: place };
}
