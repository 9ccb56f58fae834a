/**
 * Recognition: finds the people and organisations a tagged text names, with the role a title or an
 * apposition gives a person. It reads capitalised phrases ("chunks") off compromise's tokens and
 * decides what each is by grammar: office titles before a name, honorifics, organisation heads and
 * suffixes, news agencies, acronyms, appositions ("WikiLeaks, the anti-secrecy group") and the
 * nouns around a name ("radio network Formula", "the Sinaloa cartel").
 */
import type { TaggedText } from '../nlp';
import { chunksOf } from './chunks';
import { readChunk } from './read-chunk';
import { borrowOffice, listedPerson, shareCountry, shareTitle } from './relations';
import type { NameSighting } from './sightings';

export type { NameSighting, StatedRole } from './sightings';

/** Finds every name the grammar can tell in a tagged text. */
export function recognize(tagged: TaggedText): NameSighting[] {
  const sightings: NameSighting[] = [];
  const claimed = new Set<number>();
  let official: NameSighting | undefined;
  for (const sentence of tagged.sentences) {
    let previous: NameSighting | undefined;
    for (const chunk of chunksOf(tagged.tokens, sentence.from, sentence.to)) {
      const read = readChunk(tagged, chunk);
      // "Commissioners Ann Lee and Bo Park": a name listed after a person is one too.
      const listed = read.length ? null : listedPerson(tagged, chunk, previous);
      for (const sighting of listed ? [listed] : read) {
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
  return sightings;
}
