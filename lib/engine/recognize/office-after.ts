/**
 * Reads the public body a person is placed in after their name or title, in lower case: "Mr Tomas
 * Zeron of the attorney general's office", "the director of the agency's competition bureau", "the
 * governor of the central bank". The body makes an office of a head that needs one ("director").
 */
import { JURISDICTION_HEADS } from '../lexicon/offices';
import { GOVERNMENT_BODIES } from '../lexicon/organizations';
import type { Token } from '../nlp';
import type { StatedRole } from './sightings';
import { placeCountry } from '../lexicon/gazetteer';
import { administrativeAreaEnd } from './titles';
import { BREAKING_POST } from './words';

/** Lower-case nouns that end the name of a public body: "office", "ministry", "competition bureau", "central bank". */
function endsBody(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return GOVERNMENT_BODIES.has(t.lower) || t.lower === 'government' || t.lower === 'secretariat' || (t.lower === 'bank' && tokens[k - 1]?.lower === 'central');
}

/**
 * "of the prosecutor's office", "of the agency's competition bureau", "of the central bank": where
 * a lower-case body's name that follows `of` at token k ends (exclusive), or -1.
 */
export function lowercaseBodyAfter(tokens: Token[], k: number): number {
  const of = tokens[k];
  if (!of || of.lower !== 'of') return -1;
  let m = k + 1;
  if (tokens[m]?.lower === 'the') m++;
  const start = m;
  for (; m < Math.min(tokens.length, start + 5); m++) {
    const t = tokens[m]!;
    if (t.capital || t.sentence !== of.sentence) return -1;
    // ("the agency's competition bureau": the agency owns the body named after it.)
    if (endsBody(tokens, m) && !t.possessive) return m + 1;
    if (BREAKING_POST.test(t.post) || t.tags.has('Verb')) return -1;
  }
  return -1;
}

/**
 * "of Dawro zone", "of the Souss region": where an area a head's office serves, named after `of` at
 * token k by its kind in lower case (`administrativeAreaEnd`), ends (exclusive); after the head of a
 * place's office (`JURISDICTION_HEADS`: "the mayor of Lamego,"), any capitalised name set off after
 * it. -1 where none follows.
 */
export function areaAfter(tokens: Token[], k: number, head: string): number {
  const of = tokens[k];
  if (of?.lower !== 'of') return -1;
  const start = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const area = administrativeAreaEnd(tokens, start, tokens.length);
  if (area > 0 && !tokens[area - 1]!.capital) return area;
  if (!JURISDICTION_HEADS.has(head) || start !== k + 1) return -1;
  for (let m = start; m < start + 3 && tokens[m]?.capital && tokens[m]!.sentence === of.sentence && !tokens[m]!.possessive; m++)
    if (BREAKING_POST.test(tokens[m]!.post)) return m + 1;
  return -1;
}

/** "for the state of Chihuahua", "in Nairobi": the country of a place named right after a body, or null. */
function placeAfter(tokens: Token[], k: number): string | null {
  if (!tokens[k] || !/^(for|of|in|from)$/.test(tokens[k]!.lower)) return null;
  let m = k + 1;
  if (tokens[m]?.lower === 'the') m++;
  if (/^(state|province|city|region|county|district)$/.test(tokens[m]?.lower ?? '') && tokens[m + 1]?.lower === 'of') m += 2;
  const words: string[] = [];
  while (tokens[m]?.capital && words.length < 3 && tokens[m]!.sentence === tokens[k]!.sentence) {
    words.push(tokens[m]!.word);
    if (BREAKING_POST.test(tokens[m]!.post)) break;
    m++;
  }
  return words.length ? (placeCountry(words.join(' ')) ?? words.map(placeCountry).find((c) => c) ?? null) : null;
}

/** After a name: "of the prosecutor's office" places a person in a public body, whose official they are. */
export function officeAfter(tokens: Token[], last: number, text: string): StatedRole | null {
  if (BREAKING_POST.test(tokens[last]!.post)) return null;
  const end = lowercaseBodyAfter(tokens, last + 1);
  if (end < 0) return null;
  // The body alone is no role: "prosecutor's office" → "official of the prosecutor's office".
  return { title: `official ${text.slice(tokens[last + 1]!.start, tokens[end - 1]!.end)}`, country: placeAfter(tokens, end) };
}

/**
 * The place an official's name is "of", written straight after it: "King Abdullah of Jordan", "Senator
 * Ann Hale of Texas". Its country, or null (for "of the ruling party", or after a comma).
 */
export function placeOfAfter(tokens: Token[], last: number): string | null {
  if (!/^\s+$/.test(tokens[last]!.post) || tokens[last + 1]?.lower !== 'of') return null;
  return placeAfter(tokens, last + 1);
}

/** Words that open a relative clause. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * Where a person is from, as the words after their name say: ", a Republican from South Carolina",
 * ", R-S.C.,", "(D-Calif.)" (the party and state of a US lawmaker). The country, or null.
 */
export function originAfter(tokens: Token[], last: number): string | null {
  const name = tokens[last]!;
  if (!/^\s*[,(]\s*$/.test(name.post)) return null;
  const next = tokens[last + 1];
  // "Sen. Lindsey Graham, R-S.C.," — a party's initial, a hyphen and a state.
  if (next && /^[RDI]$/.test(next.word) && next.post === '-') return 'US';
  for (let k = last + 1; k < Math.min(tokens.length, last + 10) && tokens[k]!.sentence === name.sentence; k++) {
    const t = tokens[k]!;
    // "…, who has been in power since independence from Britain": a clause says what they did, not where they are from.
    if (RELATIVE_PRONOUNS.has(t.lower) || t.tags.has('Verb')) break;
    if (t.lower === 'from' && tokens[k + 1]?.capital) return placeAfter(tokens, k);
    if (BREAKING_POST.test(t.post)) break;
  }
  return null;
}
