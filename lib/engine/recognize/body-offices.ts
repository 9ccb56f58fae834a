/**
 * Offices in a public body the story named by a short name of its own: "Brazil's environment agency
 * Ibama … Ibama President Fernanda Quintela". The grammar reads "Ibama President" as no title, since
 * no lexicon knows "Ibama"; the story said earlier what kind of body it is.
 */
import { OFFICE_HEADS } from '../lexicon/offices';
import { PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import type { NameSighting } from './sightings';
import { kindBefore } from './words';

/** Lower-case kinds of public body written before its name, besides `PUBLIC_BODY_ENDS`: "the regulator Nersa", "the watchdog Ofcom". */
const PUBLIC_KINDS = new Set(['regulator', 'watchdog']);

/** How far before a name its title is looked for, in characters. */
const TITLE_REACH = 60;

/** The names of organisations the story introduced after a lower-case kind of public body: "the environment agency Ibama". */
function publicByKind(sightings: readonly NameSighting[], text: string): Set<string> {
  const names = new Set<string>();
  for (const s of sightings) {
    if (s.kind !== 'organization' || /\s/.test(s.name)) continue;
    // (The last part of a hyphened kind: "state-agency Ibama".)
    const kind = kindBefore(text, s.start)?.split('-').at(-1);
    if (kind && (PUBLIC_BODY_ENDS.has(kind) || PUBLIC_KINDS.has(kind))) names.add(s.name);
  }
  return names;
}

/**
 * Gives a person with no role the office its title before the name states, where the title is such
 * a body's name and an office's head, capitalised: "Ibama President" → "Ibama President". Changes the
 * sightings in place and returns them.
 */
export function withPublicOffices(sightings: NameSighting[], text: string): NameSighting[] {
  const bodies = publicByKind(sightings, text);
  if (!bodies.size) return sightings;
  for (const s of sightings) {
    if (s.kind !== 'person' || s.role || s.private) continue;
    const title = /(\p{Lu}[\p{L}-]*) (\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, s.start - TITLE_REACH), s.start));
    if (title && bodies.has(title[1]!) && OFFICE_HEADS.has(title[2]!.toLowerCase())) s.role = { title: `${title[1]} ${title[2]}`, country: null };
  }
  return sightings;
}
