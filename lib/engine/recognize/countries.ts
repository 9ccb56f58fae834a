/** Reads the country a title or a name carries: "US …", "Mexico's …", "a Mexican government communique …". */
import { countryOf, isDemonym } from '../lexicon/countries';
import { OFFICE_HEADS } from '../lexicon/offices';
import type { Token } from '../nlp';
import { BREAKING_POST } from './words';

/** The country a phrase's leading words name, and how many words that took: "US", "United States", "Mexican". */
export function leadingCountry(tokens: Token[], from: number, to: number): { country: string; words: number } | null {
  for (const n of [3, 2, 1]) {
    if (from + n > to) continue;
    const phrase = tokens
      .slice(from, from + n)
      .map((t) => t.word)
      .join(' ');
    const country = countryOf(phrase);
    if (country) return { country, words: n };
  }
  return null;
}

/** The country a phrase of one to three words ending at token i names: "Mexico", "South Korea", "United States". */
export function countryEndingAt(tokens: Token[], i: number): string | null {
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(Math.max(0, i - n + 1), i + 1);
    if (words.length < n || words.some((t) => t.sentence !== tokens[i]!.sentence) || words.slice(0, -1).some((t) => t.possessive)) continue;
    const country = countryOf(words.map((t) => t.word).join(' '));
    if (country) return country;
  }
  return null;
}

/** A country written just before a phrase: "Mexico's Navy Secretary", "South Korea's acting President". */
export function countryBefore(tokens: Token[], from: number): string | null {
  const prev = tokens[from - 1];
  if (!prev || prev.sentence !== tokens[from]!.sentence) return null;
  if (prev.possessive) return countryEndingAt(tokens, from - 1);
  if (/^(the|his|her|its)$/.test(prev.lower)) return countryOf(prev.word);
  return null;
}

/**
 * A demonym a few words earlier in the sentence: "a Mexican government communique showed Secretary
 * of Defense Salvador Cienfuegos". Country names are not read, since datelines open sentences too.
 */
export function demonymBefore(tokens: Token[], from: number): string | null {
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= Math.max(0, from - 8) && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (BREAKING_POST.test(t.post) && k < from - 1) break;
    // "Mexican President Enrique Pena Nieto met Homeland Security Secretary John Kelly": the demonym
    // belongs to the other title.
    if (t.capital && OFFICE_HEADS.has(t.lower)) break;
    const country = countryOf(t.word);
    if (country && isDemonym(t.word)) return country;
  }
  return null;
}
