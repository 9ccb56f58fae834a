/**
 * Spans the tagger marks that are no name of their type, whatever it says: countries, peoples,
 * regions and faiths alone, stock codes, bylines, a lone word of grammar that opens a sentence, words
 * in capitals that are ordinary words, and a "person" holding a preposition, an organisation's head,
 * a venue, an event or an office, or a legislator's constituency.
 */
import { countryOf, FAITH_WORDS, isPeople, isPeopleOfCountry } from '../lexicon/countries';
import { CALENDAR_WORDS, FUNCTION_WORDS } from '../lexicon/grammar';
import { LEGISLATOR_HEADS, OFFICE_HEADS } from '../lexicon/offices';
import { CURRENCY_WORDS, INSTITUTIONS, NOT_ORG_ACRONYMS, ORG_NAME_ENDS, PRIVATE_BODY_ENDS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { EVENTS, isRiverBank, isWorldRegion, STATE_ABBREVIATIONS, VENUES, VESSELS } from '../lexicon/places';
import { fold } from '../names';
import type { TaggedText, Token } from '../nlp';
import type { NameSpan } from '../tagger/tag-names';
import { spanText } from './words';

/** A generation after a name: "Jr.", "Sr", "III". */
export const GENERATIONAL = /^(?:Jr|Sr|II|III|IV)\.?$/i;

/** compromise's tags of words of grammar, which no name is. */
const GRAMMAR_WORD_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Determiner', 'QuestionWord'];
/** What a lone word opening a sentence is no name for: a word of grammar, or a mass noun ("Politics"). */
const LONE_WORD_TAGS = [...GRAMMAR_WORD_TAGS, 'Uncountable'];

/**
 * Spans the grammar knows are no name of their type: country names and demonyms alone ("U.S.-Mexico",
 * "American"), words that are no organisation ("AI", "TV"), and a "person" holding a preposition, an
 * organisation's last word or an office ("Without Borders", "Wilson Center").
 */
export function notAName(tagged: TaggedText, span: NameSpan): boolean {
  if (inStockCode(tagged.text, span)) return true;
  const words = spanText(tagged.text, tagged.tokens, span.from, span.to)
    .split(/[\s\-–/]+/)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s$/, ''));
  const place = (w: string) => countryOf(w) !== null || isPeople(w) || STATE_ABBREVIATIONS.has(w.replace(/\./g, '').toLowerCase());
  if (words.every((w) => place(w) || NOT_ORG_ACRONYMS.has(w.toLowerCase())) || isRiverBank(words)) return true;
  // A region ("North America"), a people ("New Zealanders") or the followers of a faith ("Muslims").
  if (isWorldRegion(words) || isPeopleOfCountry(words) || words.every((w) => FAITH_WORDS.has(w.toLowerCase()))) return true;
  // "Then, in 2012, …", "However, …": a word of grammar that opens a sentence, alone, is no name; nor
  // a mass noun compromise knows as one ("Politics should not …").
  const lone = tagged.tokens[span.from]!;
  if (span.to - span.from === 1 && lone.first && !lone.tags.has('ProperNoun') && LONE_WORD_TAGS.some((tag) => lone.tags.has(tag))) return true;
  // "In January, Libyan militants …": a month or a weekday alone is a date, whatever a name pattern tagged it.
  if (span.to - span.from === 1 && CALENDAR_WORDS.has(lone.lower)) return true;
  // "Impeached President Yoon …", "Ousted Prime Minister …": a participle that opens a sentence before an office.
  const office = tagged.tokens[span.to];
  if (
    span.to - span.from === 1 &&
    lone.first &&
    lone.tags.has('PastTense') &&
    !lone.tags.has('ProperNoun') &&
    office?.capital &&
    OFFICE_HEADS.has(office.lower)
  )
    return true;
  // "the aircraft carrier Carl Vinson", "the carriers Vinson and Enterprise": a vessel's name.
  if (vesselNamed(tagged.tokens, span.from)) return true;
  // "Jr." after a comma is a generation, not a name of its own.
  if (words.every((w) => GENERATIONAL.test(w))) return true;
  // "By Staff", "By Jane Roe": a byline names the article's author, who is no mention of it.
  if (words[0] === 'By' || words[0] === 'BY') return true;
  // A party and a state in brackets, "(D-N.Y.)", "(R-La.)", or a home town, "(R-Maryville)": a lawmaker's affiliation.
  const bracketed = tagged.text[tagged.tokens[span.from]!.start - 1] === '(' && tagged.text[tagged.tokens[span.to - 1]!.end] === ')';
  if (/^[DRI]$/.test(words[0]!) && words.length >= 2 && (bracketed || words.slice(1).every(place))) return true;
  // "CFA francs", "HK dollars": capitals before a currency's name name the currency.
  const after = tagged.tokens[span.to];
  if (after && !after.capital && CURRENCY_WORDS.has(after.lower) && /^\p{Lu}{2,4}$/u.test(words.join(''))) return true;
  // "the Clean Air Act", "the Corrupt Practices Act": a law, not a body.
  if (words.length >= 2 && words.at(-1) === 'Act') return true;
  // "MONTHLY SAVINGS Rates", "HIGH": a word in capitals that is an ordinary word, as a heading or label prints it.
  const tokens = tagged.tokens.slice(span.from, span.to);
  if (tokens.some(ordinaryCapitals) && !INSTITUTIONS.has(fold(spanText(tagged.text, tagged.tokens, span.from, span.to)))) return true;
  // "the MP for Brong North": a legislator's constituency, a place, whatever the tagger read; not a
  // body named with its kind ("a senator for the Justice Now Party").
  const last = words.at(-1)!.toLowerCase();
  const constituency = span.type === 'PER' || (span.type === 'ORG' && !ORG_NAME_ENDS.has(last) && !PRIVATE_BODY_ENDS.has(last));
  const [head, by] = [tagged.tokens[span.from - 2], tagged.tokens[span.from - 1]];
  if (constituency && by?.lower === 'for' && head && LEGISLATOR_HEADS.has(head.lower) && head.sentence === lone.sentence) return true;
  if (span.type !== 'PER') return false;
  // A surname that is also an office, after a given name and another name: "Martin Luther King".
  const surnameOffice = (i: number) => i === words.length - 1 && i >= 2 && tokens[0]!.tags.has('FirstName');
  return words.some(
    (w, i) =>
      FUNCTION_WORDS.has(w.toLowerCase()) ||
      ORG_NAME_ENDS.has(w.toLowerCase()) ||
      (words.length === 1 && PUBLIC_BODY_ENDS.has(w.toLowerCase())) ||
      VENUES.has(w.toLowerCase()) ||
      EVENTS.has(w.toLowerCase()) ||
      (OFFICE_HEADS.has(w.toLowerCase()) && !surnameOffice(i)),
  );
}

/**
 * A bracket of stock codes, which name a company's shares and are no mention of it: "(NASDAQ: BRWL)",
 * "(XETRA: OSF, NYSE: OSF)", and Reuters' instrument codes "(CRVN.O)", "(7211.T)", "(VOWG_p.DE)". The
 * exchange's label in such a bracket is no mention of the exchange either.
 */
const STOCK_CODES =
  /\(\s*(?:(?:[A-Za-z]{2,10}\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}|[A-Z0-9]{1,6}(?:_[a-z])?\.[A-Z]{1,3})(?:\s*[,;]\s*|\s+(?=[A-Z0-9])|\s*(?=\))))+\)/g;

/** A bracket of capitals after the word "shares" or "stock": "Brightwell shares (BRWL) rose". */
const SHARES_CODE = /\b(?:shares|stock|stocks)\s*\(\s*[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\s*\)/y;

/** Whether a span lies inside a bracket of stock codes (`STOCK_CODES`, `SHARES_CODE`). */
function inStockCode(text: string, span: NameSpan): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < 0 || span.start - open > 40) return false;
  const word = text.slice(Math.max(0, open - 12), open).search(/\b(?:shares|stock|stocks)\s*$/);
  if (word >= 0) {
    SHARES_CODE.lastIndex = Math.max(0, open - 12) + word;
    const match = SHARES_CODE.exec(text);
    if (match && span.end <= SHARES_CODE.lastIndex) return true;
  }
  STOCK_CODES.lastIndex = open;
  const match = STOCK_CODES.exec(text);
  return !!match && match.index === open && span.end <= open + match[0].length;
}

/**
 * A word in capitals that the language model reads as an ordinary word and no noun: "MONTHLY", "HIGH",
 * "BREAKING". Initials it does not know are nouns to it ("NAACP", "ECOWAS"), and stay names.
 */
function ordinaryCapitals(t: Token): boolean {
  return /^\p{Lu}{4,}$/u.test(t.word) && !['Noun', 'ProperNoun', 'Acronym', 'Organization', 'Person', 'Place'].some((tag) => t.tags.has(tag));
}

/**
 * Whether the name at token `from` follows a kind of vessel in lower case, directly or as the next of
 * several names after a plural: "carrier Carl Vinson", "carriers Vinson and Enterprise".
 */
export function vesselNamed(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before || before.capital || before.sentence !== tokens[from]!.sentence) return false;
  if (VESSELS.has(before.lower)) return true;
  // (A name listed before a comma is capitalised itself, so only "and" opens a later one.)
  if (before.lower !== 'and') return false;
  // Back over the names listed before this one to the noun that opens the list.
  let k = from - 2;
  while (k >= 0 && tokens[k]!.capital && tokens[k]!.sentence === tokens[from]!.sentence) k--;
  const noun = tokens[k];
  return !!noun && k < from - 2 && /s$/.test(noun.lower) && VESSELS.has(noun.lower);
}
