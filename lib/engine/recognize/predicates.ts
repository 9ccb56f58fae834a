/**
 * Reads the office a sentence gives a name after a verb: "confirm Pete Hegseth as secretary of
 * defense", "Rui Sal becomes Education Minister", "Jo Smit is now Agriculture Minister", "Ana
 * Vidal, who is also trade minister", "Luis Amaro was named the president-elect's economy minister".
 */
import { countryOf } from '../lexicon/countries';
import {
  GOVERNMENT_OWNERS,
  GOVERNMENT_PORTFOLIOS,
  HEADS_NEEDING_PORTFOLIO,
  MODIFIER_HEADS,
  OFFICE_HEADS,
  PORTFOLIO_WORDS,
  US_CABINET_TITLES,
} from '../lexicon/offices';
import { INSTITUTIONS } from '../lexicon/organizations';
import type { Token } from '../nlp';
import { isAcronym } from './acronyms';
import { capitalisedPhraseEnd, officeTitle, sentenceLimit } from './appositions';
import type { StatedRole } from './sightings';
import { BREAKING_POST } from './words';

/** Verbs that state what a person is or becomes. */
const PREDICATE_VERBS = new Set(['as', 'is', 'was', 'becomes', 'became', 'remains', 'remained', 'become', 'be', 'been']);
/** Words that may stand between such a verb and the title: auxiliaries, adverbs, determiners, participles. */
const PREDICATE_FILLERS = new Set([
  'will',
  'has',
  'had',
  'have',
  'now',
  'also',
  'currently',
  'still',
  'already',
  'newly',
  'named',
  'appointed',
  'elected',
  'confirmed',
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'new',
  'acting',
  'interim',
  // "who served as", "was sworn in as", "is serving as": the verb's own words before "as".
  'served',
  'serves',
  'serving',
  'sworn',
  'in',
]);

/**
 * Where the title starts after the name's last token: past "as", "is now the new", ", who is also";
 * -1 where no such verb follows the name. A possessive owner ("the president-elect's") is passed
 * too, and says whether it makes the title an office.
 */
function predicateStart(tokens: Token[], last: number): { at: number; owner: boolean } {
  const name = tokens[last]!;
  let k = last + 1;
  if (name.post.trim() === ',' && tokens[k]?.lower === 'who') k++;
  else if (BREAKING_POST.test(name.post) || name.possessive) return { at: -1, owner: false };
  let verb = false;
  while (
    tokens[k] &&
    tokens[k]!.sentence === name.sentence &&
    !tokens[k]!.capital &&
    (PREDICATE_VERBS.has(tokens[k]!.lower) || PREDICATE_FILLERS.has(tokens[k]!.lower))
  ) {
    verb ||= PREDICATE_VERBS.has(tokens[k]!.lower);
    if (BREAKING_POST.test(tokens[k]!.post)) return { at: -1, owner: false };
    k++;
  }
  if (!verb) return { at: -1, owner: false };
  // "the president-elect's economy minister": the owner's words are no part of the title.
  let owner = false;
  while (tokens[k] && (tokens[k]!.possessive || (tokens[k]!.post === '-' && tokens[k + 1]?.possessive))) {
    owner ||= GOVERNMENT_OWNERS.has(tokens[k]!.lower) || countryOf(tokens[k]!.word) !== null;
    k++;
  }
  return { at: k, owner };
}

/** A lower-case title from k: words up to the office head, and "of defense" after it. */
function lowercaseTitleFrom(tokens: Token[], k: number, limit: number, owner: boolean): number {
  let government = owner;
  for (let m = k; m < limit; m++) {
    const t = tokens[m]!;
    if (t.capital) return -1;
    if (GOVERNMENT_PORTFOLIOS.has(t.lower)) government = true;
    if (OFFICE_HEADS.has(t.lower)) {
      let end = m + 1;
      const of = tokens[m + 1];
      const portfolio = tokens[tokens[m + 2]?.lower === 'the' ? m + 3 : m + 2];
      if (of && portfolio && /^(of|for)$/.test(of.lower) && portfolio.lower !== 'the' && PORTFOLIO_WORDS.has(portfolio.lower) && !BREAKING_POST.test(t.post)) {
        end = tokens.indexOf(portfolio) + 1;
        if (GOVERNMENT_PORTFOLIOS.has(portfolio.lower)) government = true;
      }
      if (HEADS_NEEDING_PORTFOLIO.has(t.lower) && !government) return -1;
      // "as president of Acme Corp": the head of something the text does not make public.
      const at = tokens[end];
      const what = at && /^(of|at)$/.test(at.lower) ? tokens[end + (tokens[end + 1]?.lower === 'the' ? 2 : 1)] : undefined;
      if (what?.capital && !countryOf(what.word) && !INSTITUTIONS.has(what.lower) && !isAcronym(what.word)) return -1;
      return end;
    }
    // "first vice minister", "first deputy prime minister": the rank before a title's modifier.
    const rank = m === k && t.lower === 'first' && MODIFIER_HEADS.has(tokens[m + 1]?.lower ?? '');
    if ((!PORTFOLIO_WORDS.has(t.lower) && !rank) || BREAKING_POST.test(t.post)) return -1;
  }
  return -1;
}

/** The office a verb after the name gives it: "as secretary of defense", "becomes Education Minister", ", who is also trade minister". */
export function titleAfterVerb(tokens: Token[], last: number, text: string): StatedRole | null {
  const { at: k, owner } = predicateStart(tokens, last);
  if (k < 0 || !tokens[k]) return null;
  const limit = sentenceLimit(tokens, k, 8);
  if (k >= limit) return null;
  if (tokens[k]!.capital) {
    const end = capitalisedPhraseEnd(tokens, k, limit);
    return end > k ? officeTitle(tokens, k, end, text) : null;
  }
  const end = lowercaseTitleFrom(tokens, k, limit, owner);
  if (end < 0) return null;
  const title = text.slice(tokens[k]!.start, tokens[end - 1]!.end);
  return { title, country: US_CABINET_TITLES.test(title) ? 'US' : null };
}
