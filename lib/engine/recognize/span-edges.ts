/**
 * Mends the edges of the tagger's name spans before they are read: a word the tagger left off a name,
 * or the type of a name a lower-case word after it decides. Each rule is a shape of English news
 * writing, tested on invented names in `tests/lib/engine/`.
 */
import { countryOf, isDemonym } from '../lexicon/countries';
import { placeCountry } from '../lexicon/gazetteer';
import { LEGISLATOR_HEADS, LEGISLATURE_WORDS, OFFICE_HEADS, PORTFOLIO_WORDS } from '../lexicon/offices';
import { CLUB_ENDS, CORPORATE_SUFFIXES, ORG_NAME_ENDS, PRIVATE_BODY_ENDS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import type { TaggedText, Token } from '../nlp';
import type { NameSpan } from '../tagger/tag-names';
import { afterArticle, type NameSighting } from './sightings';
import { isPlaceWord, joined, legislatorAbbreviation, listedAfterComma, nameHalf, tradeBeforeName } from './words';

/**
 * The tagger's span with its edges mended: a leader's name before "administration" made a person; a
 * legislature's own name, and a party's before a legislator ("a Jana Vimukthi Peramuna lawmaker"),
 * made organisations, and so a MISC span ending in a body's head and a place's ending in a club's word; a title's last portfolio word left out of a person's; a hyphenated given
 * name's lower-case half and a body's last word taken in.
 * Returns the span itself when no rule applies; never throws.
 */
export function mendedSpan(tagged: TaggedText, span: NameSpan): NameSpan {
  const typed = leaderOfAdministration(tagged.tokens, span)
    ? { ...span, type: 'PER' as const }
    : ORGANIZATION_READINGS.some((reads) => reads(tagged.tokens, span))
      ? { ...span, type: 'ORG' as const }
      : span;
  return withPluralOpener(tagged, withBodyEnd(tagged, withNameHalf(tagged, withoutPortfolio(tagged, typed))));
}

/** The readings that make a span an organisation's, whatever type the tagger gave it (each below). */
const ORGANIZATION_READINGS: ((tokens: readonly Token[], span: NameSpan) => boolean)[] = [
  legislatureNamed,
  partyOfLegislator,
  bodyReadAsMisc,
  armedGroup,
  bodyInApposition,
  clubOfPlace,
];

/**
 * A person's span that opens with the last word of a capitalised title's portfolio, without it:
 * "Irrigation Khaled Obeidat" of "Minister of Water and Irrigation Khaled Obeidat". The word follows
 * "and", "of" or "for" in a title whose head is an office (`OFFICE_HEADS`), and no one's given name.
 */
function withoutPortfolio(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  let from = span.from;
  while (span.type === 'PER' && span.to - from >= 3 && portfolioWordOpens(tokens, from)) from++;
  return from === span.from ? span : { ...span, from, start: tokens[from]!.start };
}

/**
 * Whether the word at token `from` is the last of a capitalised title's portfolio and no name's
 * first: "Irrigation" of "Minister of Water and Irrigation Khaled Obeidat", after "and", "of" or
 * "for" in a title whose head is an office (`OFFICE_HEADS`), and no given name.
 */
export function portfolioWordOpens(tokens: readonly Token[], from: number): boolean {
  const [first, connector] = [tokens[from]!, tokens[from - 1]];
  // "Affairs" of "… for Foreign and Commonwealth Affairs Liam Fox": a portfolio's next word, after one that opened.
  if (connector?.capital && first.capital && PORTFOLIO_WORDS.has(first.lower) && joined(connector, first)) return portfolioWordOpens(tokens, from - 1);
  if (!connector || !/^(and|of|for|&)$/.test(connector.lower) || connector.capital) return false;
  if (first.tags.has('FirstName') || connector.sentence !== first.sentence) return false;
  for (let j = from - 2; j >= Math.max(0, from - 6); j--) {
    const t = tokens[j]!;
    if (t.sentence !== first.sentence || !(t.capital || /^(and|of|for|the|&)$/.test(t.lower)) || !joined(t, tokens[j + 1]!)) return false;
    if (t.capital && OFFICE_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** A person's span that stops before the lower-case half of a hyphenated given name, with it: "Kang Young" of "Kang Young-hoon". */
function withNameHalf(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  const next = tokens[span.to];
  if (span.type !== 'PER' || !next || !nameHalf(tokens[span.to - 1]!, next)) return span;
  return { ...span, to: span.to + 1, end: next.end };
}

/**
 * An organisation's span that stops before the capitalised last word of a body's name, with it: "Civic
 * Justice" of "the Civic Justice Project", "Coastal Water" of "the Coastal Water Initiative". The word
 * (`PRIVATE_BODY_ENDS`, `ORG_NAME_ENDS`) follows the span after a bare space, in its sentence: not in
 * brackets ("Hizbollah (Party of God)"), nor after a possessive ("the Aviation Administration's
 * International Safety program").
 */
function withBodyEnd(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  const [last, next] = [tokens[span.to - 1]!, tokens[span.to]];
  if (span.type !== 'ORG' || !next?.capital || next.sentence !== last.sentence || last.possessive || !/^\s+$/.test(last.post) || next.pre !== '') return span;
  if (!PRIVATE_BODY_ENDS.has(next.lower) && !ORG_NAME_ENDS.has(next.lower)) return span;
  return { ...span, to: span.to + 1, end: next.end };
}

/**
 * An organisation's span after the plural noun that opens its sentence, with it: "Queens" of "Queens
 * Ferry Rovers beat Harlow Town", "Rangers" of "Rangers Athletic Club". Nothing but a name stands
 * between a sentence's first word and a name without a comma; a trade ("Rival", "Chipmaker"), a
 * people ("Americans") or a country's name is left out.
 */
function withPluralOpener(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  const k = span.from - 1;
  const opener = tokens[k];
  if (span.type !== 'ORG' || !opener?.first || !opener.capital || !opener.tags.has('Plural') || !/^\s+$/.test(opener.post)) return span;
  if (tradeBeforeName(tokens, k) || isDemonym(opener.word) || countryOf(opener.word) !== null) return span;
  return { ...span, from: k, start: opener.start };
}

/**
 * "the Obama administration", "the Varnell administration": the name before a lower-case
 * "administration" is the leader's whose government it was, a person, whatever the tagger read (not a
 * country or a people's adjective: "the Kenyan administration").
 */
function leaderOfAdministration(tokens: readonly Token[], span: NameSpan): boolean {
  const after = tokens[span.to];
  if (span.to - span.from > 2 || after?.lower !== 'administration' || after.capital || tokens[span.from - 1]?.lower !== 'the') return false;
  return tokens.slice(span.from, span.to).every((t) => t.capital && !countryOf(t.word) && !isDemonym(t.word) && !/^\p{Lu}{2,}$/u.test(t.word));
}

/**
 * A legislature's name in its country's language, alone, which the tagger may read as a person: "a
 * deputy of the Mazhilis", "the Saeima voted" (`LEGISLATURE_WORDS`). It is an organisation.
 */
function legislatureNamed(tokens: readonly Token[], span: NameSpan): boolean {
  return span.to - span.from === 1 && span.type !== 'ORG' && tokens[span.from]!.capital && LEGISLATURE_WORDS.has(tokens[span.from]!.lower);
}

/** The heads of bodies that also end competitions and sports' names: "the Champions League", "Rugby Union". */
const COMPETITION_ENDS = new Set(['league', 'union', 'club', 'group', 'network', 'chamber']);

/**
 * A MISC span whose capitalised last word is the head of a body no state runs (`PRIVATE_BODY_ENDS`,
 * less `COMPETITION_ENDS`): "the Harbor Consumer Justice Project", "the Open Borders Initiative",
 * "the Velden Family Foundation" are organisations, whatever else their words name.
 */
function bodyReadAsMisc(tokens: readonly Token[], span: NameSpan): boolean {
  const last = tokens[span.to - 1]!;
  return span.type === 'MISC' && span.to - span.from >= 2 && last.capital && PRIVATE_BODY_ENDS.has(last.lower) && !COMPETITION_ENDS.has(last.lower);
}

/**
 * A word the tagger read as a person's name, or a place no lexicon knows, alone, set off by the name
 * of the body it is: "Gavi, the Vaccine Alliance, said …". The apposition is "the" and capitalised words ending in a body's head
 * (`ORG_NAME_ENDS`); a word compromise knows as a given name or a surname keeps its type.
 */
function bodyInApposition(tokens: readonly Token[], span: NameSpan): boolean {
  const word = tokens[span.from]!;
  const nameType = span.type === 'PER' || (span.type === 'LOC' && placeCountry(word.word) === null);
  if (!nameType || span.to - span.from !== 1 || word.post.trim() !== ',' || ['FirstName', 'LastName', 'Honorific'].some((t) => word.tags.has(t))) return false;
  if (tokens[span.to]?.lower !== 'the' || tokens[span.to]!.sentence !== word.sentence) return false;
  let k = span.to + 1;
  while (tokens[k]?.capital && tokens[k]!.sentence === word.sentence && !tokens[k]!.post.trim()) k++;
  const last = tokens[k];
  return !!last?.capital && k > span.to + 1 && ORG_NAME_ENDS.has(last.lower) && /^[,.;]/.test(last.post.trim() || '.');
}

/**
 * A place's span whose last word makes it a sports club (`CLUB_ENDS`): "face Atlanta United",
 * "Blackburn Rovers won". The club is an organisation.
 */
function clubOfPlace(tokens: readonly Token[], span: NameSpan): boolean {
  const last = tokens[span.to - 1]!;
  return span.type === 'LOC' && span.to - span.from >= 2 && last.capital && CLUB_ENDS.has(last.lower);
}

/** The lower-case nouns for an armed group's members: "Hamas fighters", "Wagner mercenaries". */
const ARMED_MEMBERS = new Set(['fighters', 'militants', 'gunmen', 'mercenaries', 'insurgents', 'militiamen', 'operatives']);

/**
 * A span the tagger read as MISC or a person's, right before the members of an armed group: "al-Nasrin
 * fighters attacked", "Velkor mercenaries". It names the group, an organisation, unless it is a
 * country or a people's adjective ("Kurdish fighters", "Syrian militants", "Tigrayan fighters").
 */
function armedGroup(tokens: readonly Token[], span: NameSpan): boolean {
  const after = tokens[span.to];
  if (
    (span.type !== 'MISC' && span.type !== 'PER') ||
    !after ||
    after.capital ||
    !ARMED_MEMBERS.has(after.lower) ||
    after.sentence !== tokens[span.from]!.sentence
  )
    return false;
  const named = tokens.slice(span.from, span.to);
  if (named.some((t) => t.tags.has('Adjective'))) return false;
  const words = named.map((t) => t.word).join(' ');
  return !isDemonym(words) && countryOf(words) === null && !peopleOfPlace(words);
}

/** The endings that make a people's adjective of a place's name: "Tigray" → "Tigrayan", "Sindh" → "Sindhi". */
const PEOPLE_ENDINGS = ['ian', 'an', 'n', 'i', 'ese', 'ish'];

/** Whether a word is the adjective of the people of a place the lexicons know: "Tigrayan", "Amharan". */
function peopleOfPlace(word: string): boolean {
  return PEOPLE_ENDINGS.some((ending) => word.endsWith(ending) && word.length > ending.length + 2 && placeCountry(word.slice(0, -ending.length)) !== null);
}

/**
 * A person's span between "a" and a legislator's head, which names the legislator's party: "a Jana
 * Vimukthi Peramuna lawmaker", "an Ennahda MP" (`LEGISLATOR_HEADS`, lower case, or initials: "MP").
 */
function partyOfLegislator(tokens: readonly Token[], span: NameSpan): boolean {
  const [before, head] = [tokens[span.from - 1], tokens[span.to]];
  if (span.type !== 'PER' || !before || !head || !/^(a|an)$/.test(before.lower) || before.sentence !== head.sentence) return false;
  return LEGISLATOR_HEADS.has(head.lower) && (!head.capital || legislatorAbbreviation(head));
}

/** Where a span that lists two organisations is cut: the first ends before `leftTo`, the second starts at `rightFrom`. */
export interface ListBreak {
  leftTo: number;
  rightFrom: number;
}

/**
 * Where an organisation's span holds two names of a list, or null: at a comma between capitalised
 * words only, each side two words or more ("Kanal Nord, Radio Vesta Info"), unless a company's suffix
 * follows it ("Velko, Inc."); or at the "and" that ends a list begun with commas before the span
 * ("TVP Info and Polsat News" of "broadcasters TVN24, TVP Info and Polsat News"). An article after
 * the comma ("Gavi, the Vaccine Alliance") keeps the span one.
 */
export function listBreak(tokens: readonly Token[], span: NameSpan): ListBreak | null {
  const words = tokens.slice(span.from, span.to);
  if (listedAfterComma(tokens, span.from)) {
    const and = words.findIndex((t) => t.lower === 'and');
    if (and >= 1 && and < words.length - 1 && words.every((t, k) => t.capital || k === and)) return { leftTo: span.from + and, rightFrom: span.from + and + 1 };
  }
  if (!words.every((t) => t.capital)) return null;
  const comma = words.findIndex((t, k) => k < words.length - 1 && t.post.trim() === ',');
  if (comma < 1 || words.length - comma - 1 < 2 || CORPORATE_SUFFIXES.has(words[comma + 1]!.lower.replace(/\.$/, ''))) return null;
  return { leftTo: span.from + comma + 1, rightFrom: span.from + comma + 1 };
}

/** A sovereign's titles, which `bodyOfTitle` leaves alone. */
const SOVEREIGNS = new Set(['king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'pope', 'monarch']);

/**
 * An organisation read over an office's title: "Speaker of Parliament", "Chairman of the Senate
 * Committee on Finance", "Chief of Staff". The title names an office, not a body, so no organisation
 * is its whole: the body whose office it is, after "of", is the organisation where it names one (a
 * body's word among its capitalised words: "Parliament", "Committee"), and none is where it does not
 * ("Staff", "State", "Texas"). CoNLL-2003 marks the same: "Speaker of the House" is O, O, O, ORG.
 * A sovereign's title is left alone: after "of" it names a realm, not a body, and names that open with
 * one are often clubs' and bands' ("Queen of the South").
 * Returns the sighting itself where its name does not open with an office's head and "of", the body's
 * sighting, or null where the title names none.
 */
export function bodyOfTitle(tagged: TaggedText, s: NameSighting): NameSighting | null {
  // (Its first words are read off the name first: most organisations' are no office's head and "of".)
  const opening = /^(\p{Lu}[\p{L}-]*) of /u.exec(s.name)?.[1]?.toLowerCase();
  if (s.kind !== 'organization' || s.acronymOf || !opening || !OFFICE_HEADS.has(opening) || SOVEREIGNS.has(opening)) return s;
  const { tokens } = tagged;
  const head = tokens.findIndex((t) => t.start === s.start);
  if (head < 0 || tokens[head + 1]?.lower !== 'of') return s;
  const from = afterArticle(tokens, head + 2, tokens.length);
  let to = from;
  while (to < tokens.length && tokens[to]!.start < s.end) to++;
  const body = tokens.slice(from, to);
  if (!body.every((t) => t.capital || t.lower === 'on' || t.lower === 'for' || t.lower === 'of' || t.lower === 'and')) return null;
  if (!body.some((t) => t.capital && (ORG_NAME_ENDS.has(t.lower) || PUBLIC_BODY_ENDS.has(t.lower)))) return null;
  return { ...s, name: tagged.text.slice(body[0]!.start, s.end), start: body[0]!.start, role: undefined };
}

/** Words that put a body's subject after its head: "Center on Poverty", "Institute for Peace", "Office of Budget". */
const SUBJECT_PREPOSITIONS = new Set(['on', 'for', 'of']);

/**
 * Where a name the grammar cut before "and" goes on with a second subject of the same head, or -1:
 * the grammar's "Center on Poverty" is cut from "Center on Poverty and Inequality", "Centre for
 * Strategic" from "Centre for Strategic and International Studies"; and from a list of subjects set
 * off by commas, the last after "and": "Committee on Budget" of "Committee on Budget, Finance and
 * Investment Promotion", "Ministry of Agriculture" of "Ministry of Agriculture, Fisheries and Food".
 * The name [from, lastOf] puts its subject after a preposition, and each subject after it is one to
 * three capitalised words written without a break (those set off by commas no given name nor a
 * place's), none ending in an organisation's head nor an acronym ("and Amnesty International", "and
 * NATO" are other names; ", Kenya and Uganda" are other parties), except a committee's topics listed
 * after "on" ("on Commissions, Statutory Authorities and State Enterprises").
 */
export function coordinatedTopicEnd(tokens: readonly Token[], from: number, lastOf: number): number {
  if (!tokens.slice(from + 1, lastOf).some((t) => SUBJECT_PREPOSITIONS.has(t.lower))) return -1;
  const sentence = tokens[lastOf]!.sentence;
  /** The end of a subject that starts at `start`, or -1; one set off by a comma holds no given name nor a place's. */
  const subject = (start: number, listed: boolean) => {
    let to = start;
    const word = (t: Token | undefined) =>
      !!t?.capital && t.sentence === sentence && (!listed || (!t.tags.has('FirstName') && !isPlaceWord(t) && countryOf(t.word) === null));
    while (to < start + 3 && word(tokens[to]) && (to === start || joined(tokens[to - 1]!, tokens[to]!))) to++;
    const last = tokens[to - 1]!;
    // (A committee's topics listed after "on" may end in a body's word: "on Commissions, Statutory Authorities and State Enterprises".)
    const body = ORG_NAME_ENDS.has(last.lower) && !(topics && (listed || end > lastOf));
    return to === start || body || /^\p{Lu}{2,}$/u.test(last.word) ? -1 : to;
  };
  const topics = tokens.slice(from + 1, lastOf).some((t) => t.lower === 'on');
  let end = lastOf;
  while (tokens[end]!.post.trim() === ',') {
    const to = subject(end + 1, true);
    if (to < 0) return -1;
    end = to - 1;
  }
  const and = tokens[end + 1];
  if (and?.lower !== 'and' || !/^\s+$/.test(tokens[end]!.post) || and.sentence !== sentence) return -1;
  return subject(end + 2, false);
}
