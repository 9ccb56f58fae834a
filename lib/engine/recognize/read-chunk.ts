/**
 * Decides what one capitalised phrase names: a person with or without an office, an organisation, or
 * nothing. Each stage reads one kind of evidence, in the order that settles conflicts: a dateline, a
 * known organisation, a title before the name, a descriptor or honorific, an organisation's shape,
 * then a person by the words around the name.
 */
import { isDemonym } from '../lexicon/countries';
import { ORG_HEADS, ORG_SUFFIXES, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import type { TaggedText } from '../nlp';
import { readAcronym, readNameWithInitials, readOwningAcronym } from './acronyms';
import type { Chunk } from './chunks';
import { countryBefore, leadingCountry } from './countries';
import { readDateline } from './datelines';
import {
  readKnownOrganization,
  readKindNoun,
  readPartyOrPaper,
  readOrganizationApposition,
  readOrganizationName,
  readSpanishName,
  readTrailingNoun,
} from './organizations';
import { readDescribedPerson, readPerson } from './people';
import { type NameSighting, type Reading, type Verdict } from './sightings';
import { readTitleAcross, readTitledName } from './titled-names';
import { readTitle, spellsTitle } from './titles';
import { spanText } from './words';

/** Heads of a state's bodies besides `PUBLIC_BODY_ENDS`, which a demonym before them only describes. */
const GOVERNMENT_HEADS = new Set(['bank', 'board', 'house', 'federal', 'national', 'united', 'people']);

/**
 * Opens a reading of the chunk: past an opening "The", and past a leading country, which becomes the
 * name's country ("US Homeland Security Secretary …", "Mexican President …", "US State Department").
 * `null` when the phrase is a country alone, which is a place.
 */
function openReading(tagged: TaggedText, chunk: Chunk): Reading | null {
  const { tokens, text } = tagged;
  let from = chunk.from;
  const to = chunk.to;
  // "The United Nations Secretary-General …" at the start of a sentence: the article is not part of it.
  if (tokens[from]!.lower === 'the' && tokens[from]!.first && to - from >= 2) from++;
  let country: string | null = null;
  const lead = leadingCountry(tokens, from, to);
  // "American Civil Liberties Union", "Mexican Navy", "Nigeria Labour Congress": a demonym or a country's
  // name written out is part of the name; initials ("US State Department", "U.S. Supreme Court") are not.
  const countryInName = (word: string) => isDemonym(word) || !/^(?:\p{Lu}\.?)+$/u.test(word);
  // ("Pakistan Muslim League-Nawaz": the suffix may stand before a hyphened word.)
  const suffixEnd = ORG_SUFFIXES.has(tokens[to - 1]!.lower) || (to - from >= 3 && tokens[to - 2]!.post === '-' && ORG_SUFFIXES.has(tokens[to - 2]!.lower));
  // ("Lebanese Association for the Democracy of Elections": the head of a body no state runs, "of" or
  // "for" something; a government's is not the demonym's: "Irish | Department of Enterprise".)
  const head = tokens[from + (lead?.words ?? 0)]?.lower ?? '';
  const headed =
    !!lead &&
    ORG_HEADS.has(head) &&
    !PUBLIC_BODY_ENDS.has(head) &&
    !GOVERNMENT_HEADS.has(head) &&
    /^(of|for)$/.test(tokens[from + lead.words + 1]?.lower ?? '');
  const demonymInOrgName = lead && countryInName(tokens[from]!.word) && (suffixEnd || headed) && !readTitle(tokens, from + lead.words, to);
  if (lead && !demonymInOrgName) {
    if (lead.words >= to - from) return null;
    country = lead.country;
    from += lead.words;
  }
  const qualifier = country && lead && !demonymInOrgName ? spanText(text, tokens, chunk.from, chunk.from + lead.words) : undefined;
  country ??= countryBefore(tokens, chunk.from);
  return { tagged, chunk, from, to, sentence: tokens[chunk.from]!.sentence, country, ...(qualifier ? { qualifier } : {}) };
}

/**
 * The stages after the opening, in order; the first with a verdict decides. A decisive stage reads
 * evidence the trained tagger does not weigh (a title, an honorific, a lexicon's name, a noun after
 * the name), so its verdict stands whatever the tagger says of the phrase.
 */
const STAGES: { read: (r: Reading) => Verdict; decisive: boolean }[] = [
  { read: readKnownOrganization, decisive: true },
  { read: readPartyOrPaper, decisive: true },
  { read: readTitleAcross, decisive: true },
  { read: readTitledName, decisive: true },
  { read: readDescribedPerson, decisive: true },
  { read: readOrganizationName, decisive: true },
  { read: readTrailingNoun, decisive: true },
  { read: readOwningAcronym, decisive: true },
  { read: readAcronym, decisive: false },
  { read: readKindNoun, decisive: true },
  { read: readOrganizationApposition, decisive: true },
  { read: readSpanishName, decisive: true },
  { read: readNameWithInitials, decisive: true },
];

/** What the grammar decided of one phrase: its sightings, and whether its own evidence decided them (see STAGES). */
export interface ChunkVerdict {
  sightings: NameSighting[];
  decisive: boolean;
}

/** Decides what one capitalised phrase names, and on what evidence. */
export function readChunkVerdict(tagged: TaggedText, chunk: Chunk): ChunkVerdict {
  const dateline = readDateline(tagged, chunk);
  if (dateline) return { sightings: dateline, decisive: true };
  const reading = openReading(tagged, chunk);
  if (!reading) return { sightings: [], decisive: false };
  // "Inspector General of Police (IGP)": an office's initials name no organisation.
  if (reading.to - reading.from === 1 && spellsTitle(tagged.tokens, reading.from)) return { sightings: [], decisive: true };
  for (const stage of STAGES) {
    const verdict = stage.read(reading);
    if (verdict) return { sightings: verdict, decisive: stage.decisive };
  }
  const people = readPerson(reading);
  return { sightings: people, decisive: people.some((s) => s.role) };
}

/** Decides what one capitalised phrase names: its sightings, none when it names no one. */
export function readChunk(tagged: TaggedText, chunk: Chunk): NameSighting[] {
  return readChunkVerdict(tagged, chunk).sightings;
}
