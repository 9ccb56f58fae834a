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

/** Each word of the text with its offset, as `toWords` writes it. */
const toWords = (rows: string[]) => rows.map((row) => row.split(' ').slice(0, 2).join(' '));

/** The tags the engine gives the word `word` of `text`. */
const tagsOf = (text: string, word: string) => [...(tagText(text).tokens.find((t) => t.word === word)?.tags ?? [])];

describe('compromise, as the engine loads it', () => {
  // The engine runs compromise's tokenizer, lexicon and pre-tagger, and of its post-tagger only the
  // patterns about names. The tokens must stay compromise's own: the tagger was trained on them.
  it("splits every fixture article into the words, at the offsets, of compromise's default build", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const engine = tagText(text).tokens.map((t) => `${t.start} ${t.text}`);
      expect(engine, file).toEqual(toWords(fullBuildTags(text)));
    }
  });

  it("reads a surname after a given name with the post-tagger's name patterns", () => {
    expect(tagsOf('Tom Hale said the road was closed.', 'Hale')).toContain('LastName');
  });

  it('reads a bare verb form after a determiner or a possessive, adjectives between, as a noun', () => {
    const noun = (text: string, word: string) => expect(tagsOf(text, word).filter((t) => t === 'Noun' || t === 'Verb')).toEqual(['Noun']);
    noun("Tom Hale, the province's police chief, said the road was closed.", 'police');
    noun('The new police unit closed the road.', 'police');
    noun('Thousands joined her march on Sunday.', 'march');
    expect(tagsOf('Soldiers police the border at night.', 'police')).toContain('Verb');
    expect(tagsOf('The ministry will decide.', 'will')).toContain('Verb');
  });

  it('keeps the agencies and institutions the engine teaches it as organisations', () => {
    const { tokens } = tagText('Reuters reported that the Treasury had objected.');
    expect(tokens.find((t) => t.text === 'Reuters')?.tags.has('Organization')).toBe(true);
  });
});
