/**
 * Recognition: finds the people and organisations a tagged text names, with the role a title or an
 * apposition gives a person. It reads capitalised phrases ("chunks") off compromise's tokens and
 * decides what each is by grammar: office titles before a name, honorifics, organisation heads and
 * suffixes, news agencies, acronyms, appositions ("WikiLeaks, the anti-secrecy group") and the
 * nouns around a name ("radio network Formula", "the Sinaloa cartel").
 */
import { bodyOf } from '../lexicon/bodies';
import { countryOf } from '../lexicon/countries';
import type { TaggedText } from '../nlp';
import { tagNames, type NameSpan } from '../tagger/tag-names';
import { chunksOf, type Chunk } from './chunks';
import { coordinatedTitleStart } from './portfolios';
import { readTitle } from './titles';
import { readChunkVerdict } from './read-chunk';
import { borrowOffice, listedPerson, shareCountry, shareTitle } from './relations';
import { withPublicOffices } from './body-offices';
import { withoutPrivateOffices } from './private-bodies';
import { joinTaggedNames } from './tagged-names';
import type { NameSighting } from './sightings';
import { isAnd } from './words';

export type { NameSighting, StatedRole } from './sightings';

/**
 * Finds every name in a tagged text: the trained tagger's spans (`../tagger`), typed and given their
 * roles by the grammar. `spans` defaults to the shipped model's; tests may pass their own.
 */
export function recognize(tagged: TaggedText, spans: readonly NameSpan[] = tagNames(tagged)): NameSighting[] {
  const sightings = withPublicOffices(withoutPrivateOffices(joinTaggedNames(tagged, grammarSightings(tagged), spans), tagged.text), tagged.text);
  const whole = sightings.map((s) => withHostCountry(tagged.text, withWholeWords(tagged.text, s)));
  // Initials given for a name that grew, or in brackets after it, stand for the whole name: "(UNIFIL)".
  const grown = whole.map((s, i) => ({ was: sightings[i]!.name, is: s })).filter(({ was, is }) => was !== is.name);
  return whole.map((s) => {
    const named = grown.find(({ was, is }) => was === s.acronymOf || (s.kind === 'organization' && /^\s*\($/.test(tagged.text.slice(is.end, s.start))));
    return named ? { ...s, acronymOf: named.is.name } : s;
  });
}

/** The heads of an intergovernmental body's offices in one country: "Mission", "Interim Force". */
const FIELD_HEADS = new Set(['mission', 'force', 'office', 'delegation', 'operation', 'representation', 'programme', 'team']);
const HOST_AFTER = /^ in ((?:the )?\p{Lu}[\p{L}'’.-]*(?: (?:of the |of )?\p{Lu}[\p{L}'’.-]*){0,4})/u;

/**
 * An intergovernmental body's office in one country takes the country in: "United Nations
 * Verification Mission in Colombia", "UN Interim Force in Lebanon", "African Union Mission in
 * Somalia". The name must open with the body's (`bodyOf`) and end in an office's head (`FIELD_HEADS`).
 */
function withHostCountry(text: string, s: NameSighting): NameSighting {
  if (s.kind !== 'organization') return s;
  const words = s.name.split(/\s+/);
  if (!FIELD_HEADS.has(words.at(-1)!.toLowerCase()) || ![1, 2, 3].some((n) => n < words.length && bodyOf(words.slice(0, n).join(' ')))) return s;
  const after = HOST_AFTER.exec(text.slice(s.end, s.end + 80))?.[1];
  if (!after) return s;
  // The longest run of the words after "in" that names a country: "South Sudan", not "South Sudan Monday".
  const parts = after.split(' ');
  for (let n = parts.length; n >= 1; n--) {
    const place = parts.slice(0, n).join(' ');
    if (!countryOf(place.replace(/^the /, ''))) continue;
    return { ...s, name: `${s.name} in ${place}`, end: s.end + ' in '.length + place.length };
  }
  return s;
}

const unbalanced = (text: string) => text.split('(').length > text.split(')').length;

/** A lower-case syllable joined to a given name by a hyphen: "-woong" of "Han Ji-woong", "-chieh" of "Kao Ming-chieh". */
const JOINED_SYLLABLE = /^-\p{Ll}+(?![\p{L}\p{N}-])/u;

/**
 * A sighting that ends inside a word or a bracket takes the rest in, and its name with it.
 * - A name that opens a bracket closes it: "Mladost (L)", "Radnicki (N)". Tokens carry their
 *   brackets outside their own characters, so a span that ends on the bracketed word stops before
 *   its ")".
 * - A person's given name joined by a hyphen to a lower-case syllable is one word, as Korean and
 *   Taiwanese names are romanised ("Han Ji-woong", "Kao Ming-chieh"); the tokens split it at the
 *   hyphen, and the tagger, seeing "woong" or "ran" in lower case, stops before it.
 */
function withWholeWords(text: string, s: NameSighting): NameSighting {
  if (text[s.end] === ')' && unbalanced(text.slice(s.start, s.end))) return { ...s, end: s.end + 1, name: unbalanced(s.name) ? `${s.name})` : s.name };
  const syllable = s.kind === 'person' && /\s/.test(s.name) ? JOINED_SYLLABLE.exec(text.slice(s.end, s.end + 24))?.[0] : undefined;
  if (!syllable || !text.slice(s.start, s.end).endsWith(s.name)) return s;
  return { ...s, end: s.end + syllable.length, name: s.name + syllable };
}

/** The grammar's sightings, and the character ranges of the phrases its own evidence decided (see `readChunkVerdict`). */
export interface GrammarReading {
  sightings: NameSighting[];
  decided: { start: number; end: number }[];
}

/**
 * Whether a chunk is the first part of a portfolio list that the next chunk's title finishes across
 * "and" ("Migration" of "Migration and Asylum Minister Ann Lee"; `coordinatedTitleStart`).
 */
function opensNextTitle({ tokens }: TaggedText, chunk: Chunk, next: Chunk | undefined): boolean {
  if (!next || next.from !== chunk.to + 1) return false;
  const and = tokens[chunk.to]!;
  if (!isAnd(and)) return false;
  const start = coordinatedTitleStart(tokens, next.from)?.start;
  return start !== undefined && start <= chunk.from && !!readTitle(tokens, next.from, next.to)?.headLower;
}

/** A body's words after an office holder's possessive that make the holder's office an organisation. */
const HOLDERS_BODIES = new Set(['office', 'department', 'chambers', 'secretariat', 'bureau']);

/**
 * The office of a title's holder, split by the possessive into two chunks: "the Attorney General's |
 * Office", "Prime Minister's | Office" (not a person's title and a lone "Office"). Null otherwise.
 */
function holdersOffice({ tokens, text }: TaggedText, chunk: Chunk, next: Chunk | undefined): NameSighting | null {
  const [holder, body] = [tokens[chunk.to - 1]!, next && tokens[next.from]];
  if (!next || !body || next.from !== chunk.to || next.to !== next.from + 1 || !body.capital || !HOLDERS_BODIES.has(body.lower)) return null;
  if (!holder.possessive || !/^\s+$/.test(text.slice(holder.start + holder.text.length, body.start))) return null;
  const from = tokens[chunk.from]!.lower === 'the' ? chunk.from + 1 : chunk.from;
  const title = from < chunk.to ? readTitle(tokens, from, chunk.to) : null;
  if (!title?.headLower || title.end !== chunk.to) return null;
  const first = tokens[from]!;
  return { kind: 'organization', name: text.slice(first.start, body.end), start: first.start, end: body.end, sentence: first.sentence };
}

/** Every name the grammar can tell in a tagged text, by its capitalised phrases alone. */
function grammarSightings(tagged: TaggedText): GrammarReading {
  const sightings: NameSighting[] = [];
  const decided: GrammarReading['decided'] = [];
  const claimed = new Set<number>();
  let official: NameSighting | undefined;
  for (const sentence of tagged.sentences) {
    let previous: NameSighting | undefined;
    const chunks = chunksOf(tagged.tokens, sentence.from, sentence.to);
    let office: NameSighting | null = null;
    for (const [i, chunk] of chunks.entries()) {
      // "Migration | and Asylum Minister Ann Lee": the words are the next title's, and name nothing.
      // The holder's office's word after "the Attorney General's |" was read with the title.
      if (opensNextTitle(tagged, chunk, chunks[i + 1]) || (office && office.end === tagged.tokens[chunk.to - 1]!.end)) {
        decided.push({ start: tagged.tokens[chunk.from]!.start, end: tagged.tokens[chunk.to - 1]!.end });
        continue;
      }
      office = holdersOffice(tagged, chunk, chunks[i + 1]);
      if (office) {
        decided.push({ start: tagged.tokens[chunk.from]!.start, end: office.end });
        claimed.add(office.start);
        sightings.push(office);
        continue;
      }
      const verdict = readChunkVerdict(tagged, chunk);
      // "Commissioners Ann Lee and Bo Park": a name listed after a person is one too.
      const listed = verdict.sightings.length ? null : listedPerson(tagged, chunk, previous);
      if (verdict.decisive || listed) decided.push({ start: tagged.tokens[chunk.from]!.start, end: tagged.tokens[chunk.to - 1]!.end });
      for (const sighting of listed ? [listed] : verdict.sightings) {
        if (claimed.has(sighting.start)) continue;
        claimed.add(sighting.start);
        shareTitle(tagged, sighting, previous);
        borrowOffice(sighting, official);
        shareCountry(tagged, sighting, previous);
        sightings.push(sighting);
        previous = sighting;
        if (sighting.kind === 'person' && sighting.role) official = sighting;
      }
    }
  }
  return { sightings, decided };
}
