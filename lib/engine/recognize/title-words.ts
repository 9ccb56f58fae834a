/**
 * The words of a title one at a time: its head ("Minister", "Sen.", "Sgt", "PM", "Commissioners"),
 * the abbreviated words that qualify it ("Det", "Ch"), and the title as a profile writes it, with
 * abbreviations written out and a plural head made singular ("Det Supt" → "Detective
 * Superintendent", "Commissioners" → "Commissioner", "Interior CS" → "Interior Cabinet Secretary").
 */
import { honorificLength } from '../lexicon/honorifics';
import { ABBREVIATED_HEADS, ABBREVIATED_MODIFIERS, INITIALISM_HEADS, LEGISLATURE_WORDS, OFFICE_HEADS, PORTFOLIO_WORDS } from '../lexicon/offices';
import type { Token } from '../nlp';
import { isAcronym } from './acronyms';
import { isAnd, joined } from './words';

/** A head word read off a token: the head in lower case as the lexicon lists it, and how it was written. */
export interface HeadWord {
  /** "senator" for "Sen.", "prime minister" for "PM", "commissioner" for "Commissioners". */
  head: string;
  /** The head as a profile writes it, where the text abbreviates it or makes it plural. */
  written?: string;
  plural: boolean;
}

/** Whether a name or a title goes on after token k: the next word is capitalised and runs on. */
function capitalFollows(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && next.capital && joined(tokens[k]!, next);
}

/** Whether an abbreviation stands at k: with its full stop ("Sen."), or without one before a capitalised word ("Sgt Mark Bell"). */
function abbreviationAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.capital) return false;
  // Without the full stop only in title case, before a word of two letters or more: "Sgt Mark Bell",
  // not "SEC Chair" (an acronym) nor "Gen Z".
  const next = tokens[k + 1];
  return t.post.startsWith('.') || (/^\p{Lu}\p{Ll}+$/u.test(t.word) && capitalFollows(tokens, k) && !!next && next.word.length >= 2);
}

/** "Commissioners" → "commissioner", "Secretaries" → "secretary": the office a plural head names, or null. */
export function singularHead(lower: string): string | null {
  if (!lower.endsWith('s')) return null;
  for (const form of [lower.replace(/ies$/, 'y'), lower.replace(/s$/, '')]) if (form !== lower && OFFICE_HEADS.has(form)) return form;
  return null;
}

/**
 * Whether the capitalised words after token k are a list of names: the first ends at a comma or "and"
 * that another capitalised word follows ("Lee and Bo Park", "Clinton, Yeltsin and Chirac").
 */
function namesListedAfter(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j]?.capital && tokens[j]!.sentence === tokens[k]!.sentence && !tokens[j]!.post.includes(',')) j++;
  const end = tokens[j];
  if (!end || end.sentence !== tokens[k]!.sentence) return false;
  const listed = end.capital ? end.post.includes(',') : isAnd(end);
  return listed && !!tokens[j + 1]?.capital;
}

/** Whether token k follows a capitalised portfolio word in the same phrase: "Treasury CS", "Interior PS". */
function closesPortfolio(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.capital && PORTFOLIO_WORDS.has(before.lower) && joined(before, tokens[k]!);
}

/**
 * "Member of Parliament", "Member of the National Assembly", "Member of Congress": a capitalised
 * "Member" whose "of" names a legislature (`LEGISLATURE_WORDS`, the last word of its name within
 * four words) heads a title, as "MP" does; a member of anything else ("Member of the Board") does not.
 * So does "member" right after a capitalised "Council", before a name.
 */
function seatTitleAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // "Council member Ann Lee", "City Council Member Bo Park": a seat on a council, as "councilmember".
  const council = tokens[k - 1];
  if (t.lower === 'member' && council?.lower === 'council' && council.capital && joined(council, t) && !!tokens[k + 1]?.capital) return true;
  if (t.lower !== 'member' || !t.capital || tokens[k + 1]?.lower !== 'of') return false;
  for (let m = k + 2; m < Math.min(tokens.length, k + 6); m++) {
    const word = tokens[m]!;
    if (!word.capital && word.lower !== 'the') return false;
    if (LEGISLATURE_WORDS.has(word.lower)) return true;
  }
  return false;
}

/** Nouns of an office's doer: "Valuer", "Statistician", "Chemist", "Printer", "Actuary", "Analyst". */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ian|ary|ant)$/u;

/**
 * "Government Statistician", "Chief Government Valuer", "Public Protector", "Public Defender": the
 * public offices named for what their holder does, a capitalised doer's noun right after a
 * capitalised "Government" or "Public" ("Government Buildings", "Public Works" are no offices).
 */
function governmentAgentAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    !!before && (before.lower === 'government' || before.lower === 'public') && before.capital && joined(before, tokens[k]!) && AGENT_NOUN.test(tokens[k]!.word)
  );
}

/** The head of a title at token k, or null: an office noun, its plural before a name, or an abbreviation of one. */
export function headWordAt(tokens: Token[], k: number): HeadWord | null {
  const t = tokens[k]!;
  const w = t.lower;
  if (OFFICE_HEADS.has(w)) return { head: w, plural: false };
  if (seatTitleAt(tokens, k) || governmentAgentAt(tokens, k)) return { head: w, plural: false };
  const abbreviated = ABBREVIATED_HEADS.get(w);
  if (abbreviated && abbreviationAt(tokens, k)) {
    const plural = w.endsWith('s') && abbreviated.endsWith('s');
    const written = plural ? abbreviated.slice(0, -1) : abbreviated;
    return { head: written.toLowerCase(), written, plural };
  }
  // Initials in capitals: "PM Ann Lee", "Utah AG Derek Lund", or closing a portfolio: "is now Treasury CS".
  const initialism = INITIALISM_HEADS.get(w);
  // (Not after a clock's time: "4:12 PM GMT".)
  const clock = /^\d{1,2}(?:[:.]\d{2})?$/.test(tokens[k - 1]?.word ?? '') && /^(am|pm)$/.test(w);
  // (Not before another title's head: "PC MHA Ann Lee", "DA MP Bo Park" name a party, the Progressive
  // Conservatives or the Democratic Alliance, not a police constable or a district attorney.)
  const ownerOfHead = !!tokens[k + 1]?.capital && OFFICE_HEADS.has(tokens[k + 1]!.lower);
  if (initialism && !clock && !ownerOfHead && /^\p{Lu}+$/u.test(t.word) && (capitalFollows(tokens, k) || closesPortfolio(tokens, k)))
    return { head: initialism.toLowerCase(), written: initialism, plural: false };
  // "Commissioners Ann Lee and Bo Park": a plural head right before names, two or more ("Queens Park
  // Rangers" is one name, a club's).
  const singular = t.capital ? singularHead(w) : null;
  if (singular && capitalFollows(tokens, k) && namesListedAfter(tokens, k))
    return { head: singular, written: t.word.replace(/ies$/, 'y').replace(/s$/, ''), plural: true };
  return null;
}

/** An abbreviated word that qualifies a title, written out ("Det" → "Detective"), or null. */
export function modifierAt(tokens: Token[], k: number): string | null {
  const written = ABBREVIATED_MODIFIERS.get(tokens[k]!.lower);
  return written && abbreviationAt(tokens, k) ? written : null;
}

/** How many tokens from k are honorifics before a name: "Tun Dr", "Datuk Seri", "His Excellency". */
export function honorificsAt(tokens: Token[], k: number, to: number): number {
  return honorificLength(
    tokens.slice(k, to).map((t) => t.word),
    0,
  );
}

/**
 * A title as a profile writes it, from token `from` to `end` (exclusive): abbreviations written out,
 * a plural head singular, and the tokens in `skip` left out ("Former U.S. President" → "Former
 * President", the country going to the role's country).
 */
export function renderTitle(text: string, tokens: Token[], from: number, end: number, skip?: { from: number; to: number }): string {
  let out = '';
  let previousExpanded = false;
  for (let k = from; k < end; k++) {
    if (skip && k >= skip.from && k < skip.to) continue;
    const t = tokens[k]!;
    const head = headWordAt(tokens, k);
    const written = head?.written ?? modifierAt(tokens, k) ?? null;
    if (out) {
      const previous = tokens[k - 1]!;
      const gap = skip && k === skip.to ? ' ' : text.slice(previous.end, t.start);
      out += previousExpanded ? gap.replace(/^\./, '') : gap;
    }
    out += written ?? text.slice(t.start, t.end);
    previousExpanded = written !== null;
  }
  // "Joint Secretary (Disaster Management": the bracket the portfolio opened is closed.
  if ((out.match(/\(/g)?.length ?? 0) > (out.match(/\)/g)?.length ?? 0) && tokens[end - 1]?.post.startsWith(')')) out += ')';
  return out.replace(/\s+/g, ' ').trim();
}

/** An abstract noun by its shape, as portfolios are named: "Management", "Planning", "Welfare". */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ing|ment|tion|sion|ture|fare|ism|ity|ry|ance|ence)$/u;

/**
 * Where a portfolio in brackets right after a title's head ends (exclusive), or -1: "Joint Secretary
 * (Disaster Management)", "Additional Director General (Prisons)". Capitalised words, at most four,
 * none of them initials (bracketed initials spell the title or its body: `spellsTitle`), the last a
 * portfolio's word or an abstract noun: "Auditor General (Riksrevisjonen)" is the office's name in
 * another language.
 */
export function bracketedPortfolioEnd(tokens: Token[], k: number, to: number): number {
  if (!tokens[k]!.pre.includes('(')) return -1;
  for (let m = k; m < to && m < k + 4; m++) {
    const t = tokens[m]!;
    if (!t.capital || isAcronym(t.word) || (m > k && !joined(tokens[m - 1]!, t))) return -1;
    if (t.post.startsWith(')')) return PORTFOLIO_WORDS.has(t.lower) || ABSTRACT_NOUN.test(t.word) ? m + 1 : -1;
  }
  return -1;
}
