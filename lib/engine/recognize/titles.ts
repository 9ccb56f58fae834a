/** Reads office titles: "Secretary of Homeland Security", "Los Angeles Mayor", "Former U.S. President", "Chief Justice of the Utah Supreme Court". */
import { bodyOf } from '../lexicon/bodies';
import { placeCountry } from '../lexicon/gazetteer';
import { ADMINISTRATIVE_AREAS, isWorldRegion } from '../lexicon/places';
import { countryOf, isSubnational } from '../lexicon/countries';
import { HONORIFICS } from '../lexicon/honorifics';
import { PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import {
  GOVERNMENT_PORTFOLIOS,
  HEAD_QUALIFIERS,
  JURISDICTION_HEADS,
  LEGISLATOR_HEADS,
  MODIFIER_HEADS,
  OFFICE_HEADS,
  PORTFOLIO_WORDS,
  TENURE_WORDS,
} from '../lexicon/offices';
import type { Token } from '../nlp';
import { isAcronym, startOfInitials } from './acronyms';
import { leadingCountry } from './countries';
import { bodyEnd, bodyJurisdiction, connectsBody } from './title-bodies';
import { bracketedPortfolioEnd, headWordAt, modifierAt } from './title-words';
import { personTagged, portfolioNoun, portfolioWordAt } from './portfolios';
import { isAnd, isPlaceWord, joined } from './words';

/** An office title read off tokens: where it ends (exclusive), its head word, and what it says of its office. */
export interface Title {
  end: number;
  /** The head noun in lower case, abbreviations written out: "secretary", "senator" for "Sen.". */
  headLower: string;
  /** A government portfolio or an acronym stands in it: "Navy Secretary", "DHS chief". */
  hasGovernmentWord: boolean;
  /** Whose office it is, as its own words say: "Governor of New York" → US, "Nairobi Governor" → Kenya, "President of the European Council" → EU. */
  jurisdiction: string | null;
  /** The head is plural: "Commissioners Ann Lee and Bo Park". */
  plural: boolean;
  /** A country written inside the title, which the title's text leaves out: "U.S." of "Former U.S. President". */
  inner?: { from: number; to: number; country: string };
  /** The organisation the title names after "of" or "to": "Utah Supreme Court" of "Chief Justice of the Utah Supreme Court". */
  body?: { from: number; to: number };
}

/**
 * "Los Angeles Mayor", "Nairobi Governor": the capitalised words before a mayor's or a governor's
 * title name a place, whether or not the tagger knows it. Where the head starts, and the place's country.
 */
function placeBeforeHead(tokens: Token[], from: number, to: number): { start: number; country: string | null } {
  for (let m = from + 1; m <= from + 3 && m < to - 1; m++) {
    const t = tokens[m - 1]!;
    if (!t.capital || OFFICE_HEADS.has(t.lower) || HONORIFICS.has(t.lower) || (m - 1 > from && !joined(tokens[m - 2]!, t))) break;
    if (JURISDICTION_HEADS.has(tokens[m]!.lower) && joined(t, tokens[m]!)) {
      const words = tokens.slice(from, m).map((x) => x.word);
      return { start: m, country: placeCountry(words.join(' ')) ?? words.map(placeCountry).find((c) => c) ?? null };
    }
  }
  return { start: from, country: null };
}

/** What the words after a head's "of", "for" or "to" add to a title, from the connector at k; null where they add nothing. */
interface Continuation {
  end: number;
  government: boolean;
  jurisdiction: string | null;
  body?: { from: number; to: number };
}

function afterConnector(tokens: Token[], k: number, to: number, head: string): Continuation | null {
  const w = tokens[k]!.lower;
  let m = k + 1;
  if (tokens[m]?.lower === 'the') m++;
  const start = m;
  let government = false;
  // "Secretary of Health and Human Services", "Minister for Foreign Affairs": portfolio words, or
  // words shaped as one ("Minister of Electricity and Energy").
  // Any word that names the affairs a portfolio is for, too: "Commissioner for Political Affairs",
  // "Minister of Veterans Affairs".
  const affairs = (i: number) =>
    tokens[i + 1]?.lower === 'affairs' && tokens[i + 1]!.capital && joined(tokens[i]!, tokens[i + 1]!) && !personTagged(tokens[i]!);
  const portfolio = (i: number) => portfolioWordAt(tokens, i, to) || (!!tokens[i]?.capital && affairs(i));
  while (w !== 'to' && m < to && portfolio(m)) {
    if (GOVERNMENT_PORTFOLIOS.has(tokens[m]!.lower)) government = true;
    m++;
    if (tokens[m]?.lower === 'and' && portfolio(m + 1)) m++;
  }
  // "Chief Justice of the Utah Supreme Court", "President of the European Council", "Permanent
  // Representative to the UN": a body, where its name runs further than portfolio words would.
  const end = connectsBody(head, w) ? bodyEnd(tokens, start, to) : -1;
  if (end > m) return { end, government: true, jurisdiction: w === 'of' ? bodyJurisdiction(tokens, start, end) : null, body: { from: start, to: end } };
  if (m > start) return { end: m, government, jurisdiction: null };
  // "Regional Director for Africa", "Special Envoy for Syria": the area an office serves, which is not
  // whose office it is. (A legislator's constituency after "for" is no part of the title: memberships.ts; nor a Member of Parliament's.)
  const area = w === 'for' && !LEGISLATOR_HEADS.has(head) && head !== 'member' ? areaEnd(tokens, start, to) : -1;
  if (area > 0) return { end: area, government: false, jurisdiction: null };
  // "Mayor of London", "Governor of New York", "President of Mexico", "Ambassador to France": a place.
  const place = (t: Token | undefined) => !!t && t.capital && (placeCountry(t.word) !== null || isSubnational(t.word) || isPlaceWord(t));
  while (m < to && m < start + 3 && place(tokens[m])) m++;
  // "Governor of the Souss-Massa region", "Wali of Kirov Region": a name, known or not, and the kind of area it is.
  const areaAt = w === 'of' ? administrativeAreaEnd(tokens, start, to) : -1;
  if (areaAt > m) {
    const named = tokens.slice(start, areaAt - 1).map((t) => t.word);
    return { end: areaAt, government: true, jurisdiction: placeCountry(named.join(' ')) ?? named.map(placeCountry).find((c) => c) ?? null };
  }
  if (m === start || (w !== 'of' && !connectsBody(head, w))) return null;
  const words = tokens.slice(start, m).map((t) => t.word);
  // An ambassador's post abroad is not whose office it is.
  const jurisdiction = w === 'of' ? (placeCountry(words.join(' ')) ?? words.map(placeCountry).find((c) => c) ?? null) : null;
  return { end: m, government: true, jurisdiction };
}

/**
 * What the words from token k add to a title whose head is read: a portfolio in brackets ("Joint
 * Secretary (Disaster Management)"), or a phrase after "of", "for", "to" or "in the"; null for none.
 */
function continuationAt(tokens: Token[], k: number, to: number, head: string): Continuation | null {
  const bracketed = bracketedPortfolioEnd(tokens, k, to);
  if (bracketed > 0) return { end: bracketed, government: false, jurisdiction: null };
  const w = tokens[k]!.lower;
  if (w === 'of' || w === 'for' || w === 'to') return afterConnector(tokens, k, to, head);
  return w === 'in' ? bodyIn(tokens, k, to) : null;
}

/**
 * "Leader of the Opposition in the Assam Legislative Assembly", "Joint Secretary in the Home
 * Ministry": the public body, after "in the", that the office sits in; null where no body's name
 * follows. The body says whose office it is, as after "of".
 */
function bodyIn(tokens: Token[], k: number, to: number): Continuation | null {
  if (tokens[k + 1]?.lower !== 'the') return null;
  const start = k + 2;
  const end = bodyEnd(tokens, start, to);
  if (end < 0 || !PUBLIC_BODY_ENDS.has(tokens[end - 1]!.lower)) return null;
  return { end, government: true, jurisdiction: bodyJurisdiction(tokens, start, end), body: { from: start, to: end } };
}

/**
 * Where the area an office serves, named after its "for", ends (exclusive), or -1: a continent or
 * region of the world ("for Africa", "for the Middle East") or a place the gazetteer knows ("for
 * Syria"), in up to three words.
 */
function areaEnd(tokens: Token[], start: number, to: number): number {
  for (let n = Math.min(3, to - start); n >= 1; n--) {
    const named = tokens.slice(start, start + n);
    if (!named.every((t, i) => t.capital && (i === 0 || joined(named[i - 1]!, t)))) continue;
    const words = named.map((t) => t.word);
    if (isWorldRegion(words) || placeCountry(words.join(' ')) !== null) return start + n;
  }
  return -1;
}

/**
 * Where an area named by its kind after its name ends (exclusive), or -1: one to three capitalised
 * words and a word of `ADMINISTRATIVE_AREAS` ("the Souss-Massa region", "Kirov Region", "Hebei
 * province").
 */
export function administrativeAreaEnd(tokens: Token[], start: number, to: number): number {
  for (let n = 1; n <= 3 && start + n < to; n++) {
    const named = tokens.slice(start, start + n);
    if (!named.every((t, i) => t.capital && !PORTFOLIO_WORDS.has(t.lower) && (i === 0 || joined(named[i - 1]!, t)))) return -1;
    const kind = tokens[start + n]!;
    if (ADMINISTRATIVE_AREAS.has(kind.lower) && joined(named.at(-1)!, kind)) return start + n + 1;
  }
  return -1;
}

/**
 * "Former U.S. President": a country after the words of tenure that open a title. The country's
 * tokens and name, or null.
 */
function innerCountry(tokens: Token[], from: number, k: number, to: number): Title['inner'] | null {
  if (k === from || !tokens.slice(from, k).every((t) => TENURE_WORDS.has(t.lower))) return null;
  const lead = leadingCountry(tokens, k, to);
  return lead && k + lead.words < to ? { from: k, to: k + lead.words, country: lead.country } : null;
}

/** Heads that are also a royal's style before the name: "Prince", "Princess". */
export const ROYAL_STYLES = new Set(['prince', 'princess']);

/**
 * "Minister of Finance and Coordinating Minister of the Economy": a second office after "and" at
 * token `at`, a qualifying word before its head allowed, held by the same person; or null.
 */
function secondOfficeAfter(tokens: Token[], at: number, to: number): Title | null {
  const and = tokens[at];
  if (!and || !isAnd(and) || at + 1 >= to || !tokens[at + 1]!.capital) return null;
  const qualified = !headWordAt(tokens, at + 1) && at + 2 < to && headWordAt(tokens, at + 2) ? 1 : 0;
  const second = readTitle(tokens, at + 1 + qualified, to);
  return second?.headLower ? second : null;
}

/** "Saudi Energy Minister Prince Faisal …": after a head, a royal style before a name is the person's. */
function royalStyleAt(tokens: Token[], k: number): boolean {
  const [t, next] = [tokens[k]!, tokens[k + 1]];
  return ROYAL_STYLES.has(t.lower) && !!next?.capital && joined(t, next);
}

/** Reads an office title at the start of tokens[from..to): "Secretary of Homeland Security", "Navy Secretary", "Det Supt". */
export function readTitle(tokens: Token[], from: number, to: number): Title | null {
  const place = placeBeforeHead(tokens, from, to);
  let k = place.start;
  let jurisdiction = place.country;
  let head = '';
  let plural = false;
  let lastHeadEnd = -1;
  let government = false;
  let inner: Title['inner'] | null = null;
  let body: Title['body'] | undefined;
  while (k < to) {
    const t = tokens[k]!;
    const w = t.lower;
    const headWord = headWordAt(tokens, k);
    if (headWord && head && royalStyleAt(tokens, k)) break;
    if (headWord) {
      ({ head, plural } = headWord);
      lastHeadEnd = ++k;
      continue;
    }
    const country: Title['inner'] | null = head || inner ? null : innerCountry(tokens, from, k, to);
    if (country) {
      inner = country;
      k = country.to;
      continue;
    }
    const undotted = w.replace(/\./g, '');
    // A place opening the title, in up to three words: "Texas Attorney General", "Los Angeles Mayor".
    // ("Delmar County Commissioner": a name no gazetteer knows, before the kind of area it is.)
    const areaName = k === from && t.capital && !!tokens[k + 1]?.capital && ADMINISTRATIVE_AREAS.has(tokens[k + 1]!.lower) && joined(t, tokens[k + 1]!);
    const opensWithPlace = (k === from || (k - from < 3 && tokens.slice(from, k).every(isPlaceWord))) && (isPlaceWord(t) || areaName) && k + 1 < to;
    const acronym = isAcronym(t.word.replace(/\./g, '')) && k === from;
    const party = legislatorsParty(tokens, k, to, head) || partyNameAt(tokens, k, to, head);
    if (
      (PORTFOLIO_WORDS.has(w) ||
        portfolioNoun(tokens, k, to, head) ||
        party ||
        PORTFOLIO_WORDS.has(undotted) ||
        modifierAt(tokens, k) ||
        opensWithPlace ||
        acronym ||
        (HEAD_QUALIFIERS.has(w) && !head && !!headWordAt(tokens, k + 1))) &&
      (!head || MODIFIER_HEADS.has(head))
    ) {
      if (GOVERNMENT_PORTFOLIOS.has(w) || GOVERNMENT_PORTFOLIOS.has(undotted) || acronym) government = true;
      // "Pasok MP", "Labour MP": the party is an organisation of its own.
      if (party && !isPlaceWord(t) && !countryOf(t.word) && !t.tags.has('Adjective')) body ??= { from: k, to: k + 1 };
      if (opensWithPlace && !jurisdiction) jurisdiction = placeCountry(t.word);
      // "UN High Commissioner for Refugees", "EU Trade Commissioner": a body opening the title is its own.
      if (acronym && !jurisdiction) jurisdiction = bodyOf(t.word);
      k++;
      continue;
    }
    const continuation = head ? continuationAt(tokens, k, to, head) : null;
    if (!continuation) break;
    government ||= continuation.government;
    jurisdiction = continuation.jurisdiction ?? jurisdiction;
    body = continuation.body ?? body;
    lastHeadEnd = k = continuation.end;
  }
  if (lastHeadEnd < 0) return null;
  const second = head ? secondOfficeAfter(tokens, lastHeadEnd, to) : null;
  if (second) {
    lastHeadEnd = second.end;
    government ||= second.hasGovernmentWord;
    jurisdiction ??= second.jurisdiction;
  }
  return {
    end: lastHeadEnd,
    headLower: head,
    hasGovernmentWord: government || !!inner,
    jurisdiction: inner?.country ?? jurisdiction,
    plural,
    ...(inner ? { inner } : {}),
    ...(body ? { body } : {}),
  };
}

/**
 * Whether the bracketed initials at token `at` are an office's, spelt by the title right before them:
 * "Inspector General of Police (IGP)". They name no organisation.
 */
export function spellsTitle(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !t.pre.includes('(') || !t.post.startsWith(')') || !isAcronym(t.word)) return false;
  const from = startOfInitials(tokens, at, t.word);
  const title = from >= 0 ? readTitle(tokens, from, at) : null;
  return !!title && title.end === at && !!title.headLower;
}

/** One capitalised word, a party's or a place's name, right before a legislator's head: "Pasok MP", "Likud lawmaker". */
function legislatorsParty(tokens: Token[], k: number, to: number, head: string): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (head || !t.capital || k + 1 >= to || !next || !joined(t, next) || !LEGISLATOR_HEADS.has(next.lower)) return false;
  return !personTagged(t) && (next.lower !== 'deputy' || next.capital);
}

/**
 * The first word of a party's name before a title's head: "Communist" of "Communist Party General
 * Secretary Ann Lee", whatever compromise tagged it (an adjective or a noun). The word is capitalised,
 * "Party" follows it, and no head comes before it; a person's name ("Lee Party") is no party's.
 */
function partyNameAt(tokens: Token[], k: number, to: number, head: string): boolean {
  const [t, next] = [tokens[k]!, tokens[k + 1]];
  return !head && t.capital && k + 2 < to && next?.lower === 'party' && next.capital && joined(t, next) && !personTagged(t) && !!headWordAt(tokens, k + 2);
}
