/**
 * Scores the engine's profile of a fixture against the list a careful reader wrote for it before
 * the engine ever read it (`tests/fixtures/<name>.reader.json`): which officials, with which role
 * and country, which organisations, and which names are credits or furniture that must not appear.
 */
import { readFileSync } from 'node:fs';
import { nameKey } from '../../../lib/engine/names';
import { orgKey } from '../../../lib/engine/org-names';
import type { Entity } from '../../../lib/shared/types';

export interface ReaderList {
  officials: { name: string; role: string; country: string | string[] }[];
  organizations: string[];
  /** People who hold no office. */
  people: string[];
  /** Names that may be found or not, as any kind. */
  optional: string[];
  /** Credits, bylines and furniture: never a profile. */
  not_entities: string[];
}

export interface ReaderScore {
  officials: { found: number; expected: number; correct: number; false: string[]; missed: string[] };
  organizations: { found: number; expected: number; correct: number; false: string[]; missed: string[] };
  /** Of the expected officials found, how many carry the right country, and which carry a wrong one. */
  countries: { right: number; of: number; wrong: string[] };
  leaks: string[];
}

export function readReaderList(path: string): ReaderList {
  return JSON.parse(readFileSync(path, 'utf8')) as ReaderList;
}

function personKeys(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases].map(nameKey));
}

function orgKeys(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases].map(orgKey));
}

function matches(e: Entity, name: string): boolean {
  return personKeys(e).has(nameKey(name)) || orgKeys(e).has(orgKey(name));
}

/** Scores entities against a reader's list. */
export function scoreAgainst(list: ReaderList, entities: Entity[]): ReaderScore {
  const officials = entities.filter((e) => e.kind === 'official');
  const organizations = entities.filter((e) => e.kind === 'organization');
  const expectedOfficial = (e: Entity) => list.officials.some((o) => personKeys(e).has(nameKey(o.name)));
  const optional = (e: Entity) => list.optional.some((n) => matches(e, n));
  const officialFalse = officials.filter((e) => !expectedOfficial(e) && !optional(e)).map((e) => e.name);
  const officialMissed = list.officials.filter((o) => !officials.some((e) => personKeys(e).has(nameKey(o.name)))).map((o) => o.name);
  const expectedOrg = (e: Entity) => list.organizations.some((n) => orgKeys(e).has(orgKey(n)));
  const orgFalse = organizations.filter((e) => !expectedOrg(e) && !optional(e)).map((e) => e.name);
  const orgMissed = list.organizations.filter((n) => !organizations.some((e) => orgKeys(e).has(orgKey(n))));
  let right = 0;
  let of = 0;
  const wrong: string[] = [];
  for (const o of list.officials) {
    const entity = officials.find((e) => personKeys(e).has(nameKey(o.name)));
    if (!entity) continue;
    of++;
    const want = Array.isArray(o.country) ? o.country : [o.country];
    const stated = entity.roles.map((r) => r.country).filter((c): c is string => !!c);
    if (stated.some((c) => want.includes(c))) right++;
    else if (stated.length) wrong.push(`${o.name}: ${stated.join(', ')}`);
  }
  const leaks = entities.filter((e) => list.not_entities.some((n) => matches(e, n) || e.mentions.some((m) => m.text === n))).map((e) => e.name);
  return {
    officials: {
      found: officials.length,
      expected: list.officials.length,
      correct: officials.length - officialFalse.length,
      false: officialFalse,
      missed: officialMissed,
    },
    organizations: {
      found: organizations.length,
      expected: list.organizations.length,
      correct: list.organizations.length - orgMissed.length,
      false: orgFalse,
      missed: orgMissed,
    },
    countries: { right, of, wrong },
    leaks,
  };
}
