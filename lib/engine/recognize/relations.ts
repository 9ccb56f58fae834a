/**
 * What one sighting lends the next: a plural title its names ("Commissioners Ann Lee and Bo
 * Park"), a country the names of one list ("Mexican President … and Foreign Minister …"), and an
 * official's office the deputy or counterpart named after them ("… His deputy, Tom Alder, said").
 */
import { cityCountry } from '../lexicon/cities';
import { OFFICE_HEADS, PORTFOLIO_WORDS, TENURE_WORDS, US_CABINET_COUNTERPARTS } from '../lexicon/offices';
import type { TaggedText } from '../nlp';
import type { Chunk } from './chunks';
import { countryBefore } from './countries';
import { type NameSighting, person } from './sightings';
import { looksLikePersonName, spanText } from './words';

/** How many sentences back an official may be that "his deputy" or "his counterpart" refers to. */
const RELATION_REACH = 2;

/** Whether only "and" or a comma stands between two sightings, as in a list of names. */
function listed(tagged: TaggedText, a: NameSighting, b: NameSighting, limit = 8): boolean {
  const between = tagged.text.slice(a.end, b.start);
  return between.length <= limit && /^\s*(,|and|, and)\s*$/.test(between);
}

/** "Commissioners Ann Lee and Bo Park": the names listed after a plural title share it. */
export function shareTitle(tagged: TaggedText, sighting: NameSighting, previous: NameSighting | undefined): void {
  if (!previous?.sharedTitle || !previous.role || sighting.role || sighting.kind !== 'person' || sighting.private || !listed(tagged, previous, sighting))
    return;
  sighting.role = { ...previous.role };
  sighting.sharedTitle = true;
}

/** Lower-case words a title in a list may hold besides its own: "the", "of", "deputy", "former". */
const TITLE_GLUE = new Set(['the', 'of', 'for', 'and', 'its', 'deputy', ...TENURE_WORDS]);

/** "Mexican President Felipe Calderón and Foreign Minister Patricia Espinoza": the country carries over. */
export function shareCountry(tagged: TaggedText, sighting: NameSighting, previous: NameSighting | undefined): void {
  if (!sighting.role || sighting.role.country || !previous?.role?.country) return;
  const between = tagged.text.slice(previous.end, sighting.start);
  const listing = /^\s*(?:,|and)\s+([\p{L}\s]*)$/u.exec(between);
  // (Only the next title's words between: "…, met Prime Minister Tomas Aranda" is another clause.)
  const titleWords = listing?.[1]!.split(/\s+/).every((w) => !w || /^\p{Lu}/u.test(w) || TITLE_GLUE.has(w) || PORTFOLIO_WORDS.has(w) || OFFICE_HEADS.has(w));
  if (listing && titleWords && between.length < 40) sighting.role.country = previous.role.country;
}

/**
 * "His deputy, Tom Alder" holds the deputy's post of the office of the official named just before;
 * "his Japanese counterpart Yoko Sato" the same office for Japan. A counterpart whose country the
 * text does not give is a person whose office it gives elsewhere, if at all.
 */
export function borrowOffice(sighting: NameSighting, official: NameSighting | undefined): void {
  const relation = sighting.relation;
  if (!relation) return;
  delete sighting.relation;
  const role = official?.role;
  if (!official || !role || sighting.role || sighting.sentence - official.sentence > RELATION_REACH) return;
  // (The official the possessive names, and no other: "Akinrinde's deputy".)
  if (relation.of && official.name.split(/\s+/).at(-1) !== relation.of) return;
  if (relation.kind === 'staff') {
    sighting.role = { title: relation.title ?? 'aide', country: role.country };
  } else if (relation.kind === 'deputy') {
    const title = /^deputy\b/i.test(role.title) ? role.title : `${/^\p{Lu}/u.test(role.title) ? 'Deputy' : 'deputy'} ${role.title}`;
    sighting.role = { title, country: relation.country ?? role.country };
  } else if (relation.country && relation.country !== role.country) {
    // Another country's counterpart of the US Secretary of State is its foreign minister.
    const title = role.country === 'US' ? (US_CABINET_COUNTERPARTS.find(([pattern]) => pattern.test(role.title))?.[1] ?? role.title) : role.title;
    sighting.role = { title, country: relation.country };
  }
  if (sighting.role) delete sighting.private;
}

/**
 * "Commissioners Ann Lee and Bo Park", "Estonia's Eva Kask, Portugal's Rui Sal and Germany's Greta
 * Holm": a name listed after a person named under a plural title, or after a person whose country
 * is written before them as it is before this one, is a person too, whether or not its words look
 * like a name the tagger knows. Null for any other phrase.
 */
export function listedPerson(tagged: TaggedText, chunk: Chunk, previous: NameSighting | undefined): NameSighting | null {
  const { tokens, text } = tagged;
  if (!previous || previous.kind !== 'person' || chunk.to - chunk.from < 2 || !looksLikePersonName(tokens, chunk.from, chunk.to)) return null;
  if (cityCountry(spanText(text, tokens, chunk.from, chunk.to))) return null;
  const country = countryBefore(tokens, chunk.from);
  const possessive = country && tokens[chunk.from - 1]!.possessive;
  const listStart = possessive ? tokens[chunk.from - 1]!.start : tokens[chunk.from]!.start;
  const between = text.slice(previous.end, listStart);
  if (between.length > 8 || !/^\s*(,|and|, and)\s*$/.test(between)) return null;
  if (previous.sharedTitle && previous.role && !possessive) return person(tagged, chunk, chunk.from, { role: { ...previous.role }, sharedTitle: true });
  if (possessive && previous.country) return person(tagged, chunk, chunk.from, { country });
  return null;
}
