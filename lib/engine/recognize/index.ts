/**
 * Recognition: finds the people and organisations a tagged text names, with the role a title or an
 * apposition gives a person. It reads capitalised phrases ("chunks") off compromise's tokens and
 * decides what each is by grammar: office titles before a name, honorifics, organisation heads and
 * suffixes, news agencies, acronyms, appositions ("WikiLeaks, the anti-secrecy group") and the
 * nouns around a name ("radio network Formula", "the Sinaloa cartel").
 */
import type { TaggedText } from '../nlp';
import { tagNames, type NameSpan } from '../tagger/tag-names';
import { chunksOf } from './chunks';
import { readChunkVerdict } from './read-chunk';
import { borrowOffice, listedPerson, shareCountry, shareTitle } from './relations';
import { joinTaggedNames } from './tagged-names';
import type { NameSighting } from './sightings';

export type { NameSighting, StatedRole } from './sightings';

/**
 * Finds every name in a tagged text: the trained tagger's spans (`../tagger`), typed and given their
 * roles by the grammar. `spans` defaults to the shipped model's; tests may pass their own.
 */
export function recognize(tagged: TaggedText, spans: readonly NameSpan[] = tagNames(tagged)): NameSighting[] {
  return joinTaggedNames(tagged, grammarSightings(tagged), spans);
}

/** The grammar's sightings, and the character ranges of the phrases its own evidence decided (see `readChunkVerdict`). */
export interface GrammarReading {
  sightings: NameSighting[];
  decided: { start: number; end: number }[];
}

/** Every name the grammar can tell in a tagged text, by its capitalised phrases alone. */
function grammarSightings(tagged: TaggedText): GrammarReading {
  const sightings: NameSighting[] = [];
  const decided: GrammarReading['decided'] = [];
  const claimed = new Set<number>();
  let official: NameSighting | undefined;
  for (const sentence of tagged.sentences) {
    let previous: NameSighting | undefined;
    for (const chunk of chunksOf(tagged.tokens, sentence.from, sentence.to)) {
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
