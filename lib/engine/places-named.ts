/**
 * The places a story names, for the country it is about (`document-country.ts`): its countries, by
 * name or by their people's adjective, and its cities, towns and regions, from the gazetteer and the
 * list of world cities.
 */
import { cityCountry } from './lexicon/cities';
import { countryOf } from './lexicon/countries';
import { gazetteerCountry } from './lexicon/gazetteer';
import type { TaggedText, Token } from './nlp';
import { countryEndingAt } from './recognize/countries';

/** The country of a town or region only the gazetteer knows, where the word is no one's name ("Mr Thornton"). */
function regionOrTown(t: Token): string | null {
  return t.tags.has('Person') ? null : gazetteerCountry(t.word);
}

/**
 * The tokens that open a country's name of two or three words, so that their own word counts for no
 * other place: "Papua" of "Papua New Guinea" (an Indonesian region alone), "New" of "New Zealand".
 */
function insideCountryNames(tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  tokens.forEach((t, i) => {
    if (!t.capital) return;
    for (let n = 3; n >= 2; n--) {
      const words = tokens.slice(i, i + n);
      if (words.length < n || words.some((w) => w.sentence !== t.sentence) || words.slice(0, -1).some((w) => w.possessive)) continue;
      if (!countryOf(words.map((w) => w.word).join(' '))) continue;
      for (let k = i; k < i + n - 1; k++) inside.add(k);
      return;
    }
  });
  return inside;
}

/** A place's first word as gazetteers spell it out: "Mt Hagen" is "Mount Hagen", "Ft Portal" "Fort Portal". */
const PLACE_ABBREVIATIONS: Record<string, string> = { mt: 'Mount', ft: 'Fort', pt: 'Port' };

/**
 * The country of a town or region named in two or three capitalised words from token i, as written
 * ("Hawke's Bay", "Palmerston North", "Bay of Plenty"), and the token after it; null where the
 * gazetteer or the list of cities knows no such name.
 */
function placeOfWords(tagged: TaggedText, i: number): { country: string; to: number } | null {
  const { tokens, text } = tagged;
  for (let n = 3; n >= 2; n--) {
    const words = tokens.slice(i, i + n);
    if (
      words.length < n ||
      !words.at(-1)!.capital ||
      words.some((t, k) => k > 0 && (t.sentence !== words[0]!.sentence || !/^[\s'’s]*$/.test(words[k - 1]!.post)))
    )
      continue;
    const written = text.slice(words[0]!.start, words.at(-1)!.end);
    const spelled = PLACE_ABBREVIATIONS[words[0]!.lower.replace(/\.$/, '')];
    const name = spelled ? `${spelled} ${written.slice(words[0]!.text.length).trimStart()}` : written;
    const country = cityCountry(name) ?? gazetteerCountry(name);
    if (country) return { country, to: i + n };
  }
  return null;
}

/** How often the text names each country: by its name or its people's adjective alone, and with its cities and towns too. */
export interface CountriesNamed {
  byName: Map<string, number>;
  withPlaces: Map<string, number>;
}

/**
 * How often the text names each country, in one pass: by its name or its people's adjective
 * (`byName`), and counting one of its cities or towns too (`withPlaces`), outside the dateline
 * (written in capitals: "ISLAMABAD").
 */
export function countriesNamed(tagged: TaggedText): CountriesNamed {
  const { tokens } = tagged;
  const named: CountriesNamed = { byName: new Map(), withPlaces: new Map() };
  const count = (counts: Map<string, number>, country: string) => counts.set(country, (counts.get(country) ?? 0) + 1);
  const inside = insideCountryNames(tokens);
  tokens.forEach((t, i) => {
    if (!t.capital || /^\p{Lu}{2,}$/u.test(t.word) || inside.has(i)) return;
    const country = countryEndingAt(tokens, i);
    if (country) count(named.byName, country);
    const place = country ?? cityCountry(t.word) ?? regionOrTown(t);
    if (place) count(named.withPlaces, place);
  });
  return named;
}

/**
 * The country of each city, town or region the text names, once per naming, in one or up to three
 * capitalised words ("Mt Hagen", "Palmerston North"); not a sentence's first word, which is
 * capitalised by grammar perhaps, nor a word of a country's own name ("Papua" of "Papua New Guinea").
 */
export function townsNamed(tagged: TaggedText): string[] {
  const found: string[] = [];
  let within = 0;
  const inside = insideCountryNames(tagged.tokens);
  tagged.tokens.forEach((t, i) => {
    if (!t.capital || t.first || i < within || inside.has(i)) return;
    const words = placeOfWords(tagged, i);
    if (words) within = words.to;
    const city = words?.country ?? cityCountry(t.word) ?? regionOrTown(t);
    if (city) found.push(city);
  });
  return found;
}
