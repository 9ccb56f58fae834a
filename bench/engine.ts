/**
 * Engine throughput: characters per second for the whole engine (cleaning, recognition, typing,
 * roles and alias resolution) on the seed corpus, next to compromise's own tagging of the same
 * text, measured in interleaved rounds of one run so the machine's noise falls on both alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { cleanArticle } from '../lib/engine/clean';
import { profileCorpus, type SourceText } from '../lib/engine/profile-corpus';
import { median, report } from './results';

const TARGET_RATIO = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);

const dir = join(import.meta.dirname, '..', 'seeds');
const inputs: SourceText[] = readdirSync(dir)
  .sort()
  .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
const chars = inputs.reduce((n, i) => n + i.text.length, 0);

function timeEngine(): number {
  const t = performance.now();
  profileCorpus(inputs);
  return performance.now() - t;
}

function timeCompromise(texts: readonly string[]): number {
  const t = performance.now();
  for (const text of texts) nlp(text).json({ offset: true, terms: { offset: true } });
  return performance.now() - t;
}

const raw = inputs.map((i) => i.text);
// Cleaning drops repeats and furniture, so the engine tags less text than it reads; this compares
// the engine's own work past cleaning with compromise on exactly the text the engine tags.
const cleaned = inputs.map((i) => cleanArticle(i.text).text);

for (let i = 0; i < 3; i++) {
  timeEngine();
  timeCompromise(raw);
  timeCompromise(cleaned);
}
const engine: number[] = [];
const tagging: number[] = [];
const taggingCleaned: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  engine.push(timeEngine());
  tagging.push(timeCompromise(raw));
  taggingCleaned.push(timeCompromise(cleaned));
}
const engineMs = median(engine);
const taggingMs = median(tagging);
const perSecond = (ms: number) => Math.round((chars / ms) * 1000);
const ratio = engineMs / taggingMs;
const cleanedRatio = engineMs / median(taggingCleaned);
console.log(`corpus: ${inputs.length} seed articles, ${chars.toLocaleString('en-US')} characters, median of ${ROUNDS} interleaved rounds`);
report('3. Engine throughput', [
  {
    name: 'engine (cleaning, recognition, typing, roles, alias resolution)',
    value: perSecond(engineMs),
    unit: 'chars/s',
    baseline: { name: 'compromise tagging the same raw text', value: perSecond(taggingMs), unit: 'chars/s' },
    ratio,
    target: `engine time <= ${TARGET_RATIO}x compromise`,
    met: ratio <= TARGET_RATIO,
  },
  {
    name: 'engine against compromise tagging only the cleaned text the engine tags',
    value: perSecond(engineMs),
    unit: 'chars/s',
    baseline: { name: 'compromise on the cleaned text', value: perSecond(median(taggingCleaned)), unit: 'chars/s' },
    ratio: cleanedRatio,
    target: `engine time <= ${TARGET_RATIO}x compromise`,
    met: cleanedRatio <= TARGET_RATIO,
  },
]);
