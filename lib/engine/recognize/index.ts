/**
 * Recognition: finds the people and organisations a tagged text names, with the role a title or an
 * apposition gives a person. It reads capitalised phrases ("chunks") off compromise's tokens and
 * decides what each is by grammar: office titles before a name, honorifics, organisation heads and
 * suffixes, news agencies, acronyms, appositions ("WikiLeaks, the anti-secrecy group") and the
 * nouns around a name ("radio network Formula", "the Sinaloa cartel").
 */
import { countryOf } from '../lexicon/countries';
import type { TaggedText } from '../nlp';
import { chunksOf } from './chunks';
import { readChunk } from './read-chunk';
import type { NameSighting } from './sightings';

export type { NameSighting, StatedRole } from './sightings';

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
