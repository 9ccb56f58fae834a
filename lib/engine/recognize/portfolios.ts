/**
 * The portfolio words before a title's head that no list holds: read by their shape ("Shipping
 * Minister"), as any capitalised words before "Minister" ("Insular Policy Minister"), and across
 * "and" ("Maritime Affairs and | Insular Policy Minister").
 */
import { countryOf } from '../lexicon/countries';
import { ORG_HEADS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { HEAD_QUALIFIERS, PORTFOLIO_WORDS } from '../lexicon/offices';
import type { Token } from '../nlp';
import { headWordAt } from './title-words';
import { BREAKING_POST, isAnd, isPlaceWord, joined } from './words';

/** Whether compromise reads the word as a person's name. */
export function personTagged(t: Token): boolean {
  return t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
}

/**
 * A capitalised abstract noun right before a title's head names its portfolio, by its shape: "Shipping
 * Minister", "Employment Minister", "Aviation Secretary" (-ing, -ment, -tion, -ture, -ism, -ity, -ry);
 * not a person's or a place's name ("Fleming Minister" is no office).
 */
export function portfolioNoun(tokens: Token[], k: number, to: number, head: string): boolean {
  const t = tokens[k]!;
  if (head || !t.capital || k + 1 >= to) return false;
  if (headWordAt(tokens, k + 1) && joined(t, tokens[k + 1]!) && portfolioShaped(t)) return true;
  return ministersPortfolio(tokens, k, to);
}

/** How many capitalised words a minister's portfolio runs to before "Minister" ("Insular Policy"). */
const MINISTERS_PORTFOLIO_WORDS = 3;

/**
 * One to three capitalised words right before "Minister", itself capitalised, name the minister's
 * portfolio, whatever the words: "Asylum Minister", "Preparedness Minister", "Insular Policy
 * Minister". None is a person's name ("Reyes Minister" is no office), a head or its qualifier, or one
 * of a body's or an organisation's words (those are read as a body's, as before); the first does not
 * open its sentence ("Meanwhile Minister …"), unless a portfolio's word follows it ("Maritime Affairs
 * Minister …").
 */
function ministersPortfolio(tokens: Token[], k: number, to: number): boolean {
  for (let j = k; j < Math.min(to - 1, k + MINISTERS_PORTFOLIO_WORDS); j++) {
    const [t, next] = [tokens[j]!, tokens[j + 1]!];
    if (!joined(t, next) || !portfolioWordShape(t) || headWordAt(tokens, j) || HEAD_QUALIFIERS.has(t.lower)) return false;
    if (next.lower === 'minister' && next.capital) return !tokens[k]!.first || j > k;
  }
  return false;
}

/**
 * Whether a capitalised word right before a portfolio's word is part of the portfolio: of a
 * portfolio's shape, and no date, adverb or function word ("Maritime" of "Maritime Affairs", not
 * "Greek" of "Greek Foreign", nor "Yesterday").
 */
function describesPortfolio(t: Token, next: Token): boolean {
  if (!t.capital || !joined(t, next) || t.possessive || !portfolioWordShape(t)) return false;
  return !NOT_PORTFOLIO_TAGS.some((tag) => t.tags.has(tag));
}

/** compromise's tags of words that describe no portfolio: "Yesterday", "Then", "The". */
const NOT_PORTFOLIO_TAGS = ['Date', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'];

/**
 * A capitalised word of a portfolio's shape: no person's name, no place's or country's (a country
 * before a title is its jurisdiction: "Zairean Prime Minister"), and no body's or organisation's word.
 */
function portfolioWordShape(t: Token): boolean {
  if (personTagged(t) || isPlaceWord(t) || countryOf(t.word) !== null) return false;
  return !PUBLIC_BODY_ENDS.has(t.lower) && !ORG_HEADS.has(t.lower) && /^\p{Lu}\p{Ll}{2,}$/u.test(t.word);
}

/**
 * A capitalised abstract noun, by its shape (-ing, -ment, -tion, -ture, -ism, -ity, -ry), that is no
 * person's or place's name and no public body's word: "Electricity", "Shipping" (not "Parliament" of
 * "Speaker of Parliament", which is a body).
 */
export function portfolioShaped(t: Token): boolean {
  // (compromise tags every word before a name a person's: "Irrigation" of "… Water and Irrigation
  // Khaled Obeidat"; a given name or a surname it knows as such is one.)
  if (!t.capital || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Place') || PUBLIC_BODY_ENDS.has(t.lower) || ORG_HEADS.has(t.lower))
    return false;
  return /^\p{Lu}\p{Ll}{3,}(?:ing|ment|tion|ture|ism|ity|ry)$/u.test(t.word);
}

/**
 * Whether token i, before `to`, is a word of a portfolio's: one of the lists' ("Finance", "Lands"), one
 * of a portfolio's shape ("Resettlement"), or a word the lists lack right before one of that shape
 * ("Rural" of "Rural Resettlement", "Investment" of "Investment Promotion"; not "Bulawayo" of
 * "Bulawayo Central", a constituency).
 */
export function portfolioWordAt(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i];
  if (!t?.capital || t.lower === 'the') return false;
  if (PORTFOLIO_WORDS.has(t.lower) || portfolioShaped(t)) return true;
  return i + 1 < to && describesPortfolio(t, tokens[i + 1]!) && portfolioShaped(tokens[i + 1]!);
}

/**
 * The start of a portfolio list that runs into a title across "and", and the country before it:
 * "Norway's Climate and | Environment Minister …" → the "Climate" token, Norway; "Electricity and |
 * Energy Minister" → "Electricity".
 */
export function coordinatedTitleStart(tokens: Token[], from: number): { start: number; country: string | null } | null {
  const and = tokens[from - 1];
  if (!and || !isAnd(and) || and.sentence !== tokens[from]!.sentence) return null;
  let k = from - 2;
  let start = -1;
  while (
    k >= 0 &&
    tokens[k]!.sentence === and.sentence &&
    tokens[k]!.capital &&
    (PORTFOLIO_WORDS.has(tokens[k]!.lower) || portfolioShaped(tokens[k]!)) &&
    !BREAKING_POST.test(tokens[k]!.post)
  ) {
    start = k;
    k--;
  }
  if (start < 0) return null;
  // "Maritime Affairs and …": a word the lists lack, right before a portfolio's word, is the portfolio's too.
  for (let n = 0; n < 2 && start > 0 && describesPortfolio(tokens[start - 1]!, tokens[start]!); n++) start--;
  const before = tokens[start - 1];
  const country = before && before.sentence === and.sentence && (before.possessive || countryOf(before.word) !== null) ? countryOf(before.word) : null;
  return { start, country };
}
