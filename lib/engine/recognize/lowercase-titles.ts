/**
 * Reads lower-case titles written before a name: "state police chief Oscar Aparicio", "the country's
 * chief negotiator Ana Vidal", "Fund director Eva Kors", "head of public service Felix Mutua", and
 * the relations that borrow another official's office: "his deputy Tom Alder", "his Japanese
 * counterpart Yoko Sato".
 */
import { bodyOf } from '../lexicon/bodies';
import { countryOf, isDemonym } from '../lexicon/countries';
import { placeCountry } from '../lexicon/gazetteer';
import { ADMINISTRATIVE_AREAS, isWorldRegion } from '../lexicon/places';
import {
  GOVERNMENT_OWNERS,
  GOVERNMENT_PHRASES,
  GOVERNMENT_PORTFOLIOS,
  HEADS_NEEDING_PORTFOLIO,
  JURISDICTION_HEADS,
  LEGISLATURE_WORDS,
  OFFICE_HEADS,
  PERSON_DESCRIPTORS,
  PORTFOLIO_WORDS,
  PRIVATE_PRACTICE_TITLES,
  STAFF_HEADS,
  TENURE_WORDS,
} from '../lexicon/offices';
import { GOVERNMENT_BODIES, INSTITUTION_COUNTRIES, INSTITUTIONS, ORG_HEADS, PRIVATE_BODY_ENDS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { fold } from '../names';
import type { Token } from '../nlp';
import { headWordAt } from './title-words';
import { isAcronym } from './acronyms';
import { countryBefore, leadingCountry } from './countries';
import type { Relation, StatedRole } from './sightings';
import { connectsBody, itsPublicBody, refersToPublicBody } from './title-bodies';
import { BREAKING_POST, joined, nameable } from './words';

/** A lower-case title with a government word that the text gives for this head, once: "police chief". */
export function governmentTitleIn(text: string, head: string): string | null {
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`\\b(\\p{Ll}+) ${head}\\b`, 'gu'))) {
    if (GOVERNMENT_PORTFOLIOS.has(match[1]!)) found.add(`${match[1]} ${head}`);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The head of a lower-case title that ends just before token `from`: "chief" of "police chief", or a
 * head with an "of" phrase after it ("chief of staff", "head of public service"). Its index and
 * whether the "of" phrase names a government office.
 */
function headBefore(tokens: Token[], from: number): { at: number; government: boolean; placed?: boolean; country?: string | null } | null {
  const prev = tokens[from - 1]!;
  if (OFFICE_HEADS.has(prev.lower)) return { at: from - 1, government: GOVERNMENT_PORTFOLIOS.has(prev.lower) };
  // "Council member Ann Lee", "City Council member Bo Park": a seat on a council (`headWordAt`).
  if (prev.lower === 'member' && headWordAt(tokens, from - 1)) return { at: from - 1, government: true };
  for (let of = from - 2; of >= Math.max(1, from - 8); of--) {
    const words = tokens.slice(of + 1, from);
    const place = placedAfter(tokens, of, words);
    if (place) return { at: of - 1, government: place.government, placed: true, country: place.country };
    // "speaker of the provincial assembly", "minister for internal affairs": a portfolio in lower case.
    const connector = tokens[of]!.lower;
    if (of < from - 5 || (connector !== 'of' && connector !== 'for') || !OFFICE_HEADS.has(tokens[of - 1]!.lower) || tokens[of - 1]!.capital) continue;
    const inPhrase = (t: Token, i: number) =>
      !t.capital && !t.tags.has('Verb') && (!t.tags.has('Determiner') || (i === 0 && t.lower === 'the')) && t.sentence === prev.sentence;
    // (The last word may carry the comma that sets the title off: "chief of staff, Andriy Yermak".)
    if (!words.every((t, i) => inPhrase(t, i) && (i === words.length - 1 || !BREAKING_POST.test(t.post)))) continue;
    // (Words of the phrase, none an owner's nor a private body's: "secretary of the patients' rights group X".)
    if (words.every((t) => t.lower === 'the') || words.some((t) => t.possessive || PRIVATE_BODY_ENDS.has(t.lower))) continue;
    const phrase = words.map((t) => t.lower).join(' ');
    // (After "for", a portfolio: "commissioner for internal affairs and migration"; not "director for sales".)
    const portfolio = connector === 'for' && words.some((t) => PORTFOLIO_WORDS.has(t.lower) && t.lower !== 'the');
    if (connector === 'for' && !portfolio) continue;
    return { at: of - 1, government: portfolio || words.some((t) => GOVERNMENT_PORTFOLIOS.has(t.lower)) || GOVERNMENT_PHRASES.has(phrase) };
  }
  return null;
}

/** Whether the title from token `start` opens its clause: its sentence's first words, or after a determiner or a possessive, past words of tenure. */
function standsAlone(tokens: Token[], start: number): boolean {
  // ("the current mayor of Lyon, …": a word of tenure before the title is part of its phrase.)
  while (start > 0 && TENURE_WORDS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.sentence === tokens[start]!.sentence) start--;
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start]!.sentence || before.possessive || BREAKING_POST.test(before.post)) return true;
  return before.tags.has('Determiner') || /^(whose|its|his|her|their)$/.test(before.lower);
}

/**
 * Whether a lower-case head and a connector at `at` name the place or body of an office, in capitals:
 * "ambassador to Peru", "the president of Puglia", "envoy for the Horn of Africa". A place or a body
 * the lexicons know after "to" and "of"; after "for", any region an envoy may be sent for. Null where
 * they do not; else the office's country: the place's after "of" ("the president of Puglia" is
 * Italy's), none after "to" (an ambassador "to Peru" is another country's) or "for".
 */
function placedAfter(tokens: Token[], at: number, words: readonly Token[]): { country: string | null; government: boolean } | null {
  const [connector, head] = [tokens[at]!.lower, tokens[at - 1]!];
  if (head.capital || at < 1) return null;
  let named = words[0]?.lower === 'the' ? words.slice(1) : words;
  // "the governor of the Souss-Massa region", "the mayor of Kirov district": an area by its kind.
  // ("the president of the South West Ethiopia Peoples' Region": a capitalised kind, a people's plural inside.)
  const area = named.length >= 2 && ADMINISTRATIVE_AREAS.has(named.at(-1)!.lower) && connector === 'of';
  if (area) named = named.slice(0, -1);
  // ("the chairperson of the Parliamentary Committee on Fisheries": a body's remit after "on" or "for".)
  const remitAt = named.findIndex((t, i) => (t.lower === 'on' || t.lower === 'for') && i > 0 && PUBLIC_BODY_ENDS.has(named[i - 1]!.lower));
  const connects = (t: Token, i: number) =>
    i > 0 && i < named.length - 1 && (t.lower === 'of' || (remitAt >= 0 && i >= remitAt && /^(on|for|and|the)$/.test(t.lower)));
  const inName = (t: Token, i: number) => (!t.possessive || area) && (t.capital || connects(t, i)) && (i === named.length - 1 || !BREAKING_POST.test(t.post));
  if (!named.length || !named.every(inName)) return null;
  const phrase = named.map((t) => t.word).join(' ');
  if (connector === 'for') {
    if (TOWARDS_FOR.has(head.lower)) return { country: null, government: true };
    // "the IMF's mission chief for Egypt", "the bank's country director for Africa": the area any
    // office serves, which makes it no public one by itself (a firm has its director for Asia too).
    const area = isWorldRegion(named.map((t) => t.word)) || placeCountry(phrase) !== null;
    return area && OFFICE_HEADS.has(head.lower) ? { country: null, government: false } : null;
  }
  const country = placeCountry(phrase) ?? (area ? (named.map((t) => placeCountry(t.word)).find((c) => c) ?? null) : null);
  if (area) return OFFICE_HEADS.has(head.lower) ? { country, government: true } : null;
  // ("the mayor of Lamego, Filipa Antunes": the head of a place's office needs no known place.)
  if (country === null && bodyOf(phrase) === null && !legislativeBody(named) && !(connector === 'of' && JURISDICTION_HEADS.has(head.lower))) return null;
  if (connector === 'to') return connectsBody(head.lower, 'to') ? { country: null, government: true } : null;
  return connector === 'of' && OFFICE_HEADS.has(head.lower) ? { country, government: true } : null;
}

/**
 * Whether capitalised words name a body of a legislature or a government by their own words: a
 * body's head and a government's or a legislature's word ("Parliamentary Committee on Fisheries",
 * "Senate Rules Committee"), not a firm's ("Audit Committee").
 */
function legislativeBody(named: readonly Token[]): boolean {
  return (
    named.some((t) => PUBLIC_BODY_ENDS.has(t.lower)) && named.some((t) => t.capital && (GOVERNMENT_PORTFOLIOS.has(t.lower) || LEGISLATURE_WORDS.has(t.lower)))
  );
}

/** Offices held for a region or a cause: "special envoy for the Horn of Africa", "high representative for Bosnia". */
const TOWARDS_FOR = new Set(['envoy', 'representative', 'coordinator', 'emissary', 'rapporteur']);

/** "White House chief of staff", "Kremlin spokesman": the country whose seat of government the words at i name. */
function seatCountry(words: readonly Token[], i: number): string | null {
  const two = words[i + 1] ? INSTITUTION_COUNTRIES.get(fold(`${words[i]!.word} ${words[i + 1]!.word}`)) : undefined;
  return two ?? INSTITUTION_COUNTRIES.get(fold(words[i]!.word)) ?? null;
}

/** Whether token t may stand in a title written before a name, walking back from token k after it. */
function inTitle(tokens: Token[], t: Token, k: number): { word: boolean; government: boolean } {
  // ("North" of "North Korean leader": the tagger reads it as an adjective.)
  // (A place opens a title too: "Texas Department of Public Safety director".)
  const lexical =
    (PORTFOLIO_WORDS.has(t.lower) && t.lower !== 'the') || placeCountry(t.word) !== null || (t.capital && /^(north|south|east|west)$/.test(t.lower));
  const noun =
    t.tags.has('Noun') &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('Verb') &&
    !t.tags.has('Determiner') &&
    !t.capital &&
    !/^(its|his|her|their|our|my|your)$/.test(t.lower);
  // A sentence's first word counts where it opens an institution's name ("White House chief of staff")
  // or is a public body's short name ("Fund director", "Commission spokesman").
  const opensInstitution =
    INSTITUTIONS.has(t.lower) || INSTITUTIONS.has(fold(`${t.word} ${tokens[k]!.word}`)) || PUBLIC_BODY_ENDS.has(t.lower) || ORG_HEADS.has(t.lower);
  // ("Houthi military spokesman" at a sentence's start: a word the tagger knows for a proper noun.)
  const properName =
    t.capital &&
    !t.tags.has('Determiner') &&
    (nameable(t) || (t.first && opensInstitution)) &&
    (!t.first || opensInstitution || isAcronym(t.word) || t.tags.has('ProperNoun'));
  const connector = (t.lower === 'of' || t.lower === 'for') && tokens[k]!.capital;
  const government =
    GOVERNMENT_PORTFOLIOS.has(t.lower) ||
    GOVERNMENT_PHRASES.has(`${t.lower} ${tokens[k]!.lower}`) ||
    (t.capital && (GOVERNMENT_BODIES.has(t.lower) || PUBLIC_BODY_ENDS.has(t.lower))) ||
    (properName && isAcronym(t.word)) ||
    // "the committee chairperson", the committee one the story named: "the Public Accounts Committee".
    (!t.capital && refersToPublicBody(tokens, k - 1));
  return { word: lexical || noun || properName || connector, government };
}

/** Walks back from the head at k over the words that make up the title: "Texas Department of Public Safety director". */
function titleStart(tokens: Token[], k: number, from: number): { start: number; government: boolean } {
  const sentence = tokens[k]!.sentence;
  let government = false;
  while (k - 1 >= 0 && from - k < 8) {
    const t = tokens[k - 1]!;
    if (t.sentence !== sentence || BREAKING_POST.test(t.post) || (t.possessive && !countryOf(t.word))) break;
    // "the work and pensions secretary": two portfolios joined by "and" (but "… a ceasefire, and IAEA chief").
    const before = tokens[k - 2];
    // (Not before a word of tenure: "… results and former prime minister Omar Karame" is one title.)
    if (
      t.lower === 'and' &&
      !TENURE_WORDS.has(tokens[k]!.lower) &&
      before &&
      // (A sentence's capital is no name's: "Police and crime commissioner Graham Tresize said".)
      (!before.capital || (before.first && PORTFOLIO_WORDS.has(before.lower))) &&
      !OFFICE_HEADS.has(before.lower) &&
      before.tags.has('Noun') &&
      !BREAKING_POST.test(before.post) &&
      k > 1
    ) {
      k--;
      continue;
    }
    // "under" opens a title only before its head ("under secretary"): "collectivisation under Soviet dictator" is none.
    if (t.lower === 'under' && k !== from - 1 && !OFFICE_HEADS.has(tokens[k]!.lower)) break;
    const word = inTitle(tokens, t, k);
    if (!word.word) break;
    government ||= word.government;
    k--;
  }
  while (k < from - 1 && (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for')) k++;
  return { start: k, government };
}

/**
 * Whose office a possessive before a title says it is: "the country's chief negotiator", "the EU's
 * foreign policy chief", "the president-elect's economy minister". Its country or body, and
 * whether it makes the title an office; null where no possessive stands there.
 */
function ownerBefore(tokens: Token[], k: number): { country: string | null; government: boolean } | null {
  const owner = tokens[k - 1];
  if (!owner?.possessive || owner.sentence !== tokens[k]!.sentence) return null;
  const hyphened = tokens[k - 2] && tokens[k - 2]!.post === '-' ? [tokens[k - 2]!.lower] : [];
  // "the European Union's foreign policy chief": the owner's name may run to several words.
  let from = k - 1;
  while (from > 0 && k - from < 4 && tokens[from - 1]!.capital && joined(tokens[from - 1]!, tokens[from]!)) from--;
  const phrase = tokens
    .slice(from, k)
    .map((t) => t.word)
    .join(' ');
  const named = placeCountry(phrase) ?? bodyOf(phrase) ?? placeCountry(owner.word) ?? bodyOf(owner.word);
  const country = named ?? (/^(country|nation)$/.test(owner.lower) ? lastCountryBefore(tokens, k - 1) : null);
  // "the committee's chair", "the KPU's chairman": a public body the story has named.
  const government = country !== null || [...hyphened, owner.lower].some((w) => GOVERNMENT_OWNERS.has(w)) || refersToPublicBody(tokens, k - 1);
  return { country, government };
}

/** "Sudan's ambassador … The country's chief negotiator": the country named last, in this sentence or the two before. */
function lastCountryBefore(tokens: Token[], k: number): string | null {
  const sentence = tokens[k]!.sentence;
  for (let m = k - 1; m >= 0 && tokens[m]!.sentence >= sentence - 2; m--) {
    const country = tokens[m]!.capital ? countryOf(tokens[m]!.word) : null;
    if (country) return country;
  }
  return null;
}

/** What a lower-case title before a name says of it: its role, that it holds none, or whose office it borrows. */
export interface TitleBefore {
  role?: StatedRole;
  private?: boolean;
  relation?: Relation;
}

/** A lower-case title written before a name: "state police chief Oscar Aparicio", "kingpin Joaquin Guzman", "his deputy Tom Alder". */
export function lowercaseTitleBefore(tokens: Token[], from: number, text: string): TitleBefore | null {
  const prev = tokens[from - 1];
  if (!prev || prev.sentence !== tokens[from]!.sentence) return null;
  const head = headBefore(tokens, from);
  // (A capitalised word ends a title only as the place it is held towards: "ambassador to Peru".)
  if (prev.capital && !head?.placed) return null;
  // "the bloc's foreign policy chief, Josep Borrell, said": a title set off by a comma.
  if (BREAKING_POST.test(prev.post) && !(prev.post.trim() === ',' && (head || prev.lower.startsWith('counterpart')))) return null;
  if (PERSON_DESCRIPTORS.has(prev.lower) && !OFFICE_HEADS.has(prev.lower) && !(prev.lower === 'member' && head)) return { private: true };
  if (PRIVATE_PRACTICE_TITLES.has(`${tokens[from - 2]?.lower} ${prev.lower}`)) return { private: true };
  // "his Japanese counterpart Yoko Sato", "his deputy Tom Alder": the office of the official named before.
  const relation = relationBefore(tokens, from);
  if (relation) return { relation };
  if (!head) return null;
  const walked = titleStart(tokens, head.at, from);
  // "… sent as envoy to Mali, Louise Bergeron said": set off by a comma, the title stands as a phrase of its own.
  if (head.placed && !standsAlone(tokens, walked.start)) return null;
  let government = head.government || walked.government;
  const owner = ownerBefore(tokens, walked.start);
  if (owner?.government) government = true;
  // "The Seimas Committee on Defence will hear him, its chairman Tomas Kiela said": a public body's office.
  if (tokens[walked.start - 1]?.lower === 'its' && itsPublicBody(tokens, walked.start - 1)) government = true;
  // "North Korean leader Kim Jong Un", "Chinese leader Xi Jinping": the leader of a country.
  if (prev.lower === 'leader' && leadingCountry(tokens, walked.start, from - 1)?.words === from - 1 - walked.start) government = true;
  if (HEADS_NEEDING_PORTFOLIO.has(tokens[head.at]!.lower) && !government) return { private: true };
  const lead = leadingCountry(tokens, walked.start, from - 1);
  const titleFrom = lead ? walked.start + lead.words : walked.start;
  // "Bank Negara Malaysia governor", "Texas Department of Public Safety director": a place inside the title.
  const words = tokens.slice(titleFrom, head.at);
  const inside = words.map((t, i) => placeCountry(t.word) ?? bodyOf(t.word) ?? seatCountry(words, i)).find((c) => c) ?? null;
  const country = lead?.country ?? owner?.country ?? head.country ?? countryBefore(tokens, walked.start) ?? inside;
  // "Houthi military spokesman", "National Security Council spokesman": an organisation's office,
  // which the story's country need not be.
  const named = (t: Token) => t.capital && !PORTFOLIO_WORDS.has(t.lower) && !isAcronym(t.word) && !t.tags.has('Place') && !placeCountry(t.word);
  // "Central bank chief Roberto Freitas": a sentence's first word is capitalised by grammar alone.
  const written = text.slice(tokens[titleFrom]!.start, prev.end);
  const opener = tokens[titleFrom]!;
  const byGrammar = opener.first && PORTFOLIO_WORDS.has(opener.lower) && !INSTITUTIONS.has(opener.lower) && !/\p{Lu}/u.test(written.slice(1));
  const title = byGrammar ? written[0]!.toLowerCase() + written.slice(1) : written;
  // "the International Criminal Court (ICC) said its prosecutor, Karim Khan": the organisation's own office.
  const its = tokens[walked.start - 1]?.lower === 'its';
  if (!country && !government && companyOfficer(tokens, titleFrom, head.at)) return { private: true };
  // "a company spokesman", "his campaign spokesman", "the club's chairman": a private body's own office.
  if (!government && words.some((t) => !t.capital && PRIVATE_OWNERS.has(t.lower))) return { private: true };
  const byOrganization = country ? null : its ? 'its' : words.some(named) ? 'named' : null;
  return { role: { title, country, ...(byOrganization ? { byOrganization } : {}) } };
}

/** Lower-case words before a head that make the office a private body's: "company spokesman", "campaign manager". */
const PRIVATE_OWNERS = new Set(['company', 'firm', 'campaign', 'club', 'team', 'corporate', 'airline', 'retailer', 'brand']);

/** The heads a company or an association has as well as a state: "Toyota president", "Federated Farmers chairman". */
const BOARD_HEADS = new Set(['president', 'chairman', 'chairwoman', 'chairperson', 'chair']);

/**
 * Whether the words before a board's head (`BOARD_HEADS`) name a body by its name alone, one no state
 * runs by any word of it: "Toyota president Akio Toyoda", "Federated Farmers president Jock
 * Macfarlane". Not initials, which may be a party's or a public body's ("PTI chairman"), a place or a
 * people ("Kenyan president"), a public body's word ("Senate president"), a party or a bank
 * ("Republican Party chairman", "Bundesbank president").
 */
function companyOfficer(tokens: Token[], from: number, head: number): boolean {
  const words = tokens.slice(from, head);
  if (!BOARD_HEADS.has(tokens[head]!.lower) || tokens[head]!.capital || !words.length || words.length > 3) return false;
  return words.every(
    (t) =>
      t.capital &&
      (!t.first || t.tags.has('Organization') || t.tags.has('ProperNoun')) &&
      !isAcronym(t.word) &&
      !placeCountry(t.word) &&
      !isDemonym(t.word) &&
      !t.tags.has('Place') &&
      !INSTITUTIONS.has(t.lower) &&
      !PUBLIC_BODY_ENDS.has(t.lower) &&
      !GOVERNMENT_BODIES.has(t.lower) &&
      !GOVERNMENT_PORTFOLIOS.has(t.lower) &&
      !PORTFOLIO_WORDS.has(t.lower) &&
      !/(party|bank)$/i.test(t.word),
  );
}

/**
 * "his deputy Tom Alder", "her U.S. counterpart, Jane Roe", "his Ukrainian counterpart Dmytro
 * Kuleba": a person whose office is read off the official named before; null for any other words.
 */
function relationBefore(tokens: Token[], from: number): Relation | null {
  const prev = tokens[from - 1]!;
  const kind =
    prev.lower === 'counterpart' || prev.lower === 'counterparts'
      ? 'counterpart'
      : prev.lower === 'deputy'
        ? 'deputy'
        : STAFF_HEADS.has(prev.lower) && /^(his|her|their|its)$/.test(tokens[from - 2]?.lower ?? '')
          ? 'staff'
          : null;
  if (!kind) return null;
  // "the Secretary-General … his spokesman Stephane Dujarric": the official's own staff.
  if (kind === 'staff') return { kind, country: null, title: prev.lower };
  let k = from - 2;
  let country: string | null = null;
  // A country between the pronoun and the relation: "his Japanese counterpart", "her U.S. counterpart".
  if (tokens[k] && countryOf(tokens[k]!.word) && tokens[k]!.sentence === prev.sentence) country = countryOf(tokens[k--]!.word);
  const pronoun = tokens[k];
  // "Akinrinde's deputy, Olamide Fasanmi": the deputy of the official the possessive names.
  if (kind === 'deputy' && pronoun?.possessive && pronoun.capital && !country && !countryOf(pronoun.word) && pronoun.sentence === prev.sentence)
    return { kind, country: null, of: pronoun.word };
  if (!pronoun || pronoun.sentence !== prev.sentence || !/^(his|her|their|its)$/.test(pronoun.lower)) return kind === 'counterpart' ? { kind, country } : null;
  return { kind, country };
}
