/** One story through the engine, for the unit tests of its shapes on sentences of our own. */
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
