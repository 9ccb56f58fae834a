/** One story through the engine, for the unit tests of its shapes on sentences of our own. */
import { expect } from 'vitest';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import type { Entity } from '../../../lib/shared/types';

/** The entities the engine profiles from one story. */
export function entitiesIn(text: string): Entity[] {
  return profileCorpus([{ path: 'story.txt', text }]).entities;
}

/** The names of the story's organisations, sorted. */
export function organizationsIn(text: string): string[] {
  return entitiesIn(text)
    .filter((e) => e.kind === 'organization')
    .map((e) => e.name)
    .sort();
}

/** Asserts that the story names `name` as an official holding exactly these titles, and returns that entity. */
export function expectOfficial(text: string, name: string, titles: string[]): Entity | undefined {
  const found = entitiesIn(text).find((e) => e.name === name);
  expect(found?.kind).toBe('official');
  expect(found?.roles.map((r) => r.title)).toEqual(titles);
  return found;
}

/** The titles and countries of the roles the story gives `name`, or undefined where it names no such entity. */
export function roleOf(text: string, name: string): [string, string | null][] | undefined {
  return entitiesIn(text)
    .find((e) => e.name === name)
    ?.roles.map((r) => [r.title, r.country]);
}

/** The kind of the entity the story names `name` ("official", "person", "organization"), or undefined. */
export function kindOf(text: string, name: string): Entity['kind'] | undefined {
  return entitiesIn(text).find((e) => e.name === name)?.kind;
}
