import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlpFull from 'compromise';
import { describe, expect, it } from 'vitest';
import { tagText } from '@/lib/engine/nlp';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Each word with its offset and tags, as the default build of compromise gives them. */
function fullBuildTags(text: string): string[] {
  const json = nlpFull(text).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; tags: string[]; offset: { start: number } }[] }[];
  return json.flatMap((s) => s.terms.filter((t) => t.text).map((t) => `${t.offset.start} ${t.text} ${[...t.tags].sort().join(',')}`));
}

describe('compromise, as the engine loads it', () => {
  // The engine loads compromise's tagger build (`compromise/two`) to start faster; the default build
  // adds phrase methods the engine never calls. Should a release of compromise tag differently in
  // its default build, the engine's tokens would no longer be what its tagger was trained on.
  it("tags every fixture article exactly as compromise's default build does", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const engine = tagText(text).tokens.map((t) => `${t.start} ${t.text} ${[...t.tags].sort().join(',')}`);
      expect(engine, file).toEqual(fullBuildTags(text));
    }
  });

  it('keeps the agencies and institutions the engine teaches it as organisations', () => {
    const { tokens } = tagText('Reuters reported that the Treasury had objected.');
    expect(tokens.find((t) => t.text === 'Reuters')?.tags.has('Organization')).toBe(true);
  });
});
