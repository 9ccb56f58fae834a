/** Reads office titles before a name: "Secretary of Homeland Security", "Los Angeles Mayor", "state police chief". */
import { countryOf, countryOfSubnational, isDemonym, isSubnational } from '../lexicon/countries';
import {
  ABBREVIATED_HEADS,
  GOVERNMENT_PORTFOLIOS,
  HEADS_NEEDING_PORTFOLIO,
  HONORIFICS,
  JURISDICTION_HEADS,
  MODIFIER_HEADS,
  OFFICE_HEADS,
  PERSON_DESCRIPTORS,
  PORTFOLIO_WORDS,
} from '../lexicon/offices';
import { GOVERNMENT_BODIES, INSTITUTIONS } from '../lexicon/organizations';
import { fold } from '../names';
import type { Token } from '../nlp';
import { isAcronym } from './acronyms';
import { countryBefore, leadingCountry } from './countries';
import type { StatedRole } from './sightings';
import { BREAKING_POST, isPlaceWord, joined, nameable } from './words';

/** An office title read off tokens: where it ends (exclusive), its head word, and what it says of its office. */
export interface Title {
  end: number;
  /** The head noun in lower case, abbreviations written out: "secretary", "senator" for "Sen.". */
  headLower: string;
  /** A government portfolio or an acronym stands in it: "Navy Secretary", "DHS chief". */
  hasGovernmentWord: boolean;
  /** The country of a jurisdiction after "of": "Governor of New York" → US. */
  jurisdiction: string | null;
}

/** Reads an office title at the start of tokens[from..to): "Secretary of Homeland Security", "Navy Secretary". */
export function readTitle(tokens: Token[], from: number, to: number): Title | null {
  let k = from;
  let placeCountry: string | null = null;
  // "Los Angeles Mayor", "Nairobi Governor": the capitalised words before a mayor's or a governor's
  // title name a place, whether or not the tagger knows it.
  for (let m = from + 1; m <= from + 3 && m < to - 1; m++) {
    const t = tokens[m - 1]!;
    if (!t.capital || OFFICE_HEADS.has(t.lower) || HONORIFICS.has(t.lower) || (m - 1 > from && !joined(tokens[m - 2]!, t))) break;
    if (JURISDICTION_HEADS.has(tokens[m]!.lower) && joined(t, tokens[m]!)) {
      k = m;
      break;
    }
  }
  let head = '';
  let lastHeadEnd = -1;
  let government = false;
  while (k < to) {
    const t = tokens[k]!;
    const w = t.lower;
    if (OFFICE_HEADS.has(w) || (ABBREVIATED_HEADS.has(w) && t.post.startsWith('.'))) {
      head = ABBREVIATED_HEADS.get(w)?.toLowerCase() ?? w;
      k++;
      lastHeadEnd = k;
      continue;
    }
    const undotted = w.replace(/\./g, '');
    // A place opening the title, in up to three words: "Texas Attorney General", "Los Angeles Mayor".
    const jurisdiction = (k === from || (k - from < 3 && tokens.slice(from, k).every(isPlaceWord))) && isPlaceWord(t) && k + 1 < to;
    if (
      (PORTFOLIO_WORDS.has(w) || PORTFOLIO_WORDS.has(undotted) || jurisdiction || (isAcronym(t.word.replace(/\./g, '')) && k === from)) &&
      (!head || MODIFIER_HEADS.has(head))
    ) {
      if (GOVERNMENT_PORTFOLIOS.has(w) || GOVERNMENT_PORTFOLIOS.has(undotted) || isAcronym(t.word.replace(/\./g, ''))) government = true;
      k++;
      continue;
    }
    if ((w === 'of' || w === 'for') && head) {
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const portfolioStart = m;
      while (m < to && PORTFOLIO_WORDS.has(tokens[m]!.lower) && tokens[m]!.capital) {
        if (GOVERNMENT_PORTFOLIOS.has(tokens[m]!.lower)) government = true;
        m++;
        // "Secretary of Health and Human Services"
        if (tokens[m]?.lower === 'and' && tokens[m + 1] && PORTFOLIO_WORDS.has(tokens[m + 1]!.lower)) m++;
      }
      // "Mayor of London", "Governor of New York", "President of Mexico": a jurisdiction after "of".
      if (m === portfolioStart && w === 'of') {
        const place = (t: Token | undefined) =>
          !!t && t.capital && (countryOf(t.word) !== null || isSubnational(t.word) || t.tags.has('Place') || t.tags.has('City') || t.tags.has('Region'));
        while (m < to && m < portfolioStart + 3 && place(tokens[m])) m++;
        if (m > portfolioStart) {
          government = true;
          const words = tokens.slice(portfolioStart, m).map((t) => t.word);
          placeCountry =
            countryOf(words.join(' ')) ??
            countryOfSubnational(words.join(' ')) ??
            words.map((w) => countryOf(w) ?? countryOfSubnational(w)).find((c) => c) ??
            null;
        }
      }
      if (m === portfolioStart) break;
      k = m;
      lastHeadEnd = k;
      continue;
    }
    break;
  }
  if (lastHeadEnd < 0) return null;
  return { end: lastHeadEnd, headLower: head, hasGovernmentWord: government, jurisdiction: placeCountry };
}

/**
 * The start of a portfolio list that runs into a title across "and", and the country before it:
 * "Norway's Climate and | Environment Minister …" → the "Climate" token, Norway.
 */
export function coordinatedTitleStart(tokens: Token[], from: number): { start: number; country: string | null } | null {
  const and = tokens[from - 1];
  if (!and || (and.lower !== 'and' && and.word !== '&') || and.sentence !== tokens[from]!.sentence) return null;
  let k = from - 2;
  let start = -1;
  while (
    k >= 0 &&
    tokens[k]!.sentence === and.sentence &&
    tokens[k]!.capital &&
    PORTFOLIO_WORDS.has(tokens[k]!.lower) &&
    !BREAKING_POST.test(tokens[k]!.post)
  ) {
    start = k;
    k--;
  }
  if (start < 0) return null;
  const before = tokens[start - 1];
  const country = before && before.sentence === and.sentence && (before.possessive || isDemonym(before.word)) ? countryOf(before.word) : null;
  return { start, country };
}

/** A lower-case title with a government word that the text gives for this head, once: "police chief". */
export function governmentTitleIn(text: string, head: string): string | null {
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`\\b(\\p{Ll}+) ${head}\\b`, 'gu'))) {
    if (GOVERNMENT_PORTFOLIOS.has(match[1]!)) found.add(`${match[1]} ${head}`);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A lower-case title written before a name: "state police chief Oscar Aparicio", "kingpin Joaquin Guzman". */
export function lowercaseTitleBefore(tokens: Token[], from: number, text: string): { role?: StatedRole; private?: boolean } | null {
  const prev = tokens[from - 1];
  if (!prev || prev.capital || prev.sentence !== tokens[from]!.sentence) return null;
  // "Zelenskiy's chief of staff, Andriy Yermak": a head of three words.
  const chiefOfStaff = prev.lower === 'staff' && tokens[from - 2]?.lower === 'of' && tokens[from - 3]?.lower === 'chief';
  const isHead = chiefOfStaff || OFFICE_HEADS.has(prev.lower);
  // "the bloc's foreign policy chief, Josep Borrell, said": a title set off by a comma.
  if (BREAKING_POST.test(prev.post) && !(prev.post.trim() === ',' && (isHead || prev.lower.startsWith('counterpart')))) return null;
  if (PERSON_DESCRIPTORS.has(prev.lower) && !OFFICE_HEADS.has(prev.lower)) return { private: true };
  // "his Ukrainian counterpart, Dmytro Kuleba": a person, whose office the text gives elsewhere if at all.
  if (prev.lower === 'counterpart' || prev.lower === 'counterparts') return {};
  if (!isHead) return null;
  let k = chiefOfStaff ? from - 3 : from - 1;
  let government = GOVERNMENT_PORTFOLIOS.has(prev.lower);
  // Walk back over the words that make up the title: "Texas Department of Public Safety director".
  while (k - 1 >= 0 && from - k < 8) {
    const t = tokens[k - 1]!;
    if (t.sentence !== prev.sentence || BREAKING_POST.test(t.post) || (t.possessive && !countryOf(t.word))) break;
    // ("North" of "North Korean leader": the tagger reads it as an adjective.)
    const lexical =
      (PORTFOLIO_WORDS.has(t.lower) && t.lower !== 'the') || countryOf(t.word) !== null || (t.capital && /^(north|south|east|west)$/.test(t.lower));
    const noun = t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Verb') && !t.tags.has('Determiner') && !t.capital;
    // (A sentence's first word counts where it opens an institution's name: "White House chief of staff".)
    const opensInstitution = INSTITUTIONS.has(t.lower) || INSTITUTIONS.has(fold(`${t.word} ${tokens[k]!.word}`));
    const properName = t.capital && (nameable(t) || (t.first && opensInstitution)) && (!t.first || opensInstitution || isAcronym(t.word));
    const connector = (t.lower === 'of' || t.lower === 'for') && tokens[k]!.capital;
    // "the work and pensions secretary": two portfolios joined by "and".
    const before = tokens[k - 2];
    // ("… called for a ceasefire, and IAEA chief Rafael Grossi": a comma before "and" ends the title.)
    const coordination =
      t.lower === 'and' &&
      !!before &&
      !before.capital &&
      !OFFICE_HEADS.has(before.lower) &&
      before.tags.has('Noun') &&
      !BREAKING_POST.test(before.post) &&
      k - 1 > 0;
    if (coordination) {
      k--;
      continue;
    }
    if (!lexical && !noun && !properName && !connector) break;
    if (GOVERNMENT_PORTFOLIOS.has(t.lower) || (t.capital && GOVERNMENT_BODIES.has(t.lower)) || (properName && isAcronym(t.word))) government = true;
    k--;
  }
  while (k < from - 1 && (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for')) k++;
  // "North Korean leader Kim Jong Un", "Chinese leader Xi Jinping": the leader of a country.
  if (prev.lower === 'leader' && leadingCountry(tokens, k, from - 1)?.words === from - 1 - k) government = true;
  if (HEADS_NEEDING_PORTFOLIO.has(prev.lower) && !government) return { private: true };
  let country: string | null = null;
  let titleFrom = k;
  const lead = leadingCountry(tokens, k, from - 1);
  if (lead) {
    country = lead.country;
    titleFrom = k + lead.words;
  }
  country ??= countryBefore(tokens, k);
  const title = text.slice(tokens[titleFrom]!.start, prev.end);
  return { role: { title, country } };
}
