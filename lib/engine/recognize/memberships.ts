/**
 * Seats in a legislature stated after a name, which no office head says: "X, a member of
 * parliament,", "X, a deputy in the National Assembly,", "X, a Labour Party member of the Storting,", "X, a deputy of the Regional Maslikhat,", "X, a member of Iraq's Council of Representatives from the PUK,", "X, the co-leader
 * of the Left Party and a member of the Bundestag,"; and a legislator's constituency after "for",
 * which is no part of the title's grammar ("the Labour MP for Bristol West").
 */
import { bodyOf } from '../lexicon/bodies';
import { countryOf } from '../lexicon/countries';
import { placeCountry } from '../lexicon/gazetteer';
import { LEGISLATOR_HEADS, LEGISLATURE_COUNTRIES, LEGISLATURE_WORDS } from '../lexicon/offices';
import { INSTITUTION_COUNTRIES } from '../lexicon/organizations';
import type { Token } from '../nlp';
import type { StatedRole } from './sightings';
import { BREAKING_POST } from './words';

/** A seat's word before "of" (or "in") and a legislature: "a member of parliament", "a deputy of the Regional Maslikhat". */
const SEAT_WORDS = new Set(['member', 'deputy']);

/** How far after the comma "member of" may stand: past a first apposition joined by "and". */
const SEAT_REACH = 14;

/** The legislature named from token k ("the Bundestag", "Iraq's Council of Representatives", "parliament"): its end (exclusive) and country, or null. */
function legislatureAt(tokens: Token[], k: number): { end: number; country: string | null } | null {
  const sentence = tokens[k]?.sentence;
  let m = tokens[k]?.lower === 'the' ? k + 1 : k;
  let country: string | null = null;
  // "Iraq's Council of Representatives", "the country's parliament": an owner before it.
  if (tokens[m]?.possessive) country = countryOf(tokens[m++]!.word);
  const from = m;
  const words: Token[] = [];
  for (; tokens[m] && tokens[m]!.sentence === sentence; m++) {
    const t = tokens[m]!;
    const inner = (t.lower === 'of' || t.lower === 'the') && words.length > 0 && tokens[m + 1]?.capital;
    // "the Kenyan parliament", "the National Assembly": capitalised words, or one lower-case legislature.
    if (!(t.capital || inner || (LEGISLATURE_WORDS.has(t.lower) && !words.length) || (countryOf(t.word) && !words.length))) break;
    words.push(t);
    if (BREAKING_POST.test(t.post) || (!t.capital && !inner)) {
      m++;
      break;
    }
  }
  const phrase = words.map((t) => t.lower).join(' ');
  if (!words.some((t) => LEGISLATURE_WORDS.has(t.lower)) && !LEGISLATURE_WORDS.has(phrase)) return null;
  const name = words.map((t) => t.word).join(' ');
  country ??=
    bodyOf(name) ??
    INSTITUTION_COUNTRIES.get(phrase) ??
    (words.map((t) => countryOf(t.word) ?? LEGISLATURE_COUNTRIES.get(t.lower) ?? INSTITUTION_COUNTRIES.get(t.lower)).find((c) => c) || null) ??
    null;
  return { end: from + words.length, country };
}

/**
 * The seat an apposition after a name states: "member of" a legislature (`LEGISLATURE_WORDS`), as the
 * apposition's head or after "and" in it, or the legislature a relative clause says the person
 * represents a place in ("who represents … in the House of …"). The title is the words as written ("member of the
 * Bundestag"); its country is the owner's, the body's or the legislature's own, or null for the
 * story to give. `last` is the name's last token, or its caption marker's ("(right)").
 */
export function seatAfter(tokens: Token[], last: number, text: string): StatedRole | null {
  if (!/^\)?\s*,\s*$/.test(tokens[last]!.post)) return null;
  const limit = Math.min(tokens.length, last + 1 + SEAT_REACH);
  for (let k = last + 1; k < limit && tokens[k]!.sentence === tokens[last]!.sentence; k++) {
    const t = tokens[k]!;
    if (k === last + 2 && t.lower === 'represents' && tokens[k - 1]!.lower === 'who') return representedIn(tokens, k + 1, text);
    // "a member of …", "a deputy of …", and a party's name between: "a Labour Party member of the Storting".
    let a = k - 1;
    while (a > last + 1 && k - a <= 4 && tokens[a]!.capital && !BREAKING_POST.test(tokens[a]!.post)) a--;
    const article = tokens[a];
    const opens = a === last + 1 || (a >= last + 2 && tokens[a - 1]!.lower === 'and');
    // ("a deputy in the National Assembly": "in" as well as "of" before the legislature.)
    if (SEAT_WORDS.has(t.lower) && /^(of|in)$/.test(tokens[k + 1]?.lower ?? '') && opens && /^(a|an|the)$/.test(article?.lower ?? '')) {
      const legislature = legislatureAt(tokens, k + 2);
      if (!legislature) return null;
      return { title: text.slice(t.start, tokens[legislature.end - 1]!.end), country: legislature.country };
    }
    if (BREAKING_POST.test(t.post)) return null;
  }
  return null;
}

/** How far after "who represents" the legislature may be named: past the constituency ("a Dawro constituency"). */
const REPRESENTS_REACH = 12;

/**
 * "X, who represents a Dawro constituency in the House of Peoples' Representatives,": a seat in the
 * legislature named after "in", read from token `from` after "represents". Its title says the seat
 * ("member of the House of Peoples' Representatives"); null where no legislature (`LEGISLATURE_WORDS`)
 * follows "in" before the clause ends.
 */
function representedIn(tokens: Token[], from: number, text: string): StatedRole | null {
  for (let m = from; m < Math.min(tokens.length, from + REPRESENTS_REACH) && tokens[m]!.sentence === tokens[from]!.sentence; m++) {
    const legislature = tokens[m]!.lower === 'in' ? legislatureAt(tokens, m + 1) : null;
    if (legislature) return { title: `member of ${text.slice(tokens[m + 1]!.start, tokens[legislature.end - 1]!.end)}`, country: legislature.country };
    if (BREAKING_POST.test(tokens[m]!.post)) return null;
  }
  return null;
}

/**
 * Where a legislator's title ends before the constituency it names after "for" ("Labour MP for
 * Bristol West", "Member of Parliament for Bulawayo Central" → before "for"), or -1; and the constituency's country where the gazetteer knows it.
 */
export function constituencyAt(tokens: Token[], from: number, end: number): { at: number; country: string | null } {
  for (let k = from + 1; k < end - 1; k++) {
    // ("Member of Parliament for Bulawayo Central": a legislature's name before "for", after a seat's "Member".)
    const seat = LEGISLATURE_WORDS.has(tokens[k - 1]!.lower) && tokens.slice(from, k).some((t) => t.capital && t.lower === 'member');
    if (tokens[k]!.lower !== 'for' || !(LEGISLATOR_HEADS.has(tokens[k - 1]!.lower) || seat) || !tokens[k + 1]!.capital) continue;
    const places = tokens.slice(k + 1, end).map((t) => placeCountry(t.word));
    return { at: k, country: places.find((c) => c) ?? null };
  }
  return { at: -1, country: null };
}
