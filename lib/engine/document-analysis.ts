/**
 * One document, read end to end: cleaned, its metadata read, tagged, its names recognised, and the
 * names that are one person or one organisation within it grouped ("Enrique Pena Nieto", "Pena
 * Nieto", "Mr Pena Nieto"). A surname alone resolves to the person named in full in the document.
 */
import { AliasTable, scanAliases } from './alias-scan';
import { cleanArticle } from './clean';
import { fillRoleCountries } from './document-country';
import { countryOf, FAITH_WORDS, isDemonym } from './lexicon/countries';
import { COMPANY_TRADES, CORPORATE_SUFFIXES } from './lexicon/organizations';
import { COMPASS } from './lexicon/places';
import { readMetadata, type ArticleMeta } from './metadata';
import { fold, nameKey, nameWords, sameFullName, surnameForms } from './names';
import { tagText, type TaggedText } from './nlp';
import { orgKey } from './org-names';
import { recognize, type NameSighting } from './recognize';
import { tagNames, type NameSpan } from './tagger/tag-names';
import { canonicalTitle } from './role-canonical';

/** The names in one document that are one person or one organisation. */
export interface LocalGroup {
  kind: 'person' | 'organization';
  /** Person: full names ("John F. Kelly"); organisation: the names as written. */
  names: string[];
  sightings: NameSighting[];
  /** Organisation keys, acronyms defined for it included. */
  orgKeys: Set<string>;
}

export interface DocumentAnalysis {
  meta: ArticleMeta;
  tagged: TaggedText;
  /** The trained tagger's names in the text, every type: the alias scans find no known name where it read another kind. */
  names: NameSpan[];
  groups: LocalGroup[];
}

function isFullName(name: string): boolean {
  return nameWords(name).filter((w) => w.length > 1).length >= 2;
}

function groupPeople(sightings: NameSighting[]): LocalGroup[] {
  const groups: LocalGroup[] = [];
  const people = sightings.filter((s) => s.kind === 'person');
  // Longest names first, so "Pena Nieto" meets "Enrique Pena Nieto" before it could stand for a name of its own.
  const full = people.filter((p) => isFullName(p.name)).sort((a, b) => nameWords(b.name).length - nameWords(a.name).length || a.start - b.start);
  const surnameOf = (g: LocalGroup, key: string) => g.names.some((n) => surnameForms(n).includes(key));
  for (const s of full) {
    const key = nameKey(s.name);
    const group = groups.find((g) => g.names.some((n) => sameFullName(n, s.name) || nameKey(n) === key)) ?? groups.find((g) => surnameOf(g, key));
    if (group) {
      group.sightings.push(s);
      if (!surnameOf(group, key) && !group.names.includes(s.name)) group.names.push(s.name);
    } else {
      groups.push({ kind: 'person', names: [s.name], sightings: [s], orgKeys: new Set() });
    }
  }
  for (const s of people.filter((p) => !isFullName(p.name))) {
    const key = nameKey(s.name);
    const bySurname = groups.filter((g) => surnameOf(g, key));
    // "Prime Minister Tun Dr Ali Omar … Dr Ali said": an honorific before a given name, where no one
    // in the story has it as a surname, is the one person named in full with it.
    const byGivenName = s.honorific ? groups.filter((g) => g.names.some((n) => nameWords(n)[0] === key)) : [];
    const shared = bySurname.length || byGivenName.length !== 1 ? bySurname : byGivenName;
    // "Smith, the health minister": of two people who share a surname, the one who holds that office.
    const office = s.role ? canonicalTitle(s.role.title, null) : null;
    const sameOffice = office ? shared.filter((g) => g.sightings.some((x) => x.role && canonicalTitle(x.role.title, null) === office)) : [];
    const fits = sameOffice.length === 1 ? sameOffice : shared;
    // Otherwise the one named most recently before this mention.
    const before = fits.map((g) => ({ g, at: Math.max(-1, ...g.sightings.filter((x) => x.start < s.start).map((x) => x.start)) })).sort((a, b) => b.at - a.at);
    const group = before[0]?.g;
    if (group) group.sightings.push(s);
    else {
      const alone = groups.find((g) => g.names.length === 0 && g.sightings.some((x) => nameKey(x.name) === key));
      if (alone) alone.sightings.push(s);
      else groups.push({ kind: 'person', names: [], sightings: [s], orgKeys: new Set() });
    }
  }
  return groups;
}

function groupOrganizations(sightings: NameSighting[], people: LocalGroup[]): LocalGroup[] {
  const surnames = new Set(people.flatMap((g) => [...g.names.flatMap(surnameForms), ...g.sightings.map((s) => nameKey(s.name))]));
  const groups: LocalGroup[] = [];
  const byKey = new Map<string, LocalGroup>();
  for (const s of sightings) {
    if (s.kind !== 'organization') continue;
    // "the Guzman cartel" is a person's gang spoken of by his name, not a name of its own.
    const words = nameWords(s.name);
    if (words.length === 2 && surnames.has(words[0]!)) continue;
    if (surnames.has(nameKey(s.name))) continue;
    const key = orgKey(s.name);
    const linked = s.acronymOf ? byKey.get(orgKey(s.acronymOf)) : undefined;
    const group = byKey.get(key) ?? linked;
    // Initials a headline used before the story spelled them out: the two groups are one.
    if (group && linked && linked !== group) {
      group.sightings.push(...linked.sightings);
      for (const name of linked.names) if (!group.names.includes(name)) group.names.push(name);
      for (const k of linked.orgKeys) group.orgKeys.add(k);
      for (const [k, g] of byKey) if (g === linked) byKey.set(k, group);
      groups.splice(groups.indexOf(linked), 1);
    }
    if (group) {
      group.sightings.push(s);
      group.orgKeys.add(key);
      if (!group.names.includes(s.name)) group.names.push(s.name);
      byKey.set(key, group);
    } else {
      const created: LocalGroup = { kind: 'organization', names: [s.name], sightings: [s], orgKeys: new Set([key]) };
      groups.push(created);
      byKey.set(key, created);
    }
  }
  return joinShortForms(joinAcronyms(groups));
}

/**
 * The words of the shorter name a story may use for an organisation later: a company without the
 * trade and the legal form that end its name ("Kestrel Foods" → "Kestrel", "Kellner's Foods Inc." →
 * "Kellner's", "Boatmen's Bancshares Inc." → "Boatmen's"), a body without the country it is "of" ("Reserve Bank of Fiji" → "Reserve Bank");
 * null for other names.
 */
function shortForm(words: readonly string[]): string[] | null {
  // "the Ennahda party", "the Sinaloa cartel": a lower-case kind after a name is no part of the name the
  // story repeats; but "the Kurdish party", "the Communist party" hold no name, only a people or a creed.
  if (
    words.length >= 2 &&
    NAMED_BY_KIND.has(words.at(-1)!) &&
    !words.slice(0, -1).some((w) => countryOf(w) || isDemonym(w) || FAITH_WORDS.has(w.toLowerCase()) || COMPASS.has(w.toLowerCase()))
  )
    return words.slice(0, -1);
  let end = words.length;
  while (end >= 2 && CORPORATE_SUFFIXES.has(words[end - 1]!.toLowerCase().replace(/[.,]$/, ''))) end--;
  if (end >= 2 && COMPANY_TRADES.has(words[end - 1]!.toLowerCase())) end--;
  // A company whose name opens with a possessive goes by it: "Boatmen's Bancshares Inc." → "Boatmen's".
  if (end < words.length && end > 1 && POSSESSIVE_WORD.test(words[0]!)) return words.slice(0, 1);
  if (end < words.length) return words.slice(0, end);
  const of = words.lastIndexOf('of');
  if (
    of >= 2 &&
    countryOf(
      words
        .slice(of + 1)
        .join(' ')
        .replace(/^the\s+/i, ''),
    ) !== null
  )
    return words.slice(0, of);
  return null;
}

/**
 * Kinds of organisation written in lower case after the name that they go by alone: "the Ennahda
 * party", "the Sinaloa cartel". ("Group", "bloc" and "alliance" also follow phrases that are no names:
 * "the World Cup group", "the European group".)
 */
const NAMED_BY_KIND = new Set(['party', 'movement', 'militia', 'cartel', 'gang', 'faction']);

/** A word written with a possessive: "Boatmen's", "McDonald’s". */
const POSSESSIVE_WORD = /\p{L}['’]s$/u;

/**
 * A company named by a possessive ("McDonald's Corp", "Boatmen's Bancshares Inc.") keeps the "'s" in
 * each mention of its short name that writes it: "McDonald's said" names McDonald's, where a
 * person's "Kelly's" names Kelly. Changes the sightings' ends and names in place.
 */
function keepPossessiveNames(groups: readonly LocalGroup[], text: string): void {
  for (const group of groups) {
    if (group.kind !== 'organization') continue;
    const owners = new Set(
      group.names
        .map((name) => name.replace(/^the\s+/i, '').split(/\s+/)[0]!)
        .filter((word) => POSSESSIVE_WORD.test(word))
        .map((word) => nameKey(word)),
    );
    if (!owners.size) continue;
    for (const s of group.sightings) {
      if (!/^['’]s\b/.test(text.slice(s.end, s.end + 3)) || /\s/.test(s.name) || !owners.has(nameKey(s.name))) continue;
      s.end += 2;
      s.name = text.slice(s.start, s.end);
    }
  }
}

/** The words of an organisation's shorter name, written as a name (`shortForm`), or null. */
function shortNameOf(name: string): string[] | null {
  return shortForm(name.replace(/^the\s+/i, '').split(/\s+/));
}

/** The key of an organisation's shorter name (`shortForm`), or null. */
function shortFormKey(name: string): string | null {
  const short = shortNameOf(name);
  return short ? orgKey(short.join(' ')) : null;
}

/**
 * An organisation the story names again in a shorter form joins it: "Kestrel Foods" … "Kestrel declined
 * to comment", "the Reserve Bank of Fiji" … "the Reserve Bank said". Only where one organisation of
 * the story fits.
 */
function joinShortForms(groups: LocalGroup[]): LocalGroup[] {
  for (const short of [...groups]) {
    const fits = groups.filter((g) => g !== short && g.sightings.length > 0 && g.names.some((n) => short.orgKeys.has(shortFormKey(n) ?? '')));
    if (fits.length !== 1) continue;
    absorb(fits[0]!, short);
  }
  return groups.filter((g) => g.sightings.length > 0);
}

/** Moves a group's sightings, names and keys into another, leaving it empty. */
function absorb(into: LocalGroup, from: LocalGroup): void {
  into.sightings.push(...from.sightings);
  for (const name of from.names) if (!into.names.includes(name)) into.names.push(name);
  for (const key of from.orgKeys) into.orgKeys.add(key);
  from.sightings = [];
}

/** The initials of an organisation's name: "Securities and Exchange Commission" → "SEC". */
function initials(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * An acronym the text uses without defining it joins the one organisation it names by its initials:
 * "SEC" and "the Securities and Exchange Commission" in one story.
 */
function joinAcronyms(groups: LocalGroup[]): LocalGroup[] {
  const acronyms = groups.filter((g) => g.names.every((n) => /^[\p{Lu}&.-]{2,6}$/u.test(n)));
  for (const acronym of acronyms) {
    const letters = acronym.names[0]!.replace(/[.&-]/g, '');
    const fits = groups.filter((g) => g !== acronym && !acronyms.includes(g) && g.names.some((n) => initials(n) === letters));
    if (fits.length !== 1) continue;
    absorb(fits[0]!, acronym);
  }
  return groups.filter((g) => g.sightings.length > 0);
}

/** The forms a group's names may take in the text, for the alias scan. */
export function aliasForms(group: LocalGroup, withSurnames: boolean): string[][] {
  if (group.kind === 'organization') {
    const forms = group.names.map((n) =>
      fold(n)
        .replace(/^the\s+/, '')
        .split(/\s+/),
    );
    // "Nvidia Corp" is "Nvidia" when the story names it again, and so are the shorter names of `shortForm`.
    for (const words of [...forms]) if (words.length >= 2 && CORPORATE_SUFFIXES.has(words.at(-1)!.replace(/\.$/, ''))) forms.push(words.slice(0, -1));
    for (const words of [...forms]) {
      const short = shortForm(words);
      if (short) forms.push(short);
    }
    // "G-20" is written "G20" too: the hyphen inside initials and a number is optional.
    for (const words of [...forms])
      if (words.some((w) => /^\p{L}{1,4}-\d+$/u.test(w))) forms.push(words.map((w) => w.replace(/^(\p{L}{1,4})-(\d+)$/u, '$1$2')));
    return forms;
  }
  const forms = new Set<string>();
  for (const name of group.names) {
    forms.add(nameWords(name).join(' '));
    forms.add(
      nameWords(name)
        .filter((w) => w.length > 1)
        .join(' '),
    );
    if (withSurnames) for (const surname of surnameForms(name)) forms.add(surname);
  }
  if (withSurnames) for (const s of group.sightings) forms.add(nameKey(s.name));
  return [...forms].filter(Boolean).map((f) => f.split(' '));
}

/**
 * The most text one document is read for: 400,000 characters, some 65,000 words, longer than any
 * news article. Past it (a pasted log, a 1 MB line), the rest is not read, so reading stays bounded.
 */
export const MAX_DOCUMENT_CHARS = 400_000;

function bounded(raw: string): string {
  if (raw.length <= MAX_DOCUMENT_CHARS) return raw;
  const cut = raw.lastIndexOf(' ', MAX_DOCUMENT_CHARS);
  return raw.slice(0, cut > MAX_DOCUMENT_CHARS * 0.9 ? cut : MAX_DOCUMENT_CHARS);
}

/**
 * One name, one kind, in a document where the words around one of its mentions said what it is: a
 * bare name the tagger read as a person ("Kalomir said it would appeal") is the organisation a kind
 * noun named elsewhere in the story ("the online lender Kalomir"), or that goes by its possessive
 * ("Harlan said" after "Harlan's Bancshares Inc."). A person's sighting with evidence
 * of its own (an office, a given name, an honorific) keeps its kind. And the other way: a bare word
 * the tagger read as an organisation, with nothing around it that says so, is the person whose full
 * name, with an office or an honorific, holds it. ("One sense per discourse":
 * Gale, Church and Yarowsky, 1992.)
 */
export function oneKindPerName(sightings: readonly NameSighting[]): NameSighting[] {
  const organizations = new Set(sightings.filter((s) => s.kind === 'organization' && s.kindNoun).map((s) => nameKey(shortNameOf(s.name)?.join(' ') ?? s.name)));
  // A company that goes by a possessive ("Harlan's Bancshares Inc."): "Harlan" alone is the company.
  for (const s of sightings) {
    const short = s.kind === 'organization' ? shortNameOf(s.name) : null;
    if (short?.length === 1 && POSSESSIVE_WORD.test(short[0]!)) organizations.add(nameKey(short[0]!));
  }
  // The words of the full names of people with an office or an honorific ("Luiz Inacio Lula da Silva, Brazil's president").
  const people = new Set(
    sightings.filter((s) => s.kind === 'person' && (s.role || s.honorific) && nameWords(s.name).length >= 2).flatMap((s) => nameWords(s.name).map(nameKey)),
  );
  return sightings.map((s) => {
    const bare = s.kind === 'person' && !s.role && !s.honorific && !s.nickname && !s.relation && nameWords(s.name).length === 1;
    if (bare && organizations.has(nameKey(s.name)))
      return { kind: 'organization', name: s.name, start: s.start, end: s.end, sentence: s.sentence, byAlias: s.byAlias };
    // "Brazil's Lula vows …" where the tagger read a word alone as an organisation: the word is the name
    // of the official the story names in full, unless something said it is an organisation.
    const bareBody =
      s.kind === 'organization' && !s.kindNoun && !s.acronymOf && !s.qualifier && nameWords(s.name).length === 1 && !/^\p{Lu}{2,}$/u.test(s.name);
    return bareBody && people.has(nameKey(s.name)) && !organizations.has(nameKey(s.name))
      ? { kind: 'person', name: s.name, start: s.start, end: s.end, sentence: s.sentence, byAlias: s.byAlias }
      : s;
  });
}

/**
 * The text `analyzeDocument` reads of `raw` (its `tagged.text`): bounded (`MAX_DOCUMENT_CHARS`) and
 * cleaned (`cleanArticle`), without the analysis. For reads that must start before the analysis
 * and see the same text, such as a page's story sketch.
 */
export function articleText(raw: string): string {
  return cleanArticle(bounded(raw)).text;
}

/** Reads one document: see the module comment. */
export function analyzeDocument(raw: string): DocumentAnalysis {
  const cleaned = cleanArticle(bounded(raw));
  const meta = readMetadata(cleaned);
  const tagged = tagText(cleaned.text);
  const names = tagNames(tagged);
  const sightings = oneKindPerName(recognize(tagged, names));
  const people = groupPeople(sightings);
  fillRoleCountries(people, sightings, tagged, meta.dateline);
  const groups = [...people, ...groupOrganizations(sightings, people)];

  const table = new AliasTable<LocalGroup>();
  for (const group of groups) {
    for (const words of aliasForms(group, true)) table.add({ words, kind: group.kind, target: group });
  }
  const lastSeen = (group: LocalGroup, before: number) => Math.max(-1, ...group.sightings.filter((s) => s.start < before).map((s) => s.start));
  for (const match of scanAliases(tagged, sightings, table, lastSeen, names)) match.target.sightings.push(match.sighting);
  for (const group of groups) group.sightings.sort((a, b) => a.start - b.start);
  keepPossessiveNames(groups, tagged.text);
  const headline = titleCaseHeadlineEnd(tagged.text);
  // A name seen only in a headline set in title case is no name the story gives: "CEC Rejects
  // Opposition Bid to Annul Zugdidi Mayoral Result" capitalises every word, and the story names again
  // whatever its headline names.
  const named = (g: LocalGroup) => g.sightings.length > 0 && g.sightings.some((x) => x.start >= headline);
  return { meta, tagged, names, groups: groups.filter(named) };
}

/** Words of four letters or more that title case may leave in lower case ("… Deal With Rivals", "… Bid to Annul"). */
const TITLE_CASE_LOWER = new Set([
  'with',
  'from',
  'into',
  'onto',
  'over',
  'upon',
  'than',
  'that',
  'after',
  'amid',
  'about',
  'before',
  'under',
  'without',
  'against',
  'between',
  'during',
  'until',
  'since',
  'while',
  'through',
]);

/**
 * Where the text's first line ends (characters), when it is a headline set in title case ("Serbian
 * Education Minister Accused of 'Blackmailing' Universities"): four words of four letters or more at
 * least, each capitalised but for the prepositions and conjunctions title case leaves
 * (`TITLE_CASE_LOWER`), and not in capitals throughout. 0 for any other first line ("House impeaches
 * Vice President Sara Duterte" is in sentence case).
 */
function titleCaseHeadlineEnd(text: string): number {
  const end = text.indexOf('\n');
  const line = end < 0 ? '' : text.slice(0, end);
  const words = line.match(/[\p{L}'’-]{4,}/gu) ?? [];
  if (words.length < 4 || words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_LOWER.has(w))) return 0;
  return words.every((w) => !/\p{Ll}/u.test(w)) ? 0 : end;
}
