/**
 * Bodies no state runs, told by their names, and the offices in them, which are no public office:
 * "the Kenya National Union of Nurses (KNUN) … KNUN Kericho branch secretary Ana Kip", "Golden
 * Harbour Builders Corp. … Golden Harbour president Leo Tan".
 */
import { bodyOf } from '../lexicon/bodies';
import { countryOf } from '../lexicon/countries';
import { placeCountry } from '../lexicon/gazetteer';
import { COMPANY_NOUNS, COMPANY_TRADES, CORPORATE_SUFFIXES, MEMBER_PLURALS, PRIVATE_BODY_ENDS } from '../lexicon/organizations';
import type { NameSighting } from './sightings';
import { kindBefore } from './words';

/** Private bodies' heads that a party's name may have before "of". */
const PARTY_HEADS = new Set(['union', 'league', 'coalition']);

/**
 * Whether an organisation's name is that of a body no state runs: its last word, or its head before
 * "of", a private body's (`PRIVATE_BODY_ENDS`: "Federation", "Federation of …"), a company's suffix or
 * trade ("Corp.", "Foods"),
 * or a word for its members ("United Nurses of Alberta", `MEMBER_PLURALS`). An intergovernmental
 * body's name or a country's is never one ("European Union", "Soviet Union").
 */
export function privateBodyName(name: string): boolean {
  const words = wordsOf(name);
  // "Federation of Midwives", "Chamber of Commerce": the head before "of" names the kind. (Not a
  // union, a league or a coalition "of" something, which may be a party: "Patriotic Union of Kurdistan".)
  const head = words.includes('of') ? words[words.indexOf('of') - 1]! : '';
  const byHead = PRIVATE_BODY_ENDS.has(head) && !PARTY_HEADS.has(head);
  const byEnd = PRIVATE_BODY_ENDS.has(words.at(-1)!) || byHead || companyName(name);
  return (byEnd || words.some((w) => MEMBER_PLURALS.has(w))) && bodyOf(name) === null && countryOf(name) === null;
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.'’]+$/, ''));
}

/** A company's name, by its suffix or its trade: "Golden Harbour Builders Corp.", "Kestrel Foods". */
function companyName(name: string): boolean {
  const last = wordsOf(name).at(-1)!;
  return CORPORATE_SUFFIXES.has(last) || COMPANY_TRADES.has(last);
}

/** Kinds of company that a public body may be as well, which say nothing of who runs it. */
const PUBLIC_TOO = new Set(['regulator', 'watchdog', 'bank', 'utility', 'exchange', 'parent']);

/** An organisation the story introduced by a kind of company in lower case: "the online lender Plumbly". */
function companyByKind(s: NameSighting, text: string): boolean {
  const kind = kindBefore(text, s.start);
  return !!kind && COMPANY_NOUNS.has(kind) && !PUBLIC_TOO.has(kind);
}

/** The names a story gives its private bodies: in full, by their initials, and shortened ("Golden Harbour" of "Golden Harbour Builders Corp."). */
function privateBodies(sightings: readonly NameSighting[], text: string): string[] {
  const organizations = sightings.filter((s) => s.kind === 'organization');
  const full = organizations
    .filter((s) => privateBodyName(s.name) || (s.acronymOf !== undefined && privateBodyName(s.acronymOf)) || companyByKind(s, text))
    .map((s) => s.name);
  // A company goes by the first words of its name, two or more, which name no place: "Golden Harbour".
  const companies = full.filter((name) => companyName(name));
  const shortened = organizations
    .filter((s) => /\s/.test(s.name) && !placeCountry(s.name) && !countryOf(s.name) && companies.some((name) => name.startsWith(`${s.name} `)))
    .map((s) => s.name);
  return [...new Set([...full, ...shortened])];
}

/**
 * Whether the words right before a person's name are a private body's name and then the person's
 * title, which ends with the words between them: "KNUN Kericho branch secretary ", "NSWNA (NSWNA)
 * general secretary ", "Golden Harbour president " (not "Ruch and French President ": another
 * office follows the body's name there).
 */
function titledBy(before: string, body: string, title: string): boolean {
  const at = before.lastIndexOf(body);
  if (at < 0 || /[\p{L}\p{N}]/u.test(before[at - 1] ?? '')) return false;
  const rest = before
    .slice(at + body.length)
    .replace(/^\s*\([^)]*\)/, '')
    .trim();
  return rest.length > 0 && /^[\p{L}\s-]+$/u.test(rest) && title.endsWith(rest);
}

/** How far before a name its title and the body that opens it are looked for, in characters. */
const TITLE_REACH = 120;

/**
 * Takes the role from a person whose title opens with the name of a body no state runs, in full, by
 * initials or shortened ("ZPOC general director", "Golden Harbour president"), and marks them
 * private. Changes the sightings in place and returns them.
 */
export function withoutPrivateOffices(sightings: NameSighting[], text: string): NameSighting[] {
  const bodies = privateBodies(sightings, text);
  if (!bodies.length) return sightings;
  for (const s of sightings) {
    if (s.kind !== 'person' || !s.role) continue;
    const before = text.slice(Math.max(0, s.start - TITLE_REACH), s.start);
    if (bodies.some((body) => titledBy(before, body, s.role!.title))) {
      delete s.role;
      s.private = true;
    }
  }
  return sightings;
}
