/**
 * `npm run score:unseen`: profiles each hand-annotated set of stories in tests/fixtures/unseen/<set>/
 * (docs/*.txt and gold.json, six or eight stories from as many regions and beats, written and annotated by
 * helpers who never saw the engine) and scores it with ../shared/tools/score-profiles.mjs, as the
 * built-in corpus is scored. It reports, and asserts nothing: the sets measure the engine on news it
 * was not written for, before and after a change.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusToJson, profileCorpus } from '../lib/engine/profile-corpus';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'unseen');
const scorer = join(import.meta.dirname, '..', '..', 'shared', 'tools', 'score-profiles.mjs');
const out = mkdtempSync(join(tmpdir(), 'dramatis-unseen-'));
for (const set of readdirSync(root).sort()) {
  const docs = join(root, set, 'docs');
  const texts = readdirSync(docs)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: join(docs, name), text: readFileSync(join(docs, name), 'utf8') }));
  const predicted = join(out, `${set}.json`);
  writeFileSync(predicted, JSON.stringify(corpusToJson(profileCorpus(texts))));
  console.log(`== set ${set} (${texts.length} stories)`);
  try {
    process.stdout.write(execFileSync('node', [scorer, join(root, set, 'gold.json'), predicted], { encoding: 'utf8' }));
  } catch (error) {
    // The scorer exits 1 when a threshold is missed; its figures are the report.
    process.stdout.write((error as { stdout?: string }).stdout ?? String(error));
  }
}
