/** Reads public bodies around a title: "European Central Bank President …", "…, head of the International Atomic Energy Agency". */
import { countryOf, isDemonym } from '../lexicon/countries';
import { GOVERNMENT_OWNERS, LEGISLATOR_HEADS, OFFICE_HEADS } from '../lexicon/offices';
import { INSTITUTIONS, ORG_SUFFIXES, PUBLIC_BANK_WORDS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { fold } from '../names';
import type { TaggedText, Token } from '../nlp';
import { initialsBeforeWord, isAcronym, spelledAsPublicBody } from './acronyms';
import type { Chunk } from './chunks';
import { leadingCountry } from './countries';
import { type NameSighting, nicknameOf, personName } from './sightings';
import { bodyJurisdiction } from './title-bodies';
import { readTitle } from './titles';
import { BREAKING_POST, abbreviated, legislatorAbbreviation, looksLikePersonName, spanText } from './words';

/** How many words end `tokens[from, k)` with "of" and a country: 3 for "of South Africa", 2 for "of Ghana", else 0. */
function ofCountryWords(tokens: Token[], from: number, k: number): number {
  for (const n of [1, 2, 3]) {
    const of = k - n - 1;
    if (of <= from || tokens[of]!.lower !== 'of') continue;
    const place = tokens.slice(of + 1, k);
    if (place.every((t) => t.capital) && countryOf(place.map((t) => t.word).join(' ')) !== null) return n + 1;
  }
  return 0;
}

/**
 * "European Central Bank President Christine Lagarde", "Federal Election Commission Chair X", "Central
 * Bank of Kenya Governor X", "Bank of Ghana Governor X": a public body's name (a bank "of" a country is
 * its central bank), an office in it, and the person who holds it. The body is an organisation too.
 */
export function publicBodyTitle(tagged: TaggedText, chunk: Chunk): NameSighting[] | null {
  const { tokens, text } = tagged;
  const from = tokens[chunk.from]!.lower === 'the' ? chunk.from + 1 : chunk.from;
  for (let k = from + 1; k < chunk.to - 1; k++) {
    const end = tokens[k - 1]!;
    const ofCountry = ofCountryWords(tokens, from, k);
    const body = tokens.slice(from, k - ofCountry);
    const bodyEnd = body.at(-1);
    if (!bodyEnd) continue;
    const isPublic = PUBLIC_BODY_ENDS.has(bodyEnd.lower) || (bodyEnd.lower === 'bank' && (ofCountry > 0 || body.some((t) => PUBLIC_BANK_WORDS.has(t.lower))));
    if (!isPublic || !end.capital || !bodyEnd.capital || !OFFICE_HEADS.has(tokens[k]!.lower)) continue;
    const title = readTitle(tokens, k, chunk.to);
    if (!title || title.end >= chunk.to || !looksLikePersonName(tokens, title.end, chunk.to)) return null;
    const sentence = tokens[from]!.sentence;
    const lead = leadingCountry(tokens, from, k);
    // "US Federal Election Commission": the country is the office's, and no part of the body's name.
    const orgFrom = lead && !isDemonym(tokens[from]!.word) ? from + lead.words : from;
    return [
      { kind: 'organization', name: spanText(text, tokens, orgFrom, k), start: tokens[orgFrom]!.start, end: end.end, sentence },
      {
        kind: 'person',
        name: personName(tagged, title.end, chunk.to, chunk),
        start: tokens[title.end]!.start,
        end: tokens[chunk.to - 1]!.end,
        sentence,
        role: { title: spanText(text, tokens, orgFrom, title.end), country: lead?.country ?? bodyJurisdiction(tokens, orgFrom, k) },
        ...nicknameOf(tagged, chunk),
      },
    ];
  }
  return null;
}

/** "of the International Atomic Energy Agency" right after a head noun: where that body's name ends, or -1. */
export function publicBodyAfter(tokens: Token[], from: number): number {
  let k = from;
  if (tokens[k]?.lower !== 'of') return -1;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  // "of the regency's Public Works Agency", "of the city's Planning Commission": a government's own body.
  const owner = tokens[k];
  if (owner && !owner.capital && owner.possessive && GOVERNMENT_OWNERS.has(owner.lower) && tokens[k + 1]?.capital) k++;
  const start = k;
  // "of the Finance Committee and MP for Asante North": where a body's name was whole before "and".
  let wholeBeforeAnd = -1;
  while (k < tokens.length && (tokens[k]!.capital || (k > start && /^(of|for|and|on)$/.test(tokens[k]!.lower) && tokens[k + 1]?.capital))) {
    if (tokens[k]!.lower === 'and' && wholeBeforeAnd < 0 && tokens[k - 1]!.capital && PUBLIC_BODY_ENDS.has(tokens[k - 1]!.lower)) wholeBeforeAnd = k;
    // (The initials in brackets after it are no part of it: "… Legislative Council (DPRD)".)
    if (tokens[k]!.sentence !== tokens[start]!.sentence || (k > start && tokens[k]!.pre.includes('('))) break;
    // The name ends at punctuation, a sentence's full stop included: "… Board of Supervisors. State Sen. …".
    if (BREAKING_POST.test(tokens[k]!.post) || (tokens[k]!.post.includes('.') && !abbreviated(tokens[k]!))) {
      k++;
      break;
    }
    k++;
  }
  const last = tokens[k - 1];
  // "the Treasury select committee", "the Senate appropriations committee": a body of the named one, in lower case.
  for (let n = 1; k > start && last?.capital && !BREAKING_POST.test(last.post) && n <= 2; n++) {
    const words = tokens.slice(k, k + n);
    if (words.length === n && words.every((t) => !t.capital && t.sentence === last.sentence) && PUBLIC_BODY_ENDS.has(words.at(-1)!.lower)) return k + n;
  }
  if (k > start && last?.capital && PUBLIC_BODY_ENDS.has(last.lower)) return k;
  // "the chairman of the SLPA", "the chair of the Zugdidi DEC", where the story spelt out "the Sri Lanka
  // Ports Authority (SLPA)", "the Zugdidi District Election Commission (DEC)".
  if (k > start && k - start <= 3 && last && isAcronym(last.word) && spelledAsPublicBody(tokens, last.word)) return k;
  return wholeBeforeAnd;
}

/** Whether capitalised words from k run into a lower-case office head: "National Security Council spokesman". */
export function orgNameBeforeHead(tokens: Token[], k: number, limit: number): boolean {
  let m = k;
  while (m < limit && tokens[m]!.capital && !BREAKING_POST.test(tokens[m]!.post)) m++;
  // "a Social Democratic Party (SPD) lawmaker": the name's initials in brackets may close it.
  const initials = m > k && m < limit - 1 && initialsBeforeWord(tokens[m]!) ? 1 : 0;
  // "a People's Party list MP": a seat won from the party's list.
  const list = tokens[m + initials]?.lower === 'list' && LEGISLATOR_HEADS.has(tokens[m + initials + 1]?.lower ?? '') ? 1 : 0;
  const head = tokens[m + initials + list];
  if (m <= k || m >= limit || !head) return false;
  // "a Samagi Jana Balawegaya (SJB) MP", "a Samagi Jana Balawegaya lawmaker": a party's name before a legislator's head.
  if (LEGISLATOR_HEADS.has(head.lower) && (!head.capital || legislatorAbbreviation(head)) && !OFFICE_HEADS.has(tokens[m - 1]!.lower)) return true;
  return !head.capital && (OFFICE_HEADS.has(head.lower) || head.lower === 'press') && ORG_SUFFIXES.has(tokens[m - 1]!.lower);
}

/** How many words at `from` name an institution known as such: "United Nations", "European Union". */
export function institutionAt(tokens: Token[], from: number, to: number): number {
  for (const n of [3, 2, 1]) {
    if (from + n >= to) continue;
    const words = tokens.slice(from, from + n);
    if (!words.every((t) => t.capital)) continue;
    if (INSTITUTIONS.has(fold(words.map((t) => t.word).join(' '))) && OFFICE_HEADS.has(tokens[from + n]!.lower)) return n;
  }
  return 0;
}
