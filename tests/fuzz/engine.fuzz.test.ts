/**
 * Property-based: the engine on random and mutated text (control characters, lone surrogates,
 * truncated UTF-8, pasted markup, very long lines) never throws, and its work is bounded: text past
 * MAX_DOCUMENT_CHARS is not read, so even a 1 MB line finishes within the test's time limit. Furniture
 * lines put anywhere in a fixture ("0 Comments", "Share") lose none of its entities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, MAX_DOCUMENT_CHARS } from '../../lib/engine/document-analysis';
import { profileCorpus } from '../../lib/engine/profile-corpus';
import { decodeText } from '../../lib/engine/text-decode';
import { seedTexts } from '../seeds';

const seeds = seedTexts().map((s) => s.text);
const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
const fixtures = readdirSync(fixturesDir)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(fixturesDir, n), 'utf8'));

/** Seed text, cut and spliced with hostile fragments. */
const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: seeds.length - 1 }),
    fc.integer({ min: 0, max: 4_000 }),
    fc.integer({ min: 0, max: 4_000 }),
    fc.constantFrom(
      '\u0000',
      '\u0007\u001b[31m',
      '\ud800',
      '\udfff\ud83d',
      '\u202e',
      '\r\r\n',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'Mr Mr Mr ',
      '. . . ',
      '(AFP) (AFP) -',
      '\t\v\f',
    ),
    fc.string({ maxLength: 40, unit: 'binary' }),
  )
  .map(([i, from, length, fragment, noise]) => {
    const text = seeds[i]!;
    const at = Math.min(from, text.length);
    return text.slice(0, at) + fragment + noise + text.slice(at, at + length);
  });

/** Seed text as bytes, cut mid-character and decoded as an import would. */
const truncatedUtf8 = fc.tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.integer({ min: 1, max: 3_000 })).map(([i, cut]) => {
  const bytes = new TextEncoder().encode(`${seeds[i]!} — Peña Nieto, “quoted”, 東京`);
  const decoded = decodeText(bytes.subarray(0, Math.min(cut, bytes.length)));
  return decoded.ok ? decoded.value : '';
});

describe('the engine on random and mutated text', () => {
  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const analysis = analyzeDocument(text);
        expect(typeof analysis.tagged.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated news text and truncated UTF-8, and keeps every mention inside its text', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, truncatedUtf8), (text) => {
        const { documents, entities } = profileCorpus([{ path: 'fuzz.txt', text }]);
        const body = documents[0]!.text;
        for (const m of entities.flatMap((e) => e.mentions)) expect(body.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });

  it('loses no entity of a fixture when furniture lines are put anywhere in it', () => {
    const found = (text: string) => new Set(profileCorpus([{ path: 'story.txt', text }]).entities.map((e) => `${e.kind}: ${e.name}`));
    const before = fixtures.map(found);
    const furniture = fc.constantFrom('0 Comments', '12 comments', 'Share', 'Advertisement', 'Read more', 'Share this article', 'NOW: 68°', 'Comments');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.array(fc.tuple(fc.nat(), furniture), { minLength: 1, maxLength: 3 }), (i, inserts) => {
        const lines = fixtures[i]!.split('\n');
        for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
        const after = found(lines.join('\n'));
        for (const entity of before[i]!) expect(after, entity).toContain(entity);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reads at most MAX_DOCUMENT_CHARS of a 1 MB line', () => {
    const line = `${seeds[0]!.replace(/\s+/g, ' ')} `.repeat(Math.ceil(1_048_576 / seeds[0]!.length)).slice(0, 1_048_576);
    const analysis = analyzeDocument(line);
    expect(analysis.tagged.text.length).toBeLessThanOrEqual(MAX_DOCUMENT_CHARS);
    expect(analysis.groups.length).toBeGreaterThan(0);
  }, 120_000);
});
