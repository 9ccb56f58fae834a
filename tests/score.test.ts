/**
 * The engine against the reference annotation of the seed corpus, scored by the shared scorer
 * exactly as the issue names it: `npm run --silent corpus -- seeds --json | node score-profiles.mjs gold`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../lib/engine/names';
import type { CorpusJson } from '../lib/engine/profile-corpus';

const root = join(__dirname, '..');
const scorer = join(root, '..', 'shared', 'tools', 'score-profiles.mjs');
const goldPath = join(root, '..', 'shared', 'gold', 'seeds.gold.json');

interface GoldOfficial {
  name: string;
  aliases: string[];
  role: string[];
  country: string;
}

function corpusJson(): string {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/corpus.ts', 'seeds', '--json'], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe.skipIf(!existsSync(scorer))('the engine on the seed corpus, scored against the gold file', () => {
  const output = corpusJson();
  const score = spawnSync('node', [scorer, goldPath], { input: output, encoding: 'utf8' });
  const line = (label: string) => score.stdout.split('\n').find((l) => l.startsWith(label)) ?? '';

  it('finds the officials and organisations with precision and recall at or above the thresholds', () => {
    const officials = /P ([\d.]+)\s+R ([\d.]+)/.exec(line('officials'));
    const organizations = /P ([\d.]+)\s+R ([\d.]+)/.exec(line('organizations'));
    expect(Number(officials?.[1])).toBeGreaterThanOrEqual(0.95);
    expect(Number(officials?.[2])).toBeGreaterThanOrEqual(0.95);
    expect(Number(organizations?.[1])).toBeGreaterThanOrEqual(0.9);
    expect(Number(organizations?.[2])).toBeGreaterThanOrEqual(0.9);
  });

  it('has no splits, over-merges, furniture, repeated mentions or private people typed as officials', () => {
    expect(line('splits')).toMatch(/^splits\s+0\b/);
    expect(line('over-merges')).toMatch(/^over-merges\s+0\b/);
    expect(line('page furniture')).toMatch(/^page furniture 0\b/);
    expect(line('non-officials typed as officials')).toMatch(/officials 0\b/);
    expect(line('repeated mentions')).toBe('repeated mentions 0');
  });

  it('links at least 90% of entities to every document that mentions them', () => {
    const [, ok, all] = /documents\s+(\d+)\/(\d+)/.exec(line('documents')) ?? [];
    expect(Number(ok) / Number(all)).toBeGreaterThanOrEqual(0.9);
  });

  it('passes the shared scorer, roles and countries included', () => {
    const verdict = score.stdout.trim().split('\n').at(-1) ?? '';
    expect(line('roles')).toMatch(/^roles\s+18\/18/);
    expect(line('countries')).toMatch(/^countries\s+18\/18/);
    expect(verdict).toMatch(/^PASS/);
  });

  it('gives at least 90% of officials the role and country the gold file names', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { officials: GoldOfficial[] };
    const profile = JSON.parse(output) as CorpusJson;
    let roles = 0;
    let countries = 0;
    for (const official of gold.officials) {
      const names = new Set([official.name, ...official.aliases].map(nameKey));
      const entity = profile.entities.find((e) => e.kind === 'official' && names.has(nameKey(e.name)));
      const titles = entity?.roles.map((r) => r.title.toLowerCase()) ?? [];
      if (official.role.some((k) => titles.some((t) => t.includes(k.toLowerCase())))) roles++;
      if (entity?.roles.some((r) => r.country === official.country)) countries++;
    }
    expect(roles / gold.officials.length).toBeGreaterThanOrEqual(0.9);
    expect(countries / gold.officials.length).toBeGreaterThanOrEqual(0.9);
  });
});
