/** Reads single tokens: whether a capitalised word may stand in a name, whether two words run on, and the shape of a person's name. */
import { countryOf, isSubnational } from '../lexicon/countries';
import { ABBREVIATIONS, DESCRIPTOR_NOUNS, FUNCTION_WORDS, NAME_PARTICLES, NOT_NAME_HALVES, SENTENCE_OPENERS } from '../lexicon/grammar';
import { LEGISLATOR_HEADS, OFFICE_HEADS } from '../lexicon/offices';
import { ORG_SUFFIXES, PRIVATE_BODY_ENDS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { EVENTS, VENUES } from '../lexicon/places';
import type { Token } from '../nlp';

export const OPEN_QUOTE = /["“‘']\s*$/;
export const CLOSE_QUOTE = /^\s*["”’']/;
export const BREAKING_POST = /[,;:()[\]"“”‘’!?—–|/]|\s-\s|\s-$/;
export const BREAKING_PRE = /[(["“‘]/;

/** A legislator's head written as capitals: "MP", "MEP", "MLA", "TD". */
export function legislatorAbbreviation(t: Token): boolean {
  return LEGISLATOR_HEADS.has(t.lower) && /^\p{Lu}{2,3}$/u.test(t.word);
}

/** Whether a token joins two names or titles: "and", or "&". */
export function isAnd(t: Token): boolean {
  return t.lower === 'and' || t.lower === '&';
}

export function isTitleCaseWord(t: Token): boolean {
  // (No digit: "GMT+5", "G7" are no one's name.)
  return t.capital && /\p{L}/u.test(t.word) && !/\d/.test(t.word);
}

/** Whether a capitalised token may stand in a name, rather than being capitalised by grammar alone. */
export function nameable(t: Token): boolean {
  if (!isTitleCaseWord(t)) return false;
  if (t.tags.has('Month') || t.tags.has('WeekDay')) return false;
  if (t.word === 'I') return false;
  // Capitals opening a sentence are initials, not grammar: "WHO Director-General …".
  const initials = /^\p{Lu}{2,}$/u.test(t.word);
  if (t.first && !initials && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Acronym')) {
    for (const tag of ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Verb', 'Adverb', 'Adjective', 'Plural', 'QuestionWord', 'Value']) {
      if (t.tags.has(tag)) return false;
    }
  }
  return true;
}

/** Whether a word ends on an abbreviation's full stop that does not end the name: "F.", "Mr.", "U.S.". */
export function abbreviated(t: Token): boolean {
  return t.word.length === 1 || ABBREVIATIONS.has(t.lower) || /^(\p{Lu}\.)+$/u.test(t.word);
}

/** Whether a phrase continues from token a to token b without punctuation between. */
export function joined(a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence || a.possessive) return false;
  if (BREAKING_PRE.test(b.pre)) return false;
  if (BREAKING_POST.test(a.post)) return false;
  if (a.post.includes('.') && !abbreviated(a)) return false;
  // "… in a post on X. The union said": after an initial's full stop, "The" or "He" opens a sentence.
  // (By the word: the tagger reads "X. The American Civil Liberties Union" as one organisation.)
  if (a.post.includes('.') && SENTENCE_OPENERS.has(b.lower)) return false;
  if (a.post.includes('\n')) return false;
  return true;
}

export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

export function isPlaceWord(t: Token): boolean {
  return t.tags.has('Place') || t.tags.has('Region') || t.tags.has('City') || isSubnational(t.word);
}

/** A person name is a few capitalised words that are not office or organisation words. */
export function looksLikePersonName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 6) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // (A particle opens a name too, capitalised before the rest of it: "Le Quoc Bao", "De Luca".)
    if (NAME_PARTICLES.has(t.lower) && (k > from || (n >= 2 && /^\p{Lu}\p{Ll}+$/u.test(t.word) && isTitleCaseWord(tokens[k + 1]!)))) continue;
    // The lower-case half of a hyphenated given name: "Sang-mok".
    if (k > from && tokens[k - 1]!.post === '-' && /^\p{Ll}{1,4}$/u.test(t.word)) continue;
    if (!isTitleCaseWord(t)) return false;
    // "Without Borders" is no one's name: people's names hold no capitalised prepositions.
    // (By compromise's tags only for a word English could have: "Lê" of "Lê Quốc Bảo" is folded to "le" before it is tagged.)
    const english = /^[a-z]+$/.test(t.lower);
    if (FUNCTION_WORDS.has(t.lower) || (english && (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Determiner')))) return false;
    if (ORG_SUFFIXES.has(t.lower) || OFFICE_HEADS.has(t.lower) || VENUES.has(t.lower) || EVENTS.has(t.lower)) return false;
    if (countryOf(t.word) && n === 1) return false;
    // "Kericho governor, Treasury clash", "the Consumer Justice Project": a body's last word alone is no one's name.
    if (n === 1 && (PUBLIC_BODY_ENDS.has(t.lower) || PRIVATE_BODY_ENDS.has(t.lower))) return false;
    // Capitals are an acronym, not a name, except initials run together before a surname: "JD Vance".
    const initials = k === from && n >= 2 && /^\p{Lu}{2}$/u.test(t.word) && !countryOf(t.word) && /\p{Ll}/u.test(tokens[k + 1]!.word);
    if (/^\p{Lu}{2,}$/u.test(t.word) && !initials) return false;
  }
  return true;
}

/**
 * Whether the word before token k ends a name listed with a comma, in k's sentence: "TVN24," of
 * "TVN24, TVP Info and Polsat News", "Kanal 9," (a name may end in a number). After such a word, the
 * last two names of the list, joined by "and", are two.
 */
export function listedAfterComma(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && /^[\p{Lu}\d]/u.test(before.word) && before.post.trim() === ',' && before.sentence === tokens[k]?.sentence;
}

/**
 * Whether token k is a trade opening its sentence before a capitalised word, and so no part of the
 * name after it: "Rival Pellar Systems fell", "Chipmaker Corvana said", "Striker Ana Vidal scored".
 */
export function tradeBeforeName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.first && DESCRIPTOR_NOUNS.has(t.lower) && !!tokens[k + 1]?.capital;
}

/**
 * Whether token t is the lower-case second half of a given name after a hyphen: "mok" of "Choi
 * Sang-mok", "un" of "Kim Jong-un" (not "held" of "Houthi-held" nor "era" of "Soviet-era").
 */
export function nameHalf(prev: Token, t: Token): boolean {
  return prev.post === '-' && prev.capital && /^\p{Ll}{1,4}$/u.test(t.word) && !t.tags.has('Verb') && !t.tags.has('Adjective') && !NOT_NAME_HALVES.has(t.lower);
}

/**
 * The lower-case word right before a name, hyphens kept, looking back at most 24 characters: what
 * kind of body the story says it is ("lender" of "the online lender Plumbly", "start-up" of "the
 * start-up Vela"); undefined where none stands there.
 */
export function kindBefore(text: string, start: number): string | undefined {
  return /(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
}
