/**
 * Recognition: finds the people and organisations a tagged text names, with the role a title or an
 * apposition gives a person. It reads capitalised phrases ("chunks") off compromise's tokens and
 * decides what each is by grammar: office titles before a name, honorifics, organisation heads and
 * suffixes, news agencies, acronyms, appositions ("WikiLeaks, the anti-secrecy group") and the
 * nouns around a name ("radio network Formula", "the Sinaloa cartel").
 */
import { countryOf, countryOfSubnational, isDemonym, isSubnational } from './lexicon/countries';
import {
  ABBREVIATED_HEADS,
  GOVERNMENT_PORTFOLIOS,
  HEADS_NEEDING_PORTFOLIO,
  HONORIFICS,
  OFFICE_HEADS,
  PERSON_DESCRIPTORS,
  PORTFOLIO_WORDS,
  US_CABINET_TITLES,
  MODIFIER_HEADS,
} from './lexicon/offices';
import {
  CORPORATE_SUFFIXES,
  INSTITUTIONS,
  MEDIA_NOUNS,
  NEWS_AGENCIES,
  NOT_ORG_ACRONYMS,
  ORG_HEADS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  ORG_TRAILING_NOUNS,
} from './lexicon/organizations';
import { fold } from './names';
import type { TaggedText, Token } from './nlp';

export interface StatedRole {
  title: string;
  country: string | null;
}

/** One place a name stands in the text, and what the grammar around it says. */
export interface NameSighting {
  kind: 'person' | 'organization';
  /** Person: the name without title, honorific or nickname. Organisation: the name as written, without "the". */
  name: string;
  /** The span to highlight: the name as written, an honorific included, a possessive not. */
  start: number;
  end: number;
  sentence: number;
  role?: StatedRole;
  /** A descriptor said this person holds no office ("an expert", "kingpin"). */
  private?: boolean;
  /** The country an organisation's name was qualified with ("US State Department"). */
  qualifier?: string;
  /** This sighting is an acronym defined for the organisation named here: "Group of 20 (G-20)". */
  acronymOf?: string;
  /** A nickname written inside the name: Joaquin "El Chapo" Guzman. */
  nickname?: string;
  /** Found by looking up a name already known, rather than by the grammar around it. */
  byAlias?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'y', 'and', '&']);
const FUNCTION_WORDS = new Set(['without', 'with', 'for', 'of', 'in', 'on', 'at', 'by', 'from', 'to', 'the', 'and', 'or', 'against', 'into', 'under', 'over']);
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'y']);
const ABBREVIATIONS = new Set([...HONORIFICS, ...ABBREVIATED_HEADS.keys(), 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'inc', 'corp', 'co', 'ltd']);
const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las']);
const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'state',
  'province',
  'region',
  'municipality',
  'county',
  'district',
  'neighbourhood',
  'neighborhood',
  'port',
  'island',
  'valley',
  'border',
  'capital',
  'area',
  'suburb',
  'in',
  'near',
  'to',
  'at',
]);
const PLACE_AFTER = new Set([
  'residence',
  'palace',
  'square',
  'airport',
  'prison',
  'border',
  'crossing',
  'neighborhood',
  'neighbourhood',
  'beach',
  'street',
  'avenue',
  'bridge',
  'river',
  'mountains',
  'valley',
  'state',
  'city',
  'municipality',
]);
/** First words of place names that end like organisations: "Villa Union", "San Juan Council". */
const PLACE_HEADS = new Set([
  'villa',
  'ciudad',
  'san',
  'santa',
  'santo',
  'sao',
  'puerto',
  'port',
  'fort',
  'mount',
  'lake',
  'cape',
  'saint',
  'isla',
  'colonia',
  'nuevo',
  'nueva',
]);
/** Organisation words that make an office of the title beside them: "Department of Public Safety director". */
const GOVERNMENT_BODIES = new Set([
  'department',
  'ministry',
  'agency',
  'police',
  'office',
  'bureau',
  'commission',
  'secretariat',
  'administration',
  'service',
  'army',
  'navy',
  'government',
  'council',
  'court',
]);
/** Nouns after a name that make an organisation of it only when the name is not a people's, a direction or a side. */
const BLOC_NOUNS = new Set(['bloc', 'alliance', 'coalition']);
const COMPASS = new Set([
  'central',
  'western',
  'eastern',
  'northern',
  'southern',
  'atlantic',
  'pacific',
  'arab',
  'african',
  'european',
  'soviet',
  'communist',
  'opposition',
  'ruling',
]);
/** Offices held over a place, which the words before them name: "Los Angeles Mayor", "Ohio Governor". */
const JURISDICTION_HEADS = new Set(['mayor', 'governor', 'sheriff', 'premier', 'councillor', 'councilman', 'councilwoman']);
/** Short words that follow a hyphen after a name without being part of it: "Soviet-era", "Texas-based". */
const NOT_NAME_HALVES = new Set([
  'era',
  'led',
  'run',
  'held',
  'made',
  'born',
  'wide',
  'like',
  'free',
  'type',
  'area',
  'zone',
  'side',
  'only',
  'rich',
  'poor',
  'bred',
]);
/** Words that open a sentence and never continue a name. */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'in',
  'on',
  'at',
  'but',
  'and',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
]);
const SAY_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'explained', 'argued', 'warned', 'noted']);
const OPEN_QUOTE = /["“‘']\s*$/;
const CLOSE_QUOTE = /^\s*["”’']/;
const BREAKING_POST = /[,;:()[\]"“”‘’!?—–|/]|\s-\s|\s-$/;
const BREAKING_PRE = /[(["“‘]/;

function isTitleCaseWord(t: Token): boolean {
  return t.capital && /\p{L}/u.test(t.word);
}

/** Whether a capitalised token may stand in a name, rather than being capitalised by grammar alone. */
function nameable(t: Token): boolean {
  if (!isTitleCaseWord(t)) return false;
  if (t.tags.has('Month') || t.tags.has('WeekDay')) return false;
  if (t.word === 'I') return false;
  // Capitals opening a sentence are initials, not grammar: "WHO Director-General …".
  const initials = /^\p{Lu}{2,}$/u.test(t.word);
  if (t.first && !initials && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Acronym')) {
    for (const tag of ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Verb', 'Adverb', 'Adjective', 'Plural', 'QuestionWord', 'Value']) {
      if (t.tags.has(tag)) return false;
    }
  }
  return true;
}

/** Whether a word ends on an abbreviation's full stop that does not end the name: "F.", "Mr.", "U.S.". */
function abbreviated(t: Token): boolean {
  return t.word.length === 1 || ABBREVIATIONS.has(t.lower) || /^(\p{Lu}\.)+$/u.test(t.word);
}

/** Whether a phrase continues from token a to token b without punctuation between. */
function joined(a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence || a.possessive) return false;
  if (BREAKING_PRE.test(b.pre)) return false;
  if (BREAKING_POST.test(a.post)) return false;
  if (a.post.includes('.') && !abbreviated(a)) return false;
  // "… in a post on X. The union said": after an initial's full stop, "The" or "He" opens a sentence.
  // (By the word: the tagger reads "X. The American Civil Liberties Union" as one organisation.)
  if (a.post.includes('.') && SENTENCE_OPENERS.has(b.lower)) return false;
  if (a.post.includes('\n')) return false;
  return true;
}

interface Chunk {
  from: number;
  /** Exclusive. */
  to: number;
  nickname?: { from: number; to: number };
}

/** Splits the tokens of a sentence into capitalised phrases. */
function chunksOf(tokens: Token[], from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let i = from;
  while (i < to) {
    // A sentence's first word stands in a name when the capitalised run it opens is an organisation's:
    // "Human Rights Watch said …", where "Human" alone would read as an adjective.
    const grammatical = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Verb', 'Adverb', 'QuestionWord'].some((tag) => tokens[i]!.tags.has(tag));
    const opensOrgName =
      tokens[i]!.first &&
      !grammatical &&
      isTitleCaseWord(tokens[i]!) &&
      i + 1 < to &&
      nameable(tokens[i + 1]!) &&
      joined(tokens[i]!, tokens[i + 1]!) &&
      ORG_SUFFIXES.has(lastWordBefore(tokens, i + 1, to));
    // "House Speaker Kevin McCarthy": a portfolio word opening the sentence opens a title.
    // "Chief Gideon Cody had been suspended": an office head opening the sentence before a name.
    const next = tokens[i + 1];
    const opensTitle =
      tokens[i]!.first &&
      isTitleCaseWord(tokens[i]!) &&
      !!next &&
      i + 1 < to &&
      joined(tokens[i]!, next) &&
      next.capital &&
      ((PORTFOLIO_WORDS.has(tokens[i]!.lower) && (OFFICE_HEADS.has(next.lower) || PORTFOLIO_WORDS.has(next.lower))) ||
        (OFFICE_HEADS.has(tokens[i]!.lower) && nameable(next)));
    if (!nameable(tokens[i]!) && !opensOrgName && !opensTitle) {
      i++;
      continue;
    }
    const chunk: Chunk = { from: i, to: i + 1 };
    let j = i + 1;
    while (j < to) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      // A quoted nickname inside a person's name: Joaquin "El Chapo" Guzman.
      if (!chunk.nickname && OPEN_QUOTE.test(t.pre) && isTitleCaseWord(t) && !BREAKING_POST.test(prev.post) && tokens[chunk.from]!.tags.has('FirstName')) {
        let k = j;
        while (k < to && k < j + 3 && !CLOSE_QUOTE.test(tokens[k]!.post)) k++;
        const after = tokens[k + 1];
        if (k < to && k < j + 3 && after && isTitleCaseWord(after) && after.sentence === t.sentence && !BREAKING_PRE.test(after.pre)) {
          chunk.nickname = { from: j, to: k + 1 };
          j = k + 2;
          chunk.to = j;
          continue;
        }
      }
      if (!joined(prev, t)) break;
      if (nameable(t)) {
        j++;
        chunk.to = j;
        continue;
      }
      // "Group of 20", "Secretary of State", "Luiz Inácio Lula da Silva": a connector between capitals.
      const next = tokens[j + 1];
      const afterThe = t.lower === 'of' && next?.lower === 'the' ? tokens[j + 2] : undefined;
      // "Commission on Human Rights", "Committee on Foreign Relations": "on" joins only after such a head.
      if (t.lower === 'on' && prev.capital && (ORG_HEADS.has(prev.lower) || ORG_SUFFIXES.has(prev.lower)) && next && joined(t, next) && nameable(next)) {
        j += 2;
        chunk.to = j;
        continue;
      }
      // A given name's second half after a hyphen: "Choi Sang-mok", "Kim Jong-un" (not "Houthi-held", "Soviet-era").
      if (
        prev.post === '-' &&
        prev.capital &&
        /^\p{Ll}{1,4}$/u.test(t.word) &&
        !t.tags.has('Verb') &&
        !t.tags.has('Adjective') &&
        !NOT_NAME_HALVES.has(t.lower)
      ) {
        j++;
        chunk.to = j;
        continue;
      }
      // Two particles in a row inside a name: "Ursula von der Leyen", "Sor Juana Ines de la Cruz".
      const third = tokens[j + 2];
      if (
        NAME_PARTICLES.has(t.lower) &&
        !t.capital &&
        next &&
        NAME_PARTICLES.has(next.lower) &&
        third &&
        nameable(third) &&
        joined(t, next) &&
        joined(next, third)
      ) {
        j += 3;
        chunk.to = j;
        continue;
      }
      if (CONNECTORS.has(t.lower) && !t.capital && joined(t, next ?? t) && next && next.sentence === t.sentence) {
        if (nameable(next) && t.lower !== 'and' && t.lower !== '&') {
          j += 2;
          chunk.to = j;
          continue;
        }
        // "Department of Health and Human Services" is one name; "Human Rights Watch and Amnesty
        // International" are two: a name already complete before "and" does not run on.
        // "Advanced Micro Devices and Intel Corp": a company's suffix after "and" closes a second name.
        const secondCompany = t.lower === 'and' && j - chunk.from >= 2 && CORPORATE_SUFFIXES.has(lastWordBefore(tokens, j + 1, to));
        const completeBefore =
          secondCompany || (ORG_SUFFIXES.has(prev.lower) && !tokens.slice(chunk.from, j).some((x) => x.lower === 'of' || x.lower === 'for'));
        if ((t.lower === 'and' || t.lower === '&') && nameable(next) && ORG_SUFFIXES.has(lastWordBefore(tokens, j + 1, to)) && !completeBefore) {
          j += 2;
          chunk.to = j;
          continue;
        }
        if (afterThe && nameable(afterThe) && joined(next, afterThe)) {
          j += 3;
          chunk.to = j;
          continue;
        }
        if (t.lower === 'of' && /^\d+$/.test(next.word) && ORG_HEADS.has(prev.lower)) {
          j += 2;
          chunk.to = j;
          continue;
        }
      }
      break;
    }
    chunks.push(chunk);
    i = chunk.to;
  }
  return chunks;
}

/** The last word of the capitalised run starting at i: "Health and Human Services" looks ahead to "Services". */
function lastWordBefore(tokens: Token[], i: number, to: number): string {
  let k = i;
  while (k + 1 < to && nameable(tokens[k + 1]!) && joined(tokens[k]!, tokens[k + 1]!)) k++;
  return tokens[k]?.lower ?? '';
}

function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

function isPlaceWord(t: Token): boolean {
  return t.tags.has('Place') || t.tags.has('Region') || t.tags.has('City') || isSubnational(t.word);
}

/** Reads an office title at the start of tokens[from..to): "Secretary of Homeland Security", "Navy Secretary". */
function readTitle(
  tokens: Token[],
  from: number,
  to: number,
): { end: number; headLower: string; hasGovernmentWord: boolean; jurisdiction: string | null } | null {
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

/** The country a phrase's leading words name, and how many words that took: "US", "United States", "Mexican". */
function leadingCountry(tokens: Token[], from: number, to: number): { country: string; words: number } | null {
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

/** A country written just before a phrase: "Mexico's Navy Secretary", "Canada's Minister". */
function countryBefore(tokens: Token[], from: number): string | null {
  const prev = tokens[from - 1];
  if (!prev || prev.sentence !== tokens[from]!.sentence) return null;
  if (prev.possessive || /^(the|his|her|its)$/.test(prev.lower)) return countryOf(prev.word);
  return null;
}

/**
 * A demonym a few words earlier in the sentence: "a Mexican government communique showed Secretary
 * of Defense Salvador Cienfuegos". Country names are not read, since datelines open sentences too.
 */
function demonymBefore(tokens: Token[], from: number): string | null {
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

/** A person name is a few capitalised words that are not office or organisation words. */
function looksLikePersonName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 6) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (NAME_PARTICLES.has(t.lower) && k > from) continue;
    // The lower-case half of a hyphenated given name: "Sang-mok".
    if (k > from && tokens[k - 1]!.post === '-' && /^\p{Ll}{1,4}$/u.test(t.word)) continue;
    if (!isTitleCaseWord(t)) return false;
    // "Without Borders" is no one's name: people's names hold no capitalised prepositions.
    if (FUNCTION_WORDS.has(t.lower) || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Determiner')) return false;
    if (ORG_SUFFIXES.has(t.lower) || OFFICE_HEADS.has(t.lower)) return false;
    if (countryOf(t.word) && n === 1) return false;
    // Capitals are an acronym, not a name, except initials run together before a surname: "JD Vance".
    const initials = k === from && n >= 2 && /^\p{Lu}{2}$/u.test(t.word) && !countryOf(t.word) && /\p{Ll}/u.test(tokens[k + 1]!.word);
    if (/^\p{Lu}{2,}$/u.test(t.word) && !initials) return false;
  }
  return true;
}

/** "(AfD)", "(NATO)": initials alone in brackets, in capitals or mixed case. */
function bracketedAcronym(t: Token): boolean {
  return t.pre.includes('(') && t.post.startsWith(')') && /^(?=(?:.*\p{Lu}){2})[\p{L}\d&-]{2,8}$/u.test(t.word) && !/\p{Ll}{3}/u.test(t.word);
}

function isAcronym(word: string): boolean {
  return /^(?=.*\p{Lu}.*\p{Lu}|\p{Lu}-?\d)[\p{Lu}\d&-]{2,8}$/u.test(word) && !/^\d/.test(word);
}

/**
 * The start of a portfolio list that runs into a title across "and", and the country before it:
 * "Norway's Climate and | Environment Minister …" → the "Climate" token, Norway.
 */
function coordinatedTitleStart(tokens: Token[], from: number): { start: number; country: string | null } | null {
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
function governmentTitleIn(text: string, head: string): string | null {
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`\\b(\\p{Ll}+) ${head}\\b`, 'gu'))) {
    if (GOVERNMENT_PORTFOLIOS.has(match[1]!)) found.add(`${match[1]} ${head}`);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Last words of the names of public bodies: a ministry, an agency, a court, the United Nations. */
const PUBLIC_BODY_ENDS = new Set([
  'agency',
  'ministry',
  'department',
  'commission',
  'council',
  'bureau',
  'office',
  'police',
  'army',
  'navy',
  'court',
  'fund',
  'organization',
  'organisation',
  'union',
  'nations',
  'authority',
  'service',
  'committee',
  'assembly',
  'parliament',
  'senate',
  'government',
  'administration',
  'reserve',
  'secretariat',
  'supervisors',
  'legislature',
  'cabinet',
]);

/** Words that make a public institution of a bank: "European Central Bank", "World Bank". */
const PUBLIC_BANK_WORDS = new Set(['central', 'reserve', 'world', 'development', 'investment', 'national', 'people’s', "people's"]);

/**
 * "European Central Bank President Christine Lagarde", "Federal Election Commission Chair X": a public
 * body's name, an office in it, and the person who holds it. The body is an organisation too.
 */
function publicBodyTitle(tagged: TaggedText, chunk: Chunk): NameSighting[] | null {
  const { tokens, text } = tagged;
  const from = tokens[chunk.from]!.lower === 'the' ? chunk.from + 1 : chunk.from;
  for (let k = from + 1; k < chunk.to - 1; k++) {
    const end = tokens[k - 1]!;
    const body = tokens.slice(from, k);
    const isPublic = PUBLIC_BODY_ENDS.has(end.lower) || (end.lower === 'bank' && body.some((t) => PUBLIC_BANK_WORDS.has(t.lower)));
    if (!isPublic || !end.capital || !OFFICE_HEADS.has(tokens[k]!.lower)) continue;
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
        role: { title: spanText(text, tokens, orgFrom, title.end), country: lead?.country ?? null },
        ...nicknameOf(tagged, chunk),
      },
    ];
  }
  return null;
}

/** "of the International Atomic Energy Agency" right after a head noun: where that body's name ends, or -1. */
function publicBodyAfter(tokens: Token[], from: number): number {
  let k = from;
  if (tokens[k]?.lower !== 'of') return -1;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  while (k < tokens.length && (tokens[k]!.capital || (k > start && /^(of|for|and|on)$/.test(tokens[k]!.lower) && tokens[k + 1]?.capital))) {
    if (tokens[k]!.sentence !== tokens[start]!.sentence) break;
    // The name ends at punctuation, a sentence's full stop included: "… Board of Supervisors. State Sen. …".
    if (BREAKING_POST.test(tokens[k]!.post) || (tokens[k]!.post.includes('.') && !abbreviated(tokens[k]!))) {
      k++;
      break;
    }
    k++;
  }
  const last = tokens[k - 1];
  return k > start && last?.capital && PUBLIC_BODY_ENDS.has(last.lower) ? k : -1;
}

/** Whether capitalised words from k run into a lower-case office head: "National Security Council spokesman". */
function orgNameBeforeHead(tokens: Token[], k: number, limit: number): boolean {
  let m = k;
  while (m < limit && tokens[m]!.capital && !BREAKING_POST.test(tokens[m]!.post)) m++;
  const head = tokens[m];
  return m > k && m < limit && !!head && !head.capital && (OFFICE_HEADS.has(head.lower) || head.lower === 'press') && ORG_SUFFIXES.has(tokens[m - 1]!.lower);
}

/** How many words at `from` name an institution known as such: "United Nations", "European Union". */
function institutionAt(tokens: Token[], from: number, to: number): number {
  for (const n of [3, 2, 1]) {
    if (from + n >= to) continue;
    const words = tokens.slice(from, from + n);
    if (!words.every((t) => t.capital)) continue;
    if (INSTITUTIONS.has(fold(words.map((t) => t.word).join(' '))) && OFFICE_HEADS.has(tokens[from + n]!.lower)) return n;
  }
  return 0;
}

/** The outlet in a dateline's brackets: "BEIJING (Al Jazeera) -", "TOPEKA, Kan. (AP) —". */
function datelineOutlet(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const last = tokens[to - 1]!;
  const opened = /\(\s*$/.test(before?.post ?? '') || /\($/.test(tokens[from]!.pre);
  if (!before || before.sentence !== tokens[from]!.sentence || !opened || !/^\s*\)\s*[-–—]/.test(last.post)) return false;
  // What stands before the bracket is the dateline's place, in capitals or abbreviated.
  return !/\p{Ll}/u.test(before.word) || before.post.startsWith('.');
}

/** Reads an apposition after a name: ", the anti-secrecy group", ", an expert on …", " - the armed wing of …". */
function appositionAfter(tokens: Token[], last: number): { head: string; from: number; to: number } | null {
  const t = tokens[last]!;
  if (!/^\s*(,|-|–|—)\s*$/.test(t.post.replace(/["”']/g, ''))) return null;
  let k = last + 1;
  const start = k;
  const limit = Math.min(tokens.length, k + 8);
  let seenNoun = '';
  let headAt = -1;
  for (; k < limit; k++) {
    const w = tokens[k]!;
    if (w.sentence !== t.sentence) break;
    if (k === start && !/^(a|an|the|his|her|its|their)$/.test(w.lower) && !countryOf(w.word) && !w.tags.has('Adjective') && !w.tags.has('Noun')) return null;
    // "the National Security Council spokesman": an organisation's name may stand before the head noun.
    if (w.capital && !/^(a|an|the)$/i.test(w.word) && k > start && !PORTFOLIO_WORDS.has(w.lower) && !countryOf(w.word) && !orgNameBeforeHead(tokens, k, limit))
      break;
    if (!w.capital && (OFFICE_HEADS.has(w.lower) || PERSON_DESCRIPTORS.has(w.lower) || ORG_NOUNS.has(w.lower))) {
      seenNoun = w.lower;
      headAt = k;
      // "an expert on … at the Center": the first head noun decides.
      if (!PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? '') || /[,.;]/.test(w.post)) break;
    }
    if (/[,.;]/.test(w.post) || w.tags.has('Verb')) break;
  }
  if (!seenNoun) return null;
  return { head: seenNoun, from: start, to: headAt + 1 };
}

/** A lower-case title written before a name: "state police chief Oscar Aparicio", "kingpin Joaquin Guzman". */
function lowercaseTitleBefore(tokens: Token[], from: number, text: string): { role?: StatedRole; private?: boolean } | null {
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

/** The end of the sentence token k stands in (exclusive), looking no further than `span` tokens. */
function sentenceLimit(tokens: Token[], k: number, span: number): number {
  let end = k;
  while (end < tokens.length && end < k + span && tokens[end]!.sentence === tokens[k]!.sentence) end++;
  return end;
}

/**
 * Where a capitalised phrase from k ends (exclusive): its words and the "of", "for", "on", "the", "and"
 * inside it, but not a day or a month after it ("… Secretary of Defense on Friday").
 */
function capitalisedPhraseEnd(tokens: Token[], k: number, limit: number): number {
  let end = k;
  const inPhrase = (t: Token) => (t.capital && !t.tags.has('WeekDay') && !t.tags.has('Month')) || /^(of|for|on|the|and)$/.test(t.lower);
  while (end < limit && (end === k || joined(tokens[end - 1]!, tokens[end]!)) && inPhrase(tokens[end]!)) end++;
  while (end > k && !tokens[end - 1]!.capital) end--;
  return end;
}

/**
 * A capitalised office title read from `from`, running to `end` exactly: the country or institution
 * before it and whether it is an office at all ("Managing Director" of what?) decided as for a title
 * before a name.
 */
function officeTitle(tokens: Token[], from: number, end: number, text: string): StatedRole | null {
  let start = from;
  const lead = leadingCountry(tokens, start, end);
  if (lead && lead.words < end - start) start += lead.words;
  const institution = institutionAt(tokens, start, end);
  const title = readTitle(tokens, start + institution, end);
  if (!title || title.end !== end) return null;
  if (HEADS_NEEDING_PORTFOLIO.has(title.headLower) && !title.hasGovernmentWord && institution === 0) return null;
  // The country goes to the role's country, not its title: "US Attorney General" → "Attorney General", US.
  const titleText = text.slice(tokens[lead ? start : from]!.start, tokens[end - 1]!.end);
  return { title: titleText, country: lead?.country ?? title.jurisdiction ?? (US_CABINET_TITLES.test(titleText) ? 'US' : null) };
}

/** ", the UN High Commissioner for Human Rights" after a name: a capitalised title in apposition. */
function titleAfterComma(tokens: Token[], last: number, text: string): StatedRole | null {
  if (tokens[last]!.post.trim() !== ',') return null;
  let k = last + 1;
  if (!tokens[k] || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  if (/^(the|a|an)$/.test(tokens[k]!.lower)) k++;
  if (!tokens[k]?.capital || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  // The title ends at the first punctuation, and no name follows it in the same phrase.
  const limit = sentenceLimit(tokens, k, 10);
  const end = capitalisedPhraseEnd(tokens, k, limit);
  // "In Geneva, the UN High Commissioner for Human Rights, Volker Turk": the title goes with the name after it.
  if (end === k || (end < limit && tokens[end]!.capital)) return null;
  return officeTitle(tokens, k, end, text);
}

/** "the UN High Commissioner for Human Rights, Volker Turk": a capitalised title set off before a name. */
function titleBeforeComma(tokens: Token[], from: number, last: number, text: string): StatedRole | null {
  const comma = tokens[from - 1];
  if (!comma || comma.sentence !== tokens[from]!.sentence || comma.post.trim() !== ',' || !comma.capital) return null;
  // The name is set off on both sides: "…, Volker Turk, urged" (not "After meeting the Prime Minister, Zelensky flew").
  if (tokens[last]!.post.trim() !== ',') return null;
  let k = from - 1;
  while (k - 1 >= 0 && from - k < 10) {
    const t = tokens[k - 1]!;
    if (t.sentence !== comma.sentence || !joined(t, tokens[k]!)) break;
    if (!isTitleCaseWord(t) && !/^(of|for|on|and)$/.test(t.lower)) break;
    k--;
  }
  // The title opens its phrase: after "the", a comma, or the start of the sentence ("met the …" too).
  if (k < from - 1 && /^(the|a|an)$/.test(tokens[k]!.lower)) k++;
  const opener = tokens[k - 1];
  if (opener && opener.sentence === comma.sentence && !/^(the|a|an)$/.test(opener.lower) && !BREAKING_POST.test(opener.post)) return null;
  return officeTitle(tokens, k, from, text);
}

/** "confirm Pete Hegseth as secretary of defense", "named her as Finance Minister": the office a name is given. */
function titleAfterAs(tokens: Token[], last: number, text: string): StatedRole | null {
  const as = tokens[last + 1];
  if (!as || as.lower !== 'as' || as.sentence !== tokens[last]!.sentence || tokens[last]!.possessive || BREAKING_POST.test(tokens[last]!.post)) return null;
  let k = last + 2;
  if (/^(the|its|his|her|their|new|acting|interim)$/.test(tokens[k]?.lower ?? '')) k++;
  const limit = sentenceLimit(tokens, k, 6);
  if (k >= limit) return null;
  if (tokens[k]!.capital) {
    const end = capitalisedPhraseEnd(tokens, k, limit);
    return end > k ? officeTitle(tokens, k, end, text) : null;
  }
  // Lower case: words up to the office head, and "of defense" after it.
  let end = -1;
  let government = false;
  for (let m = k; m < limit; m++) {
    const t = tokens[m]!;
    if (t.capital) break;
    if (GOVERNMENT_PORTFOLIOS.has(t.lower)) government = true;
    if (OFFICE_HEADS.has(t.lower)) {
      end = m + 1;
      const of = tokens[m + 1];
      const p = tokens[m + 2]?.lower === 'the' ? m + 3 : m + 2;
      const portfolio = tokens[p];
      if (
        of &&
        portfolio &&
        /^(of|for)$/.test(of.lower) &&
        portfolio.lower !== 'the' &&
        PORTFOLIO_WORDS.has(portfolio.lower) &&
        !BREAKING_POST.test(t.post) &&
        !BREAKING_POST.test(of.post)
      ) {
        end = p + 1;
        if (GOVERNMENT_PORTFOLIOS.has(portfolio.lower)) government = true;
      }
      if (HEADS_NEEDING_PORTFOLIO.has(t.lower) && !government) return null;
      // "as president of Acme Corp": the head of something the text does not make public.
      const at = tokens[end];
      const what = at && /^(of|at)$/.test(at.lower) ? tokens[end + (tokens[end + 1]?.lower === 'the' ? 2 : 1)] : undefined;
      if (what?.capital && !countryOf(what.word) && !INSTITUTIONS.has(what.lower) && !isAcronym(what.word)) return null;
      break;
    }
    if (!PORTFOLIO_WORDS.has(t.lower)) break;
    if (BREAKING_POST.test(t.post)) break;
  }
  if (end < 0) return null;
  const title = text.slice(tokens[k]!.start, tokens[end - 1]!.end);
  return { title, country: US_CABINET_TITLES.test(title) ? 'US' : null };
}

/** After a name: "of the prosecutor's office" names the office a person speaks for. */
function officeAfter(tokens: Token[], last: number, text: string): StatedRole | null {
  const of = tokens[last + 1];
  if (!of || of.lower !== 'of' || BREAKING_POST.test(tokens[last]!.post)) return null;
  let k = last + 2;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  for (; k < Math.min(tokens.length, start + 4); k++) {
    const t = tokens[k]!;
    if (t.capital) return null;
    if (['office', 'ministry', 'department', 'police', 'army', 'navy', 'government', 'secretariat'].includes(t.lower)) {
      return { title: text.slice(tokens[start]!.start, t.end), country: null };
    }
  }
  return null;
}

/** Decides what one capitalised phrase names. */
function readChunk(tagged: TaggedText, chunk: Chunk): NameSighting[] {
  const { tokens, text } = tagged;
  const sentence = tokens[chunk.from]!.sentence;
  let from = chunk.from;
  const to = chunk.to;
  const whole = fold(spanText(text, tokens, from, to));
  const out: NameSighting[] = [];
  const org = (f: number, t: number, extra: Partial<NameSighting> = {}): NameSighting => ({
    kind: 'organization',
    name: spanText(text, tokens, f, t).replace(/^the\s+/i, ''),
    start: tokens[f]!.start,
    end: tokens[t - 1]!.end,
    sentence,
    ...extra,
  });

  // Datelines: "MEXICO CITY (AFP) -", "BEIJING (Al Jazeera) -", "TOPEKA, Kan. (AP) —", and headings in
  // capitals, are not names. The outlet in a dateline's brackets is an organisation.
  const allCaps = tokens.slice(from, to).every((t) => !/\p{Ll}/u.test(t.word));
  if (allCaps && to - from >= 2) return out;
  const opensLine = tokens[from]!.first || /\n\s*$/.test(text.slice(Math.max(0, tokens[from]!.start - 4), tokens[from]!.start)) || tokens[from]!.start === 0;
  const bracketNext = /^\s*[(,]/.test(tokens[to - 1]!.post) || /^\(/.test(tokens[to]?.pre ?? '');
  if (allCaps && opensLine && /\p{Lu}{3,}/u.test(tokens[from]!.word) && bracketNext) return out;
  if (datelineOutlet(tokens, from, to)) {
    out.push(org(from, to));
    return out;
  }
  // "The United Nations Secretary-General …" at the start of a sentence: the article is not part of it.
  if (tokens[from]!.lower === 'the' && tokens[from]!.first && to - from >= 2) from++;

  // Country first: "US Homeland Security Secretary …", "Mexican President …", "US State Department".
  let country: string | null = null;
  const lead = leadingCountry(tokens, from, to);
  const last0 = tokens[to - 1]!;
  const demonymInOrgName = lead && isDemonym(tokens[from]!.word) && ORG_SUFFIXES.has(last0.lower) && !readTitle(tokens, from + lead.words, to);
  if (lead && demonymInOrgName) {
    // "American Civil Liberties Union", "Mexican Navy": the demonym is part of the name.
  } else if (lead && lead.words < to - from) {
    country = lead.country;
    from += lead.words;
  } else if (lead) {
    return out; // a country alone is a place
  }
  const qualifier = country && lead && !demonymInOrgName ? spanText(text, tokens, chunk.from, chunk.from + lead.words) : undefined;
  country ??= countryBefore(tokens, chunk.from);

  // Organisation by agency or institution name: "Reuters", "the Pentagon".
  const rest = fold(spanText(text, tokens, from, to));
  const agency = NEWS_AGENCIES.get(rest);
  if (agency || INSTITUTIONS.has(rest)) {
    out.push(org(from, to, qualifier ? { qualifier } : {}));
    return out;
  }

  // An institution before a title is its jurisdiction: "United Nations Secretary-General Antonio Guterres".
  const institution = institutionAt(tokens, from, to);
  // Office title, then the name: "Secretary of State Rex Tillerson".
  const title = readTitle(tokens, institution ? from + institution : from, to);
  if (title) {
    let nameFrom = title.end;
    if (nameFrom < to && HONORIFICS.has(tokens[nameFrom]!.lower)) nameFrom++;
    // "Chief Executive Elon Musk": the descriptor completes the title, and is no part of the name.
    while (nameFrom < to - 1 && PERSON_DESCRIPTORS.has(tokens[nameFrom]!.lower) && !OFFICE_HEADS.has(tokens[nameFrom]!.lower)) nameFrom++;
    // "Chief Financial Officer Colette Kress": a company's officer title runs to "Officer".
    if (title.headLower === 'chief') for (let k = nameFrom; k < Math.min(to - 1, nameFrom + 3); k++) if (tokens[k]!.lower === 'officer') nameFrom = k + 1;
    let nameTo = to;
    for (let k = nameFrom + 1; k < to; k++) {
      if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for' || tokens[k]!.lower === 'and') {
        nameTo = k;
        break;
      }
    }
    if (nameTo < to) return readChunk(tagged, { from: chunk.from, to: nameTo });
    if (nameFrom < to && looksLikePersonName(tokens, nameFrom, to)) {
      // "Chief Gideon Cody" in a story about "the police chief of Marion": the document says which chief.
      const statedElsewhere = title.end - from === 1 && HEADS_NEEDING_PORTFOLIO.has(title.headLower) ? governmentTitleIn(text, title.headLower) : null;
      const isOffice = !HEADS_NEEDING_PORTFOLIO.has(title.headLower) || title.hasGovernmentWord || institution > 0 || statedElsewhere !== null;
      let titleText =
        statedElsewhere ?? spanText(text, tokens, from, title.end).replace(/\b(\p{L}+)$/u, (word) => ABBREVIATED_HEADS.get(word.toLowerCase()) ?? word);
      // "Norway's Climate and Environment Minister": the title began before the "and".
      const coordinated = from === chunk.from ? coordinatedTitleStart(tokens, chunk.from) : null;
      if (coordinated) titleText = `${text.slice(tokens[coordinated.start]!.start, tokens[chunk.from - 1]!.end)} ${titleText}`;
      let roleCountry = country ?? coordinated?.country ?? demonymBefore(tokens, chunk.from) ?? countryOfSubnational(tokens[from]!.word) ?? title.jurisdiction;
      if (!roleCountry && US_CABINET_TITLES.test(titleText)) roleCountry = 'US';
      out.push({
        kind: 'person',
        name: personName(tagged, nameFrom, to, chunk),
        start: tokens[nameFrom]!.start,
        end: tokens[to - 1]!.end,
        sentence,
        ...(isOffice ? { role: { title: titleText, country: roleCountry } } : { private: true }),
        ...nicknameOf(tagged, chunk),
      });
      return out;
    }
    if (nameFrom >= to) return out; // a title alone: "the Mexican President's office"
  } else {
    const bodyTitle = publicBodyTitle(tagged, chunk);
    if (bodyTitle) return bodyTitle;
  }

  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const after = tokens[to];
  const before = tokens[chunk.from - 1];

  // A capitalised descriptor before a name: "Professor Jane Goodall", "Coach Erik ten Hag", "Apple CEO
  // Tim Cook". A person, holding no office the text names.
  for (let k = from; k < to - 1; k++) {
    const word = tokens[k]!;
    if (!PERSON_DESCRIPTORS.has(word.lower) || OFFICE_HEADS.has(word.lower) || !looksLikePersonName(tokens, k + 1, to)) continue;
    if (k > from && !isAcronym(word.word) && !tokens.slice(from, k).every((t) => t.capital)) break;
    if (to - (k + 1) < 2 && !tokens[k + 1]!.tags.has('Person')) break;
    out.push(person(tagged, chunk, k + 1, { private: true }));
    return out;
  }

  // Honorific: "Mr Kelly", "Mrs. Clinton".
  if (HONORIFICS.has(first.lower) && to - from >= 2 && looksLikePersonName(tokens, from + 1, to)) {
    const office = officeAfter(tokens, to - 1, text);
    out.push(person(tagged, chunk, from + 1, { start: first.start, ...(office ? { role: office } : {}) }));
    return out;
  }

  // Organisation by its last word or first words: "State Department", "Department of Justice", "Group of 20".
  // "Amnesty International Kenya", "Save the Children UK": a national branch keeps the name before it.
  const branch = to - from >= 3 && countryOf(last.word) !== null && ORG_SUFFIXES.has(tokens[to - 2]!.lower) && tokens[to - 2]!.capital;
  const orgBySuffix = to - from >= 2 && ((ORG_SUFFIXES.has(last.lower) && last.capital) || branch) && !PLACE_HEADS.has(first.lower);
  const orgByHead =
    to - from >= 3 &&
    tokens
      .slice(from, to - 1)
      .some((t, k) => (ORG_HEADS.has(t.lower) || ORG_SUFFIXES.has(t.lower)) && t.capital && /^(of|for|on)$/.test(tokens[from + k + 1]!.lower));
  if (orgBySuffix || orgByHead) {
    out.push(org(from, to, qualifier ? { qualifier } : {}));
    return withAcronym(tagged, out, to);
  }

  // "the Sinaloa cartel": a capitalised name with a lower-case organisation noun after it.
  // ("the Mercosur bloc", but not "the Soviet bloc" nor "the Western alliance": a people or a direction.)
  const blocOfPeople = BLOC_NOUNS.has(after?.lower ?? '') && (isDemonym(first.word) || countryOf(first.word) !== null || COMPASS.has(first.lower));
  if (after && ORG_TRAILING_NOUNS.has(after.lower) && !after.capital && joined(last, after) && !blocOfPeople) {
    out.push(org(from, to + 1, { name: `${spanText(text, tokens, from, to)} ${after.word}` }));
    return out;
  }

  // Acronyms: "AFP", "G-20", "NATO" (not "US", "TV" or "AM").
  if (to - from === 1 && isAcronym(first.word) && !NOT_ORG_ACRONYMS.has(first.lower.replace(/\.$/, '')) && !countryOf(first.word)) {
    if (first.tags.has('Place') && !first.tags.has('Organization')) return out;
    out.push(org(from, to));
    return out;
  }

  // "Mexican TV network Televisa", "radio station Formula".
  if (before && MEDIA_NOUNS.has(before.lower) && !before.capital && joined(before, first)) {
    out.push(org(from, to));
    return out;
  }

  const apposition = appositionAfter(tokens, to - 1);
  const quoted = OPEN_QUOTE.test(tokens[chunk.from]!.pre);

  // Apposition decides: "WikiLeaks, the anti-secrecy group", "Andrew Selee, an expert on …".
  if (apposition && ORG_NOUNS.has(apposition.head) && !PERSON_DESCRIPTORS.has(apposition.head) && !OFFICE_HEADS.has(apposition.head)) {
    out.push(org(from, to));
    return out;
  }

  // Spanish names of gangs and papers: "Los Zetas", "El País" (but not "the town of Las Varas").
  if (SPANISH_ARTICLES.has(first.lower) && to - from >= 2 && !quoted) {
    const placeBefore = before && (PLACE_NOUNS.has(before.lower) || (before.lower === 'of' && PLACE_NOUNS.has(tokens[chunk.from - 2]?.lower ?? '')));
    const placeAfter = after && PLACE_AFTER.has(after.lower);
    const knownPlace = tokens.slice(from, to).some((t) => t.tags.has('Place') || t.tags.has('City'));
    if (!placeBefore && !placeAfter && !knownPlace) out.push(org(from, to));
    return out;
  }

  // "Alternative for Germany (AfD)": a name that gives its initials in brackets is an organisation's.
  if (to - from >= 2 && after && bracketedAcronym(after) && !first.tags.has('FirstName') && !first.tags.has('Person')) {
    out.push(org(from, to));
    return withAcronym(tagged, out, to);
  }

  // People: by apposition, a lower-case title before, or the shape of a name.
  if (!looksLikePersonName(tokens, from, to)) return out;
  // "Volker Turk, the UN High Commissioner for Human Rights", "the UN High Commissioner for Human
  // Rights, Volker Turk,", "confirm Pete Hegseth as secretary of defense".
  const place = tokens.slice(from, to).every((t) => t.tags.has('Place'));
  const stated = place
    ? null
    : (titleAfterComma(tokens, to - 1, text) ?? titleBeforeComma(tokens, chunk.from, to - 1, text) ?? titleAfterAs(tokens, to - 1, text));
  if (stated) {
    out.push(person(tagged, chunk, from, { role: stated }));
    return out;
  }
  const lowerTitle = lowercaseTitleBefore(tokens, chunk.from, text);
  if (apposition && (OFFICE_HEADS.has(apposition.head) || PERSON_DESCRIPTORS.has(apposition.head))) {
    // "Rafael Grossi, the head of the International Atomic Energy Agency": a head of a public body.
    // "…, president of the European Commission": the body completes any title.
    const bodyEnd = OFFICE_HEADS.has(apposition.head) ? publicBodyAfter(tokens, apposition.to) : -1;
    const role = !OFFICE_HEADS.has(apposition.head)
      ? null
      : !HEADS_NEEDING_PORTFOLIO.has(apposition.head)
        ? appositionRole(tagged, bodyEnd > 0 ? { from: apposition.from, to: bodyEnd } : apposition)
        : bodyEnd > 0
          ? appositionRole(tagged, { from: apposition.from, to: bodyEnd })
          : null;
    out.push(person(tagged, chunk, from, role ? { role } : { private: !lowerTitle?.role }));
    if (lowerTitle?.role) out[0]!.role ??= lowerTitle.role;
    return out;
  }
  if (lowerTitle) {
    out.push(person(tagged, chunk, from, lowerTitle));
    return out;
  }
  const office = officeAfter(tokens, to - 1, text);
  const shapedLikeName =
    to - from >= 2 &&
    (first.tags.has('FirstName') ||
      (tokens.slice(from, to).every((t) => t.tags.has('Person') || t.tags.has('ProperNoun')) && SAY_VERBS.has(after?.lower ?? '')));
  // "Southern California Edison said": a region's name opens a company's, not a person's.
  const placeish = tokens.slice(from, to).every((t) => t.tags.has('Place')) || (COMPASS.has(first.lower) && to - from >= 2 && isPlaceWord(tokens[from + 1]!));
  if ((shapedLikeName || (office && to - from >= 2)) && !placeish && !whole.includes('"')) {
    out.push(person(tagged, chunk, from, office ? { role: office } : {}));
  }
  return out;
}

function appositionRole(tagged: TaggedText, apposition: { from: number; to: number }): StatedRole {
  const { tokens, text } = tagged;
  let from = apposition.from;
  if (/^(a|an|the|his|her|its|their)$/.test(tokens[from]!.lower)) from++;
  const lead = leadingCountry(tokens, from, apposition.to);
  const country = lead?.country ?? null;
  if (lead) from += lead.words;
  return { title: text.slice(tokens[from]!.start, tokens[apposition.to - 1]!.end), country };
}

function nicknameOf(tagged: TaggedText, chunk: Chunk): { nickname?: string } {
  if (!chunk.nickname) return {};
  return { nickname: spanText(tagged.text, tagged.tokens, chunk.nickname.from, chunk.nickname.to) };
}

/** The name without a nickname: Joaquin "El Chapo" Guzman → Joaquin Guzman. */
function personName(tagged: TaggedText, from: number, to: number, chunk: Chunk): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (chunk.nickname && k >= chunk.nickname.from && k < chunk.nickname.to) continue;
    const t = tagged.tokens[k]!;
    const word = t.post.startsWith('.') && t.word.length === 1 ? `${t.word}.` : t.word;
    // A double-barrelled name keeps its hyphen: "Ocasio-Cortez".
    const previous = tagged.tokens[k - 1];
    if (words.length && previous && /^[-‐‑]$/.test(tagged.text.slice(previous.end, t.start))) words[words.length - 1] += `-${word}`;
    else words.push(word);
  }
  return words.join(' ');
}

function person(tagged: TaggedText, chunk: Chunk, nameFrom: number, extra: Partial<NameSighting> = {}): NameSighting {
  const { tokens } = tagged;
  return {
    kind: 'person',
    name: personName(tagged, nameFrom, chunk.to, chunk),
    start: tokens[nameFrom]!.start,
    end: tokens[chunk.to - 1]!.end,
    sentence: tokens[chunk.from]!.sentence,
    ...nicknameOf(tagged, chunk),
    ...extra,
  };
}

/** "Group of 20 (G-20)": the acronym in brackets after an organisation is another name for it. */
function withAcronym(tagged: TaggedText, out: NameSighting[], to: number): NameSighting[] {
  const t = tagged.tokens[to];
  const orgName = out[0]?.name;
  if (t && orgName && t.pre.includes('(') && t.post.startsWith(')') && (isAcronym(t.word) || bracketedAcronym(t))) {
    out.push({ kind: 'organization', name: t.word, start: t.start, end: t.end, sentence: t.sentence, acronymOf: orgName });
  }
  return out;
}

/** Finds every name the grammar can tell in a tagged text. */
export function recognize(tagged: TaggedText): NameSighting[] {
  const sightings: NameSighting[] = [];
  const claimed = new Set<number>();
  for (const sentence of tagged.sentences) {
    let previous: NameSighting | undefined;
    for (const chunk of chunksOf(tagged.tokens, sentence.from, sentence.to)) {
      for (const sighting of readChunk(tagged, chunk)) {
        if (claimed.has(sighting.start)) continue;
        claimed.add(sighting.start);
        // "Defense Secretary Lloyd Austin met his Japanese counterpart Yasukazu Hamada": an official's
        // counterpart holds the same office for another country.
        if (!sighting.role && sighting.kind === 'person' && previous?.role) {
          const counterpart = /\b(?:his|her|their|its)\s+([\p{Lu}][\p{L}.]*\s+)?counterparts?,?\s*$/u.exec(tagged.text.slice(previous.end, sighting.start));
          if (counterpart) {
            const country = counterpart[1] ? countryOf(counterpart[1].trim()) : null;
            sighting.role = { title: `counterpart of the ${previous.role.title}`, country };
            delete sighting.private;
          }
        }
        // "Mexican President Felipe Calderón and Foreign Minister Patricia Espinoza": the country carries over.
        if (sighting.role && !sighting.role.country && previous?.role?.country) {
          const between = tagged.text.slice(previous.end, sighting.start);
          if (/^\s*(,|and)\s+[\p{L}\s]*$/u.test(between) && between.length < 40) sighting.role.country = previous.role.country;
        }
        sightings.push(sighting);
        previous = sighting;
      }
    }
  }
  return sightings;
}
