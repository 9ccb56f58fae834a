/**
 * Baselines, as Hypothesis keeps its html-baselines: each article in tests/fixtures next to the JSON of
 * what the engine finds in it (who, of what kind, with which roles, how many mentions). A change in the
 * engine's output shows here as a readable diff. After a change that is meant, refresh them with
 * `UPDATE_BASELINES=1 npx vitest run tests/lib/baselines.test.ts` and read the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusToJson, profileCorpus } from '../../../lib/engine/profile-corpus';

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const articles = readdirSync(dir).filter((name) => name.endsWith('.txt'));

function summary(name: string) {
  const json = corpusToJson(profileCorpus([{ path: name, text: readFileSync(join(dir, name), 'utf8') }]));
  const { title, source, published } = json.documents[0]!;
  return {
    document: { title, source, published },
    entities: json.entities
      .map((e) => ({ name: e.name, kind: e.kind, roles: e.roles.map((r) => (r.country ? `${r.title} (${r.country})` : r.title)), mentions: e.mentions.length }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)),
  };
}

describe('engine baselines', () => {
  it.each(articles)('%s', (name) => {
    const file = join(dir, name.replace(/\.txt$/, '.expected.json'));
    const actual = summary(name);
    if (process.env.UPDATE_BASELINES) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(file), `no baseline for ${name}: run with UPDATE_BASELINES=1 and read what it wrote`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
