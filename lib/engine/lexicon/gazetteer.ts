/**
 * The world's larger cities and first-level regions, with their countries (`gazetteer.json`, written
 * by `scripts/build-gazetteer.ts` from GeoNames' cities and ISO 3166-2's subdivisions; see there for
 * the sources and what is left out). The hand-written lists come first: countries, the states and
 * provinces that title offices (`countries.ts`), the capitals and large cities (`cities.ts`).
 */
import { cityCountry } from './cities';
import { countryOf, countryOfSubnational } from './countries';
import places from './gazetteer.json';

const BY_PLACE = new Map<string, string>();
for (const [country, names] of Object.entries(places as Record<string, string[]>)) for (const name of names) BY_PLACE.set(name, country);

/** The country of a city or region only the gazetteer knows: "Foggia" → Italy, "Apurímac" → Peru; null otherwise. */
export function gazetteerCountry(name: string): string | null {
  return BY_PLACE.get(name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()) ?? null;
}

/** The country a place's name gives: a country, a state or province, a city, a region ("Texas" → US, "Puglia" → Italy). */
export function placeCountry(words: string): string | null {
  return countryOf(words) ?? countryOfSubnational(words) ?? cityCountry(words) ?? gazetteerCountry(words);
}
