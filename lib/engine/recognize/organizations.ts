/**
 * Reads organisations by the shape of their names and the words around them: "State Department",
 * "Department of Justice", "the Sinaloa cartel", "radio station Formula", "WikiLeaks, the anti-secrecy
 * group", "Los Zetas", and the agencies and institutions the lexicon knows.
 */
import { cityCountry } from '../lexicon/cities';
import { countryOf, FAITH_WORDS, isDemonym, isPeople } from '../lexicon/countries';
import { SPANISH_ARTICLES } from '../lexicon/grammar';
import { OFFICE_HEADS, PERSON_DESCRIPTORS } from '../lexicon/offices';
import {
  INSTITUTIONS,
  COMPANY_NOUNS,
  isMakerNoun,
  MEDIA_NOUNS,
  NEWS_AGENCIES,
  NEWSPAPER_HEADS,
  NEWSPAPER_OPENERS,
  ORG_HEADS,
  ORG_NOUNS,
  ORG_NAME_ENDS,
  ORG_TRAILING_NOUNS,
  INSTITUTION_TRAILING_NOUNS,
  PARTY_PLURALS,
  PUBLIC_BODY_ENDS,
} from '../lexicon/organizations';
import { BLOC_NOUNS, COMPASS, PLACE_AFTER, PLACE_HEADS, PLACE_NOUNS, isRiverBank } from '../lexicon/places';
import { fold } from '../names';
import type { Token } from '../nlp';
import { isAcronym, withAcronym } from './acronyms';
import { appositionAfter } from './appositions';
import { OPEN_QUOTE, isPlaceWord, joined, spanText } from './words';
import { organization, type Reading, type Verdict } from './sightings';

/** Organisation by agency or institution name: "Reuters", "the Pentagon". */
export function readKnownOrganization(r: Reading): Verdict {
  const rest = fold(spanText(r.tagged.text, r.tagged.tokens, r.from, r.to));
  if (!NEWS_AGENCIES.get(rest) && !INSTITUTIONS.has(rest)) return null;
  return [organization(r, r.from, r.to, r.qualifier ? { qualifier: r.qualifier } : {})];
}

/**
 * Organisation by its last word or first words: "State Department", "Department of Justice", "Group of
 * 20". "Amnesty International Kenya", "Save the Children UK": a national branch keeps the name before it.
 */
export function readOrganizationName(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const { from, to } = r;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const branch = to - from >= 3 && countryOf(last.word) !== null && ORG_NAME_ENDS.has(tokens[to - 2]!.lower) && tokens[to - 2]!.capital;
  // "the West Bank", "Paris's Left Bank": a side of a river and "Bank" is a place.
  const riverSide = isRiverBank(tokens.slice(from, to).map((t) => t.word));
  const bySuffix = to - from >= 2 && ((ORG_NAME_ENDS.has(last.lower) && last.capital) || branch) && !PLACE_HEADS.has(first.lower) && !riverSide;
  const byHead =
    to - from >= 3 &&
    tokens
      .slice(from, to - 1)
      .some((t, k) => (ORG_HEADS.has(t.lower) || ORG_NAME_ENDS.has(t.lower)) && t.capital && /^(of|for|on)$/.test(tokens[from + k + 1]!.lower));
  if (!bySuffix && !byHead) return null;
  return withAcronym(r.tagged, [organization(r, from, to, r.qualifier ? { qualifier: r.qualifier } : {})], to);
}

/**
 * "West Mercia police", "Royal Shrewsbury hospital": a name of two words or more that is no known
 * place nor people, and an institution's noun in lower case after it (`INSTITUTION_TRAILING_NOUNS`).
 * One word is most often a town ("the Bogra police"), and "a Calcutta hospital" is any hospital there.
 */
function namedInstitution(r: Reading, noun: Token): boolean {
  const { tokens, text } = r.tagged;
  if (!INSTITUTION_TRAILING_NOUNS.has(noun.lower) || r.to - r.from < 2 || /^an?$/.test(tokens[r.from - 1]?.lower ?? '')) return false;
  const name = spanText(text, tokens, r.from, r.to);
  const place = countryOf(name) !== null || cityCountry(name) !== null;
  return !place && !tokens.slice(r.from, r.to).some((t) => isPlaceWord(t) || isDemonym(t.word) || isPeople(`${t.word}s`));
}

/**
 * "the Sinaloa cartel": a capitalised name with a lower-case organisation noun after it. ("the Mercosur
 * bloc", but not "the Soviet bloc" nor "the Western alliance": a people or a direction.)
 */
export function readTrailingNoun(r: Reading): Verdict {
  const { tokens, text } = r.tagged;
  const first = tokens[r.from]!;
  const last = tokens[r.to - 1]!;
  const after = tokens[r.to];
  const blocOfPeople = BLOC_NOUNS.has(after?.lower ?? '') && (isDemonym(first.word) || countryOf(first.word) !== null || COMPASS.has(first.lower));
  if (!after || after.capital || !joined(last, after) || blocOfPeople) return null;
  if (!ORG_TRAILING_NOUNS.has(after.lower) && !namedInstitution(r, after)) return null;
  // "the World Cup's European group", "the Kurdish group": a people's or a creed's adjective alone names no organisation.
  const adjectiveOnly = tokens
    .slice(r.from, r.to)
    .every((t) => isDemonym(t.word) || (countryOf(t.word) !== null && t.word !== countryOf(t.word)) || FAITH_WORDS.has(t.lower) || COMPASS.has(t.lower));
  if (adjectiveOnly) return null;
  // "the PASTEF party": initials name the party on their own.
  if (after.lower === 'party' && r.to - r.from === 1 && isAcronym(first.word)) return [organization(r, r.from, r.to)];
  return [organization(r, r.from, r.to + 1, { name: `${spanText(text, tokens, r.from, r.to)} ${after.word}`, kindNoun: true })];
}

/**
 * A kind of organisation in lower case before the name: a media noun ("Mexican TV network Televisa",
 * "radio station Formula") or a kind of company ("the online lender Plumbly", "the phone maker
 * Corvane", "the tech giant Zorvane"). Not a person's name the noun happens to stand before, which
 * starts with a given name: "the company Ana Vidal founded".
 */
export function readKindNoun(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const before = tokens[r.chunk.from - 1];
  if (!before || before.capital || before.possessive || !joined(before, tokens[r.from]!)) return null;
  if (MEDIA_NOUNS.has(before.lower)) return [organization(r, r.from, r.to, { kindNoun: true })];
  const company = COMPANY_NOUNS.has(before.lower) || isMakerNoun(before.lower);
  const first = tokens[r.from]!;
  if (!company || r.to - r.from > 3 || first.word.length < 2 || first.tags.has('FirstName') || first.tags.has('Honorific')) return null;
  return [organization(r, r.from, r.to, { kindNoun: true })];
}

/** Apposition decides: "WikiLeaks, the anti-secrecy group" is an organisation. */
export function readOrganizationApposition(r: Reading): Verdict {
  const { tokens, text } = r.tagged;
  // "… outside Moscow, Interfax news agency said": a city is no organisation, whatever follows it.
  if (cityCountry(spanText(text, tokens, r.from, r.to)) || tokens.slice(r.from, r.to).every((t) => t.tags.has('City'))) return null;
  const apposition = appositionAfter(r.tagged.tokens, r.to - 1);
  const kind = ORG_NOUNS.has(apposition?.head ?? '') || PUBLIC_BODY_ENDS.has(apposition?.head ?? '');
  if (!apposition || !kind || PERSON_DESCRIPTORS.has(apposition.head) || OFFICE_HEADS.has(apposition.head)) return null;
  return [organization(r, r.from, r.to)];
}

/** Spanish names of gangs and papers: "Los Zetas", "El País" (but not "the town of Las Varas"). */
export function readSpanishName(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const first = tokens[r.from]!;
  if (!SPANISH_ARTICLES.has(first.lower) || r.to - r.from < 2 || OPEN_QUOTE.test(tokens[r.chunk.from]!.pre)) return null;
  const before = tokens[r.chunk.from - 1];
  const after = tokens[r.to];
  const placeBefore = before && (PLACE_NOUNS.has(before.lower) || (before.lower === 'of' && PLACE_NOUNS.has(tokens[r.chunk.from - 2]?.lower ?? '')));
  const placeAfter = after && PLACE_AFTER.has(after.lower);
  const knownPlace = tokens.slice(r.from, r.to).some((t) => t.tags.has('Place') || t.tags.has('City'));
  return !placeBefore && !placeAfter && !knownPlace ? [organization(r, r.from, r.to)] : [];
}

/** Words before "the" that make a newspaper of the title after it: "told the Standard", "first reported by the Star". */
const REPORTING_BEFORE = new Set(['told', 'by', 'in', 'to', 'with', 'said', 'tells', 'wrote']);

/**
 * "the Greens", "the Free Democrats": a party named by its members' plural; "the Sunday Nation",
 * "told the Standard": a newspaper by its title. Only after "the".
 */
export function readPartyOrPaper(r: Reading): Verdict {
  const { tokens } = r.tagged;
  // "the Sunday Nation": a day's name, which no phrase opens with, opens a paper's title.
  const opener = tokens[r.chunk.from - 1];
  const from = opener && NEWSPAPER_OPENERS.has(opener.lower) && opener.capital && joined(opener, tokens[r.chunk.from]!) ? r.chunk.from - 1 : r.from;
  const the = tokens[Math.min(from, r.chunk.from) - 1];
  const last = tokens[r.to - 1]!;
  if (!the || the.lower !== 'the' || the.sentence !== last.sentence || !last.capital) return null;
  if (PARTY_PLURALS.has(last.lower)) return [organization(r, r.from, r.to)];
  const reported = REPORTING_BEFORE.has(tokens[Math.min(from, r.chunk.from) - 2]?.lower ?? '') || NEWSPAPER_OPENERS.has(tokens[from]!.lower);
  return NEWSPAPER_HEADS.has(last.lower) && reported ? [organization(r, from, r.to)] : null;
}
