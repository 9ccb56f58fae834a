/**
 * Recognition: finds the people and organisations a tagged text names, with the role a title or an
 * apposition gives a person. It reads capitalised phrases ("chunks") off compromise's tokens and
 * decides what each is by grammar: office titles before a name, honorifics, organisation heads and
 * suffixes, news agencies, acronyms, appositions ("WikiLeaks, the anti-secrecy group") and the
 * nouns around a name ("radio network Formula", "the Sinaloa cartel").
 */
import { countryOf } from '../lexicon/countries';
import type { TaggedText } from '../nlp';
import { tagNames, type NameSpan } from '../tagger/tag-names';
import { chunksOf } from './chunks';
import { joinTaggedNames } from './tagged-names';
import { readChunkVerdict } from './read-chunk';
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
  for (const sentence of tagged.sentences) {
    let previous: NameSighting | undefined;
    for (const chunk of chunksOf(tagged.tokens, sentence.from, sentence.to)) {
      const verdict = readChunkVerdict(tagged, chunk);
      if (verdict.decisive) decided.push({ start: tagged.tokens[chunk.from]!.start, end: tagged.tokens[chunk.to - 1]!.end });
      for (const sighting of verdict.sightings) {
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
  return { sightings, decided };
}
