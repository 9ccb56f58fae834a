/**
 * Cleaning: takes scraped article text and keeps the article. Page furniture (menus, "You may also
 * like" rails, layout class lists, photo credits, author bios) is dropped, and a passage printed twice
 * (a caption, or the whole article once with straight and once with curly quotes) is kept once.
 * Every later stage reads the cleaned text, so mention offsets point into it.
 */
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

/** Navigation and widget text that stands on a line of its own. */
const MENU_LINES = new RegExp(
  '^(' +
    [
      'connect with us',
      'hi, what are you looking for\\??',
      'skip to (main )?content',
      'sign in',
      'log ?in',
      'sign up',
      'subscribe( now)?',
      'register',
      'menu',
      'search',
      'close',
      'share( this( article| story)?)?',
      'share on (facebook|twitter|x|whatsapp|linkedin)',
      'tweet',
      'email',
      'print',
      'follow us( on .*)?',
      'advertisement',
      'ad',
      'sponsored( content)?',
      'read more',
      'also read',
      'see also',
      'listen( to this article)?',
      'comments?',
      'home',
      'back to top',
      'cookie (policy|settings)',
      'accept( all)?( cookies)?',
      'written by',
      'by',
      'more',
      'loading\\.*',
      'load more',
      'next article',
      'previous article',
      'top stories',
    ].join('|') +
    ')[:.!]?$',
  'i',
);

/** Headings after which the rest of the page is other stories, comments or archives. */
const RELATED_HEADINGS =
  /^(you (may|might) (also )?like|related( (stories|articles|coverage|content|news|topics|posts))?|more (from|stories|on this story|in)\b.*|recommended( for you| stories)?|most (read|popular|viewed)|trending( now)?|what to read next|no comments|post a comment|\d+ comments?|blog archive|newer posts?|older posts?|about the author)\s*:?$/i;

/** A line that is only a layout class name: "• medium-browser-and-portrait-tablet". */
const LAYOUT_CLASS = /^[\s•·*–-]*[a-z0-9]+(?:-[a-z0-9]+)+\s*$/;

/** Whole-line credits of people: "Reporting by Idrees Ali; Editing by Sandra Maler". */
const REPORTING_CREDIT =
  /^\(?\s*((additional )?reporting|writing|editing|compiled|edited|written|produced|translated|research) by\b|^by\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}((\s+and|,)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s*$/iu;

/** Credits printed at the end of a caption or inside brackets. */
const INLINE_CREDITS: RegExp[] = [
  // "…in Mexico City.PHOTO: AFP", "(Photo: John Doe/AP)"
  /\s*\(?\b(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image|FILE PHOTO|File photo)(?: by)?\s*:\s*[^\n()[\]]{1,60}\)?\s*$/,
  // "…2017. REUTERS/Yuri Gripas"
  /\s*\b[A-Z][A-Z&.]{1,}(?: [A-Z][A-Z&.]+)?\/[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}\s*$/u,
  // "[File: Daniel Becerril/Reuters]", "[Edgard Garrido/Reuters]"
  /\s*\[(?:File(?: photo)?:\s*)?[^\][\n]{1,80}\/[^\][\n]{1,40}\]/i,
  // "(Getty Images)", "(AFP via Getty Images)"
  /\s*\((?:[^()\n]{1,60}\/)?(?:[^()\n]{0,40}\bvia )?Getty Images\)/,
];

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

/** Cuts credits from a line, returning what is left and what was cut. */
function cutCredits(line: string): { rest: string; cut: string[] } {
  const cut: string[] = [];
  let rest = line;
  for (const pattern of INLINE_CREDITS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    rest = rest.replace(global, (match) => {
      cut.push(match.trim());
      return '';
    });
  }
  return { rest: rest.trimEnd(), cut };
}

function classify(line: string): LineVerdict | null {
  if (!line.trim()) return 'blank';
  if (!/\p{L}/u.test(line)) return 'symbols';
  if (MENU_LINES.test(line.trim())) return 'menu';
  if (LAYOUT_CLASS.test(line)) return 'layout';
  if (REPORTING_CREDIT.test(line.trim()) || /^(copyright\b|©|\(c\)\s*\d{4})/i.test(line.trim())) return 'credit';
  if (DATE_LINE.test(line.trim())) return 'date';
  return null;
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

  for (const original of input) {
    if (related) {
      lines.push({ text: original, verdict: original.trim() ? 'related' : 'blank' });
      continue;
    }
    const trimmed = original.trim();
    if (RELATED_HEADINGS.test(trimmed)) {
      related = true;
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
    const { rest, cut } = cutCredits(original);
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
