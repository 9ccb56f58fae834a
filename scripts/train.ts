/**
 * `npm run train`: trains the name tagger (lib/engine/tagger/) on CoNLL-2003's eng.train, scores it on
 * eng.testa, and writes lib/engine/tagger/model.json. Deterministic: the same data gives the same file.
 * Options: --epochs N (default 12), --min-count N (features seen fewer times are dropped, default 2).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagText, type TaggedText } from '../lib/engine/nlp';
import { conllText, parseConll, projectLabels, type ConllText } from '../lib/engine/tagger/conll';
import { labelTokensWith } from '../lib/engine/tagger/decode';
import { Scoreboard } from '../lib/engine/tagger/evaluate';
import { extractFeatures } from '../lib/engine/tagger/features';
import { loadModel, type ModelFile } from '../lib/engine/tagger/model';
import { exportModel, FeatureIndex } from '../lib/engine/tagger/model-export';
import { HISTORY_FEATURES } from '../lib/engine/tagger/history';
import type { TrainedWeights } from '../lib/engine/tagger/perceptron';
import { decodeDocument, trainTagger, type TrainingDocument } from '../lib/engine/tagger/training';

const root = join(import.meta.dirname, '..');
const data = join(root, '..', 'shared', 'data', 'conll2003');
const modelPath = join(root, 'lib', 'engine', 'tagger', 'model.json');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const EPOCHS = option('epochs', 12);
const MIN_COUNT = option('min-count', 2);
const SEED = 2003;

/** One CoNLL document, tagged by the engine, with its features and its labels on the engine's tokens. */
export interface Prepared extends TrainingDocument {
  conll: ConllText;
  tagged: TaggedText;
}

export function prepare(file: string): Prepared[] {
  const started = performance.now();
  const documents = parseConll(readFileSync(join(data, file), 'utf8')).map((document) => {
    const conll = conllText(document);
    const tagged = tagText(conll.text);
    return { conll, tagged, features: extractFeatures(tagged), gold: projectLabels(tagged, conll) };
  });
  const tokens = documents.reduce((n, d) => n + d.tagged.tokens.length, 0);
  console.log(`${file}: ${documents.length} documents, ${tokens} tokens, read in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return documents;
}

/** Scores trained weights on prepared documents, decoding as the engine does but with the training index. */
export function score(documents: Prepared[], index: FeatureIndex, trained: TrainedWeights): Scoreboard {
  const board = new Scoreboard();
  for (const d of documents) board.add(d.tagged, decodeDocument(d, index, trained), d.gold, d.conll);
  return board;
}

/** The features seen at least `MIN_COUNT` times in training, and those of the label history. */
export function featureIndex(train: Prepared[], minCount: number): FeatureIndex {
  const all = new FeatureIndex();
  for (const d of train) for (const token of d.features.features) for (const name of token) all.id(name);
  for (const name of HISTORY_FEATURES) for (let k = 0; k < minCount; k++) all.id(name);
  const { index } = all.pruned(minCount);
  console.log(`features: ${all.names.length} seen, ${index.names.length} seen at least ${minCount} times`);
  return index;
}

function main(): void {
  const train = prepare('eng.train');
  const dev = prepare('eng.testa');
  const index = featureIndex(train, MIN_COUNT);
  const started = performance.now();
  const trained = trainTagger(train, index, {
    epochs: EPOCHS,
    seed: SEED,
    onEpoch: (epoch, averaged) => {
      const board = score(dev, index, averaged());
      const f1 = (type: 'PER' | 'ORG' | 'LOC' | 'MISC') => board.span[type];
      console.log(
        `epoch ${epoch}: dev span ${(['PER', 'ORG', 'LOC', 'MISC'] as const).map((t) => `${t} ${f1Of(f1(t)).toFixed(3)}`).join(' ')}  (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    },
  });
  const about = `Name tagger (BIO over PER, ORG, LOC, MISC), structured averaged perceptron (Collins 2002), ${EPOCHS} epochs, trained on CoNLL-2003 eng.train (Tjong Kim Sang and De Meulder 2003; Reuters RCV1 text, released for research) by npm run train.`;
  const file = exportModel(index.names, trained, about);
  const json = JSON.stringify(file, null, 2);
  writeFileSync(modelPath, json + '\n');
  const readStarted = performance.now();
  const source = readFileSync(modelPath, 'utf8');
  const parseStarted = performance.now();
  const model = loadModel(JSON.parse(source) as ModelFile);
  const loaded = performance.now();
  console.log(
    `\nmodel.json: ${Buffer.byteLength(json) + 1} bytes, ${model.features.size} features; read ${(parseStarted - readStarted).toFixed(1)} ms, parsed and loaded ${(loaded - parseStarted).toFixed(1)} ms`,
  );
  const board = new Scoreboard();
  for (const d of dev) board.add(d.tagged, labelTokensWith(model, d.tagged), d.gold, d.conll);
  console.log(`eng.testa, the shipped (quantised) model:\n${board.report()}`);
}

function f1Of(c: { tp: number; fp: number; fn: number }): number {
  return c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
}

if (process.argv[1]?.endsWith('train.ts')) main();
