/**
 * What recognition gives: a name sighting, with the role the grammar around it states, and how a
 * person's name is written; and the reading of one chunk that the stages of recognition share.
 */
import { CLERGY_RANKS } from '../lexicon/grammar';
import type { TaggedText, Token } from '../nlp';
import type { Chunk } from './chunks';
import { spanText } from './words';

export interface StatedRole {
  title: string;
  country: string | null;
  /**
   * The office is an organisation's: one the title names ("Houthi military spokesman", "National
   * Security Council spokesman"), whose country the story's need not be; or the one named before,
   * as "its" says ("the Reserve Bank … its governor").
   */
  byOrganization?: 'named' | 'its';
}

/**
 * A person whose office is read off the official named before: "his deputy Tom Alder" holds the
 * deputy's post of that office, "his Japanese counterpart" the same office for another country.
 */
export interface Relation {
  /** A deputy holds the deputy's post of the office, a counterpart the same office elsewhere, staff serve in it ("his spokesman"). */
  kind: 'deputy' | 'counterpart' | 'staff';
  /** The country the words give the related person: "Japanese" of "his Japanese counterpart". */
  country: string | null;
  /** The staff member's own title: "spokesman". */
  title?: string;
  /** The official named by a possessive before the relation: "Akinrinde" of "Akinrinde's deputy". */
  of?: string;
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
  /** The honorifics written before the name, which are no part of it: "Dr" of "Dr Ali". */
  honorific?: string;
  /** The office is read off the official named before: "his deputy …". */
  relation?: Relation;
  /** The title before the name was plural, and the names joined to this one by "and" share it: "Commissioners Ann Lee and Bo Park". */
  sharedTitle?: boolean;
  /** The country the words before a person's name give them: "Estonia's Eva Kask". */
  country?: string;
  /** A kind of organisation written before or after the name said it is one: "the online lender Plumbly", "the Ennahda party". */
  kindNoun?: boolean;
}

export function nicknameOf(tagged: TaggedText, chunk: Chunk): { nickname?: string } {
  if (!chunk.nickname) return {};
  return { nickname: spanText(tagged.text, tagged.tokens, chunk.nickname.from, chunk.nickname.to) };
}

/** The name without a nickname: Joaquin "El Chapo" Guzman → Joaquin Guzman. */
export function personName(tagged: TaggedText, from: number, to: number, chunk: Chunk): string {
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

/**
 * Where a person's name over tokens [from, to) starts: past a rank of the clergy that stands before a
 * full name, and past the words before that rank ("Chicago Cardinal Joseph Bernardin" → "Joseph
 * Bernardin", "Cardinal Bernardin" → "Bernardin"). A rank inside the name with fewer than two words
 * after it is left: it may be a surname ("Julie Bishop").
 */
export function afterClergyRank(tokens: readonly Token[], from: number, to: number): number {
  let start = from;
  for (let k = from; k + 1 < to; k++) {
    if (tokens[k]!.capital && CLERGY_RANKS.has(tokens[k]!.lower) && (k === from || k + 2 < to)) start = k + 1;
  }
  return start;
}

export function person(tagged: TaggedText, chunk: Chunk, from: number, extra: Partial<NameSighting> = {}): NameSighting {
  const { tokens } = tagged;
  const nameFrom = afterClergyRank(tokens, from, chunk.to);
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

/**
 * A chunk being read. `from` has moved past an opening "The" and a leading country ("US Homeland
 * Security Secretary …" → "Homeland …"); `to` is exclusive. Token indices throughout.
 */
export interface Reading {
  tagged: TaggedText;
  chunk: Chunk;
  from: number;
  to: number;
  sentence: number;
  /** The country the words before the name give: "US …", "Mexico's …". */
  country: string | null;
  /** The country as written before an organisation's name: "US" of "US State Department". */
  qualifier?: string;
}

/**
 * What a stage decided: the sightings (none when the phrase names nothing, such as a place), or
 * `null` when the stage has nothing to say and the next one reads the phrase.
 */
export type Verdict = NameSighting[] | null;

/**
 * Where an organisation's name over tokens [from, to) starts: past an article before it, which is no
 * part of the name nor of its mark ("MANILA – The House of Representatives", "The Reserve Bank said").
 */
export function afterArticle(tokens: Token[], from: number, to: number): number {
  return tokens[from]!.lower === 'the' && to - from >= 2 ? from + 1 : from;
}

/** An organisation sighting over tokens [from, to), without a leading "the". */
export function organization(r: Reading, from: number, to: number, extra: Partial<NameSighting> = {}): NameSighting {
  const { tokens, text } = r.tagged;
  from = afterArticle(tokens, from, to);
  return {
    kind: 'organization',
    name: spanText(text, tokens, from, to),
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    sentence: r.sentence,
    ...extra,
  };
}
