/**
 * Cleaning: takes scraped article text and keeps the article. Page furniture (menus, "You may also
 * like" rails, layout class lists, photo credits, author bios) is dropped, and a passage printed twice
 * (a caption, or the whole article once with straight and once with curly quotes) is kept once.
 * Every later stage reads the cleaned text, so mention offsets point into it.
 */
import {
  CAPTION_LABEL,
  COPYRIGHT,
  INLINE_CREDITS,
  PUBLISHED_LINE,
  LAYOUT_CLASS,
  MENU_LINES,
  RELATED_HEADINGS,
  REPORTING_CREDIT,
  SIGN_OFF,
  SOURCE_LABEL,
  WIDGET_LINE,
} from './lexicon/furniture';
import { fold } from './names';

export type LineVerdict = 'kept' | 'blank' | 'menu' | 'related' | 'layout' | 'symbols' | 'credit' | 'bio' | 'date' | 'repeat';

export interface ClassifiedLine {
  /** The line as it stood in the input (credits already cut from kept lines). */
  text: string;
  verdict: LineVerdict;
}

export interface CleanedArticle {
  /** The kept paragraphs, one per line of the input, separated by blank lines. */
  text: string;
  /** Every input line with the verdict it got, in order, for the metadata reader. */
  lines: ClassifiedLine[];
  /** Photo and reporting credits cut from the text ("REUTERS/Yuri Gripas", "PHOTO: AFP"). */
  credits: string[];
}

/** A line that is a date and nothing else: "Tuesday, January 25, 2011", "February 8, 2017 / 2:48 AM / 2 years ago". */
const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${MONTH_WORD}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_WORD},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b` +
    `[^a-z]*((am|pm|gmt|utc|[a-z]{3})\\b[^a-z]*)*(\\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago)?\\s*$`,
  'i',
);

/** How a passage compares with its reprint: quotes, dashes, spacing and case do not matter. */
function repeatKey(line: string): string {
  return fold(line).replace(/[‐-―]/g, '-').replace(/["']/g, '').replace(/\s+/g, ' ').trim();
}

/** `INLINE_CREDITS`, each made global once, not once a line. */
const GLOBAL_CREDITS = INLINE_CREDITS.map((pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'));

/** Cuts credits from a line, returning what is left and what was cut. */
function cutCredits(line: string): { rest: string; cut: string[] } {
  const cut: string[] = [];
  let rest = line;
  for (const global of GLOBAL_CREDITS) {
    rest = rest.replace(global, (match) => {
      cut.push(match.trim());
      return '';
    });
  }
  return { rest: rest.trimEnd(), cut };
}

/** What a line is when the line alone says so: furniture, a credit, a date; null for text to read on. */
function classify(line: string): LineVerdict | null {
  const trimmed = line.trim();
  if (!trimmed) return 'blank';
  if (!/\p{L}/u.test(line)) return 'symbols';
  // (Widgets strung on one line: "Advertisement · Scroll to continue".)
  const widgets = trimmed.split(/\s+[·|•]\s+/);
  if (MENU_LINES.test(trimmed) || WIDGET_LINE.test(trimmed) || (widgets.length > 1 && widgets.every((w) => MENU_LINES.test(w)))) return 'menu';
  if (LAYOUT_CLASS.test(line)) return 'layout';
  if (REPORTING_CREDIT.test(trimmed) || COPYRIGHT.test(trimmed) || SOURCE_LABEL.test(trimmed) || SIGN_OFF.test(trimmed)) return 'credit';
  if (DATE_LINE.test(trimmed) || PUBLISHED_LINE.test(trimmed) || particularsLine(trimmed)) return 'date';
  return null;
}

/** Longer than this, in characters, a line is no line of particulars. */
const PARTICULARS_MAX = 160;

/**
 * A line of the story's particulars in parts, one of them its date: "Jane Roe · CBC News · Posted: Mar
 * 14, 2025", "By Jane Roe | Updated March 3, 2024". Its names are the story's author and outlet.
 */
function particularsLine(line: string): boolean {
  if (line.length > PARTICULARS_MAX) return false;
  const parts = line.split(/\s+[·|•]\s+/).map((p) => p.trim());
  return parts.length >= 2 && parts.some((p) => DATE_LINE.test(p) || PUBLISHED_LINE.test(p));
}

/** Words a paragraph after a rail of related stories has at least, to be the story's again: the rail's teasers are one short sentence. */
const RESUMING_WORDS = 15;

/** A paragraph of the story itself: a sentence of some length, not a heading or a teaser. */
function isProse(line: string): boolean {
  return /[.!?"”]$/.test(line.trim()) && line.trim().split(/\s+/).length >= 8;
}

/** Normalises what every reader of the text expects: no BOM, LF line ends, plain spaces. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a]/g, ' ')
    .replace(/[\u200b-\u200d\u2060]/g, '')
    .replace(/[ \t]+$/gm, '');
}

/** Cleans scraped article text: see the module comment. */
export function cleanArticle(raw: string): CleanedArticle {
  const input = normalizeText(raw).split('\n');
  const lines: ClassifiedLine[] = [];
  const credits: string[] = [];
  const seen = new Set<string>();
  const kept: string[] = [];
  let related = false;
  let afterWrittenBy = false;
  let railInside = false;

  for (const original of input) {
    // A rail of related stories inside the article (CBC's "RELATED STORIES") ends where a paragraph
    // of the story's own length resumes; the page's last rails ("You may also like") run to the end.
    if (related && railInside && isProse(original) && original.trim().split(/\s+/).length >= RESUMING_WORDS) related = false;
    if (related) {
      lines.push({ text: original, verdict: original.trim() ? 'related' : 'blank' });
      continue;
    }
    const trimmed = original.trim();
    if (RELATED_HEADINGS.test(trimmed)) {
      // A rail of other stories ends the article; its heading above the story is one furniture line.
      related = kept.some(isProse);
      railInside = /^related\b/i.test(trimmed);
      lines.push({ text: original, verdict: 'related' });
      continue;
    }
    const early = classify(original);
    if (early) {
      if (early === 'credit') credits.push(trimmed);
      if (early === 'menu' && /^written by$/i.test(trimmed)) afterWrittenBy = true;
      lines.push({ text: original, verdict: early });
      continue;
    }
    // The paragraph after "Written By" is the author's bio, not the story.
    if (afterWrittenBy) {
      afterWrittenBy = false;
      lines.push({ text: original, verdict: 'bio' });
      continue;
    }
    const { rest, cut } = cutCredits(original.replace(CAPTION_LABEL, ''));
    credits.push(...cut);
    if (!/\p{L}/u.test(rest)) {
      lines.push({ text: original, verdict: cut.length ? 'credit' : 'symbols' });
      continue;
    }
    const key = repeatKey(rest);
    if (seen.has(key)) {
      lines.push({ text: rest, verdict: 'repeat' });
      continue;
    }
    seen.add(key);
    lines.push({ text: rest, verdict: 'kept' });
    kept.push(rest.trim());
  }
  return { text: kept.join('\n\n'), lines, credits };
}
