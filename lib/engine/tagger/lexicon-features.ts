/**
 * The project's lexicons as tagger features: each word's kinds (an office title, an honorific, an
 * organisation's suffix, a country, a demonym) and the phrases the lexicons know that a run of
 * words makes ("New Zealand", "Associated Press"). The lists name kinds of things, never a person.
 */
import { countryForms, isDemonym, isSubnational } from '../lexicon/countries';
import { HONORIFICS } from '../lexicon/honorifics';
import { ABBREVIATED_HEADS, OFFICE_HEADS, PERSON_DESCRIPTORS, PORTFOLIO_WORDS } from '../lexicon/offices';
import { CORPORATE_SUFFIXES, INSTITUTIONS, NEWS_AGENCIES, ORG_HEADS, ORG_NOUNS, ORG_SUFFIXES, ORG_TRAILING_NOUNS } from '../lexicon/organizations';

/** Words around names that are kinds of places, events and groups, for the tagger alone. */
const PLACE_WORDS = new Set([
  'river',
  'lake',
  'island',
  'islands',
  'mount',
  'mountains',
  'sea',
  'ocean',
  'gulf',
  'bay',
  'valley',
  'coast',
  'street',
  'avenue',
  'road',
  'square',
  'airport',
  'province',
  'state',
  'city',
  'county',
  'region',
  'republic',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'port',
  'cape',
  'capital',
  'town',
  'village',
  'district',
  'border',
  'strait',
  'peninsula',
  'desert',
  'stadium',
  'park',
]);
const EVENT_WORDS = new Set([
  'cup',
  'championship',
  'championships',
  'open',
  'games',
  'olympics',
  'tour',
  'grand',
  'prix',
  'league',
  'war',
  'award',
  'prize',
  'festival',
  'trophy',
  'series',
  'classic',
  'masters',
  'rally',
  'marathon',
  'derby',
]);
const TEAM_WORDS = new Set(['united', 'city', 'rovers', 'athletic', 'wanderers', 'county', 'town', 'albion', 'fc', 'sc', 'ac', 'club']);

/** The kinds a single word belongs to, by its lower-case form, for the lexicon features. */
export function wordKinds(lower: string, word: string): string[] {
  const kinds: string[] = [];
  const bare = lower.replace(/\.$/, '');
  if (OFFICE_HEADS.has(lower)) kinds.push('office');
  if (ABBREVIATED_HEADS.has(bare) && bare.length > 1) kinds.push('officeAbbr');
  if (HONORIFICS.has(bare)) kinds.push('honorific');
  if (PORTFOLIO_WORDS.has(lower)) kinds.push('portfolio');
  if (PERSON_DESCRIPTORS.has(lower)) kinds.push('personNoun');
  if (ORG_SUFFIXES.has(bare)) kinds.push('orgSuffix');
  if (ORG_HEADS.has(lower)) kinds.push('orgHead');
  if (CORPORATE_SUFFIXES.has(bare)) kinds.push('corp');
  if (ORG_NOUNS.has(lower) || ORG_TRAILING_NOUNS.has(lower)) kinds.push('orgNoun');
  if (PLACE_WORDS.has(lower)) kinds.push('placeWord');
  if (EVENT_WORDS.has(lower)) kinds.push('eventWord');
  if (TEAM_WORDS.has(lower)) kinds.push('teamWord');
  if (isDemonym(word.charAt(0) + word.slice(1).toLowerCase())) kinds.push('demonym');
  if (isSubnational(lower)) kinds.push('subnational');
  return kinds;
}

type PhraseKind = 'country' | 'agency' | 'institution';

/** Lexicon phrases by their lower-case words without full stops ("us", "new zealand", "associated press"). */
const PHRASES = new Map<string, PhraseKind>();
const bare = (words: string) => words.replace(/\./g, '');
for (const [form] of countryForms()) if (!isDemonym(form.charAt(0).toUpperCase() + form.slice(1))) PHRASES.set(bare(form), 'country');
for (const form of INSTITUTIONS) PHRASES.set(bare(form), 'institution');
for (const form of NEWS_AGENCIES.keys()) PHRASES.set(bare(form), 'agency');
const FIRST_WORDS = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0]!));
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));

/**
 * The lexicon phrases over a run of tokens, as one feature per token: `country:B` on the first
 * word of a country's name, `country:I` on the rest, null outside any. Longest match first.
 * `lowers` are the tokens' lower-case words; `breaks[i]` is true where a sentence starts at token i.
 */
export function phraseFeatures(lowers: readonly string[], breaks: readonly boolean[]): (string | null)[] {
  const marks: (string | null)[] = lowers.map(() => null);
  for (let i = 0; i < lowers.length;) {
    let matched = 0;
    if (!FIRST_WORDS.has(bare(lowers[i]!))) {
      i++;
      continue;
    }
    for (let n = Math.min(LONGEST_PHRASE, lowers.length - i); n >= 1 && !matched; n--) {
      if (breaks.slice(i + 1, i + n).some(Boolean)) continue;
      const kind = PHRASES.get(bare(lowers.slice(i, i + n).join(' ')));
      if (!kind) continue;
      for (let k = 0; k < n; k++) marks[i + k] = `${kind}:${k === 0 ? 'B' : 'I'}`;
      matched = n;
    }
    i += matched || 1;
  }
  return marks;
}
