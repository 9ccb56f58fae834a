/**
 * The country of a role whose words give none, read from the document (issue 12, section 3). The
 * words come first ("Kenyan President", "of Kenya", "U.S.": recognition reads those); failing
 * them, in order:
 * - the person's own: the country written before their name ("Estonia's Eva Kask") or the one
 *   country of their other roles in the story;
 * - a body the title names by its short name ("Fund director" where the story names the
 *   International Monetary Fund);
 * - the place a sentence opens with ("In Berlin, Chancellor …");
 * - the story's country: its dateline's city (a gazetteer of world cities), and the country the
 *   text ties to government ("Kenya's cabinet", "Mexican authorities", "Kenyan President"), or
 *   without a dateline the towns and countries it names, when one country clearly leads.
 * Where the evidence is split, the role keeps no country rather than a wrong one.
 */
import type { LocalGroup } from './document-analysis';
import { bodyOf } from './lexicon/bodies';
import { cityCountry, HOST_CITIES } from './lexicon/cities';
import { countryOf, countryOfSubnational } from './lexicon/countries';
import { gazetteerCountry, placeCountry } from './lexicon/gazetteer';
import { GOVERNMENT_NOUNS, US_CABINET_TITLES, USUAL_TITLE_COUNTRIES } from './lexicon/offices';
import { PUBLIC_BODY_ENDS } from './lexicon/organizations';
import type { TaggedText } from './nlp';
import { countriesNamed, townsNamed, type CountriesNamed } from './places-named';
import type { NameSighting, StatedRole } from './recognize';
import { countryEndingAt } from './recognize/countries';
import { canonicalTitle, hasSingleHolder, isSubstantive } from './role-canonical';

/** Whether a role's country is an intergovernmental body ("UN", "EU"), which a person's national roles do not share. */
function isBody(country: string): boolean {
  return bodyOf(country) === country;
}

/** A dateline's place, lower case, in its comma- or slash-separated parts: "RALEIGH, N.C." → ["raleigh", "n.c."]. */
function datelineParts(place: string): string[] {
  return place.split(/[,/]/).map((p) => p.trim().toLowerCase());
}

/** Whether a dateline names a city of intergovernmental bodies ("BRUSSELS"), which places a story in no country. */
function isHostCity(place: string): boolean {
  return HOST_CITIES.has(datelineParts(place)[0]!);
}

/** The country a dateline's place is in: "NAIROBI" → Kenya, "RALEIGH, N.C." → US; null for a city that hosts intergovernmental bodies. */
export function datelineCountry(place: string | null): string | null {
  if (!place || isHostCity(place)) return null;
  const parts = datelineParts(place);
  for (const part of parts) {
    const country = placeCountry(part) ?? countryOfSubnational(part.replace(/\.$/, ''));
    if (country) return country;
  }
  // "RALEIGH, N.C.", "TOPEKA, Kan.": a US state's abbreviation after a city.
  return parts.length > 1 && /^[a-z]{1,5}\.(?:[a-z]\.)?$/.test(parts.at(-1)!) ? 'US' : null;
}

/** How often the text ties each country to government: a country or demonym before a word of government, and every role's stated country. */
function governmentTies(tagged: TaggedText, sightings: readonly NameSighting[]): Map<string, number> {
  const ties = new Map<string, number>();
  const add = (country: string | null, n = 1) => country && ties.set(country, (ties.get(country) ?? 0) + n);
  const { tokens } = tagged;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!t.capital || !next || next.sentence !== t.sentence) return;
    // (A capitalised title is counted through its role: "Kenyan President William Ruto".)
    // (Written together: "a visit to China, officials said" ties nothing.)
    if (GOVERNMENT_NOUNS.has(next.lower) && !next.capital && /^\s+$/.test(t.post)) add(countryEndingAt(tokens, i));
    // "European Union leaders", "U.N. officials": a body's name before a word of government.
    const after = tokens[i + 2];
    if (after && !after.capital && GOVERNMENT_NOUNS.has(after.lower) && next.capital) add(bodyOf(`${t.word} ${next.word}`));
    // "the government of Kenya", "the president of Mexico"
    if (t.lower === 'of' || (GOVERNMENT_NOUNS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 1]?.lower === 'of')) add(countryOf(t.word));
  });
  // (An ambassador to Peru ties the story to Peru, where the ambassador is, and not to the country sending them.)
  for (const s of sightings) if (s.role?.country) add(postedTo(s.role.title) ?? s.role.country);
  return ties;
}

/**
 * Whether a dateline's country is only where the reporter was: the story never names it, and names
 * another country at least twice ("ISLAMABAD" over a story about Afghanistan). A story at home may
 * name no country at all ("CHICAGO … Mayor …"): its dateline stands.
 */
function onlyReportedFrom(named: CountriesNamed, country: string): boolean {
  return !named.withPlaces.has(country) && [...named.withPlaces.values()].some((n) => n >= 2);
}

/**
 * Whether the sighting's sentence writes the country, by its name or its people's adjective, or the
 * body it stands for, before the name: "French President Luc Marin", "Sweden's Prime Minister …".
 */
function countryWrittenBefore({ tokens, sentences }: TaggedText, s: NameSighting, country: string): boolean {
  const { from, to } = sentences[s.sentence]!;
  for (let i = from; i < to && tokens[i]!.start < s.start; i++) {
    const t = tokens[i]!;
    if (t.capital && (countryEndingAt(tokens, i) === country || bodyOf(t.word) === country)) return true;
  }
  return false;
}

/** Whether the text names this country (by name or adjective) three times or more, and twice as often as any other. */
function leadsNames(named: CountriesNamed, country: string): boolean {
  const n = named.byName.get(country) ?? 0;
  return n >= 3 && [...named.byName].every(([other, m]) => other === country || n >= 2 * m);
}

/** `countriesNamed` of the text, counted on first use and kept: one pass serves every reader of it. */
function countingOnce(tagged: TaggedText): () => CountriesNamed {
  let counted: CountriesNamed | undefined;
  return () => (counted ??= countriesNamed(tagged));
}

/**
 * How strongly the story ties each country to itself: with a dateline, its place's country (2) and
 * the text's ties to government (`governmentTies`); without one, the cities it names and the times it
 * names each country by its name or its people's adjective (1 each). A story about Poland from a
 * Warsaw desk names Poland and Polish bodies throughout, and maybe no town.
 */
function storyTies(tagged: TaggedText, sightings: readonly NameSighting[], dateline: string | null, named: () => CountriesNamed): Map<string, number> {
  // (A dateline in a city of intergovernmental bodies, "BRUSSELS", places the story in none.)
  const placed = datelineCountry(dateline);
  const ties = dateline ? governmentTies(tagged, sightings) : new Map<string, number>();
  const add = (country: string, n: number) => ties.set(country, (ties.get(country) ?? 0) + n);
  if (placed && !onlyReportedFrom(named(), placed)) add(placed, 2);
  // "Taipei, Oct. 2 (CNA)" over a story that names Taiwan throughout and Paraguay's minister once:
  // a dateline's country the text names twice as often as any other leads the foreign offices.
  if (placed && ties.has(placed) && leadsNames(named(), placed)) add(placed, Math.max(0, ...[...ties].filter(([c]) => c !== placed).map(([, n]) => n)));
  if (!dateline) {
    for (const country of townsNamed(tagged)) add(country, 1);
    for (const [country, n] of named().byName) add(country, n);
  }
  return ties;
}

/** The nations of the United Kingdom and their adjectives, which the lexicon reads as the country itself. */
const NATIONS_WITHIN = new Set(['scotland', 'scottish', 'wales', 'welsh', 'england', 'english']);

/** Whether a title names a town, region or state of the country ("Culiacán Mayor", "governor of Michoacán"), not the country itself. */
function placedWithin(title: string, country: string): boolean {
  return capitalisedWords(title).some(
    (w) => (cityCountry(w) ?? gazetteerCountry(w) ?? countryOfSubnational(w) ?? (NATIONS_WITHIN.has(w.toLowerCase()) ? countryOf(w) : null)) === country,
  );
}

/** A title's capitalised words. */
function capitalisedWords(title: string): string[] {
  return title.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
}

/**
 * The country a story is about, where one clearly leads its dateline and its ties to government;
 * null otherwise. Without a dateline, a story written at home names its own officials bare and
 * foreign ones by their country ("Prime Minister Rishi Sunak and French President Emmanuel
 * Macron"): there the cities it names say where it is, and a country that qualifies a role is
 * taken for a foreign one.
 */
export function documentCountry(tagged: TaggedText, sightings: readonly NameSighting[], written: string | null): string | null {
  const dateline = placingDateline(written);
  const named = countingOnce(tagged);
  const ties = storyTies(tagged, sightings, dateline, named);
  // An office the story qualifies by its country ("French President Luc Marin", "Argentina's Energy
  // Secretary …") is a foreign one, and says nothing of where the story is: a story at home names its
  // own officials bare. So without a dateline, or where the dateline places the story at home
  // ("LA PAZ (AFP) -" over Bolivia's ministers and Argentina's secretary), such a country is no tie.
  // A role placed in one of the country's towns or regions is no foreign office: the "Culiacán Mayor"
  // and "Scottish Conservative MSP" of stories from Sinaloa and Scotland. Nor is one whose sentence
  // names no country before it: "the country's deputy health minister" is the story's own.
  const home = dateline ? datelineCountry(dateline) : null;
  // (At home: the dateline's country is named half as often again as the foreign one. "NEW DELHI"
  // over a story that names Pakistan as often as India places it in neither.)
  const atHome = (country: string) => !home || (named().byName.get(home) ?? 0) >= Math.max(3, 1.5 * (named().byName.get(country) ?? 0));
  if (!dateline || (home && (ties.get(home) ?? 0) >= 2))
    for (const s of sightings) {
      const country = s.role?.country;
      if (!country || country === home || placedWithin(s.role!.title, country) || !atHome(country)) continue;
      if (countryWrittenBefore(tagged, s, country)) ties.delete(country);
    }
  const [top, second] = [...ties].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < (dateline ? 2 : 3) || (second && top[1] < 2 * second[1])) return null;
  return top[0];
}

/**
 * The dateline as the story's place: the dateline itself where the gazetteer places it or it names a
 * city of intergovernmental bodies (which places the story in no country); null for a place no list
 * knows ("DODOWA —" over a story from Ghana), so the story is placed by its text, as one without a
 * dateline is.
 */
function placingDateline(dateline: string | null): string | null {
  if (!dateline || datelineCountry(dateline)) return dateline;
  return isHostCity(dateline) ? dateline : null;
}

/** "In Berlin, Chancellor …": the country of the place a sentence opens with, or null. */
function openingPlace(tagged: TaggedText, sentence: number): string | null {
  const { tokens, sentences } = tagged;
  const span = sentences[sentence];
  if (!span || tokens[span.from]?.lower !== 'in') return null;
  const words: string[] = [];
  for (let k = span.from + 1; k < span.to && words.length < 3 && tokens[k]!.capital; k++) {
    words.push(tokens[k]!.word);
    if (tokens[k]!.post.includes(',')) return placeCountry(words.join(' '));
  }
  return null;
}

/** "ambassador to Peru", "envoy to the United Nations": the country or body an office is held in, or null. */
function postedTo(title: string): string | null {
  const to = /\bto (?:the )?(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)$/u.exec(title);
  return to ? (countryOf(to[1]!) ?? bodyOf(to[1]!)) : null;
}

/** A diplomat's office, held abroad by its nature: "Canada's ambassador", "envoy to the United Nations". */
function servesAbroad(title: string): boolean {
  return postedTo(title) !== null || /\b(ambassador|envoy|consul|emissary)\b/i.test(title);
}

/** "secretary of Iran's Supreme National Security Council": a country the title itself names (not the one an ambassador is sent "to"). */
function countryInTitle(title: string): string | null {
  const words = title.split(/\s+/);
  for (let i = 0; i < words.length && words[i - 1]?.toLowerCase() !== 'to'; i++) {
    const country = /^\p{Lu}/u.test(words[i]!) ? (countryOf(words[i]!) ?? bodyOf(words[i]!)) : null;
    if (country) return country;
  }
  return null;
}

/**
 * "Fund director" where the story names the International Monetary Fund, "ICC Prosecutor" where it
 * names the International Criminal Court (ICC): the body a title's short name or initials stand for.
 */
function bodyByShortName(title: string, bodies: ReadonlyMap<string, string>): string | null {
  for (const word of title.match(/\b\p{Lu}[\p{L}-]+\b/gu) ?? []) {
    const named = new Set([...bodies].filter(([name]) => name === word || name.split(/\s+/).at(-1) === word).map(([, body]) => body));
    if (named.size === 1) return [...named][0]!;
  }
  return null;
}

/** The intergovernmental bodies a story names, by every name and initials it gives them. */
function bodiesNamed(sightings: readonly NameSighting[]): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const s of sightings) {
    if (s.kind !== 'organization') continue;
    const body = bodyOf(s.name) ?? (s.acronymOf ? bodyOf(s.acronymOf) : null);
    if (body) bodies.set(s.name, body);
  }
  return bodies;
}

/** Whether a title holds a public body's capitalised word: "Dubbo Regional Council mayor". */
function namesPublicBody(title: string): boolean {
  return capitalisedWords(title).some((w) => PUBLIC_BODY_ENDS.has(w.toLowerCase()));
}

/** What the whole story says, read once for all its roles. */
interface StoryEvidence {
  tagged: TaggedText;
  story: string | null;
  bodies: ReadonlyMap<string, string>;
  /** Offices with one holder per country that the story already gives someone: "Mexican President …". */
  held: ReadonlyMap<string, LocalGroup>;
  organizations: readonly NameSighting[];
}

/** The country for one role of a person, which its words did not give; null where the story does not say. */
function countryFor(role: StatedRole, sighting: NameSighting, group: LocalGroup, evidence: StoryEvidence): string | null {
  // An organisation's office takes only what the person's other roles say: "its prosecutor" and "ICC Prosecutor".
  if (role.byOrganization) {
    const stated = new Set(group.sightings.map((x) => x.role?.country).filter((c) => c));
    if (stated.size === 1) return [...stated][0]!;
    // "Dubbo Regional Council mayor": a public body of no intergovernmental name is the story's country's.
    if (role.byOrganization === 'named') return bodyByShortName(role.title, evidence.bodies) ?? (namesPublicBody(role.title) ? evidence.story : null);
    // "The Reserve Bank said … Its governor": the organisation named last before, whose country is the story's unless it is a body's.
    const last = evidence.organizations.filter((o) => o.start < sighting.start).at(-1);
    return last ? (bodyOf(last.name) ?? (last.acronymOf ? bodyOf(last.acronymOf) : null) ?? evidence.story) : null;
  }
  const stated = countryInTitle(role.title) ?? (US_CABINET_TITLES.test(role.title) ? 'US' : null);
  if (stated) return stated;
  const own = new Set(group.sightings.map((s) => s.country ?? (s.role?.country && !isBody(s.role.country) ? s.role.country : null)).filter((c) => c));
  if (own.size === 1) return [...own][0]!;
  const guess =
    bodyByShortName(role.title, evidence.bodies) ??
    openingPlace(evidence.tagged, sighting.sentence) ??
    evidence.story ??
    USUAL_TITLE_COUNTRIES.find(([title]) => title.test(role.title))?.[1] ??
    null;
  // "President Donald Trump" in a story about Mexico, whose president it names: not Mexico's.
  const taken =
    guess && isSubstantive(role.title) && hasSingleHolder(canonicalTitle(role.title, guess)) && (evidence.held.get(officeKey(role, guess)) ?? group) !== group;
  return taken ? null : guess;
}

/** Gives every role of the document's people a country where the document says which; see the module comment. */
export function fillRoleCountries(groups: readonly LocalGroup[], sightings: readonly NameSighting[], tagged: TaggedText, dateline: string | null): void {
  const held = new Map<string, LocalGroup>();
  for (const group of groups)
    for (const s of group.sightings) if (s.role?.country && isSubstantive(s.role.title)) held.set(officeKey(s.role, s.role.country), group);
  const organizations = sightings.filter((s) => s.kind === 'organization').sort((a, b) => a.start - b.start);
  const evidence: StoryEvidence = { tagged, story: documentCountry(tagged, sightings, dateline), bodies: bodiesNamed(sightings), held, organizations };
  const fill = (from: StoryEvidence) => {
    // An organisation's offices last, once the person's other roles have theirs.
    for (const last of [false, true]) {
      for (const group of groups) {
        if (group.kind !== 'person') continue;
        for (const s of group.sightings) {
          if (s.role && !s.role.country && !!s.role.byOrganization === last) s.role.country = countryFor(s.role, s, group, from);
        }
      }
    }
  };
  fill(evidence);
  if (evidence.story) return;
  // A story that names no country of its own is about the one every office it placed is in: its
  // "Home Secretary" is the UK's, so its "Prime Minister" is too.
  // Not where the text ties another country to government as often: a story about Sudan's president
  // and "American officials" places only him, and its "President-elect" may be either's.
  const placed = new Set(
    groups.flatMap((g) =>
      g.kind === 'person'
        ? g.sightings
            .filter((s) => s.role && !servesAbroad(s.role.title))
            .map((s) => s.role?.country)
            .filter((c): c is string => !!c && !isBody(c))
        : [],
    ),
  );
  if (placed.size !== 1) return;
  const country = [...placed][0]!;
  // Nor where the dateline is in another country: a Kathmandu story's "King" is not China's because it names "Chinese President Jiang".
  const where = datelineCountry(dateline);
  if (where && where !== country) return;
  const ties = storyTies(tagged, sightings, dateline, countingOnce(tagged));
  // (Without a dateline, storyTies reads only the cities named: the ties to government count too.)
  if (!dateline) for (const [other, n] of governmentTies(tagged, sightings)) ties.set(other, (ties.get(other) ?? 0) + n);
  if ([...ties].some(([other, n]) => other !== country && n >= (ties.get(country) ?? 0))) return;
  fill({ ...evidence, story: country });
}

function officeKey(role: StatedRole, country: string): string {
  return `${canonicalTitle(role.title, country)} (${country})`;
}
