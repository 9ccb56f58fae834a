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
import { scoreSentence, trainPerceptron, type TrainedWeights, type TrainingSentence } from '../lib/engine/tagger/perceptron';
import { textLines } from '../lib/engine/tagger/token-facts';
import { LABEL_COUNT, viterbi } from '../lib/engine/tagger/viterbi';

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
export interface Prepared {
  gold: ConllText;
  tagged: TaggedText;
  features: string[][];
  projected: number[];
}

export function prepare(file: string): Prepared[] {
  const started = performance.now();
  const documents = parseConll(readFileSync(join(data, file), 'utf8')).map((document) => {
    const gold = conllText(document);
    const tagged = tagText(gold.text);
    return { gold, tagged, features: extractFeatures(tagged), projected: projectLabels(tagged, gold) };
  });
  console.log(
    `${file}: ${documents.length} documents, ${documents.reduce((n, d) => n + d.tagged.tokens.length, 0)} tokens, read in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return documents;
}

/** The training sequences (the documents' lines) with feature ids of a pruned index. */
export function trainingSentences(documents: Prepared[], index: FeatureIndex): TrainingSentence[] {
  const sentences: TrainingSentence[] = [];
  for (const d of documents) {
    for (const s of textLines(d.tagged)) {
      const ids: number[] = [];
      const offsets = [0];
      for (let i = s.from; i < s.to; i++) {
        for (const name of d.features[i]!) {
          const id = index.id(name);
          if (id >= 0) ids.push(id);
        }
        offsets.push(ids.length);
      }
      if (s.to > s.from)
        sentences.push({ ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: Int32Array.from(d.projected.slice(s.from, s.to)) });
    }
  }
  return sentences;
}

/** Scores trained weights on prepared documents, decoding with the training index. */
export function score(documents: Prepared[], index: FeatureIndex, trained: TrainedWeights): Scoreboard {
  const board = new Scoreboard();
  for (const d of documents) {
    const sentences = trainingSentences([{ ...d, projected: d.projected }], index);
    const labels: number[] = [];
    for (const s of sentences) {
      const n = s.gold.length;
      const scores = scoreSentence(s, trained.weights, new Float64Array(n * LABEL_COUNT));
      labels.push(...viterbi(scores, n, trained.transitions));
    }
    board.add(d.tagged, labels, d.projected, d.gold);
  }
  return board;
}

function main(): void {
  const train = prepare('eng.train');
  const dev = prepare('eng.testa');
  const all = new FeatureIndex();
  for (const d of train) for (const token of d.features) for (const name of token) all.id(name);
  const { index } = all.pruned(MIN_COUNT);
  console.log(`features: ${all.names.length} seen, ${index.names.length} seen at least ${MIN_COUNT} times`);
  const sentences = trainingSentences(train, index);
  const started = performance.now();
  const trained = trainPerceptron(sentences, index.names.length, {
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
  for (const d of dev) board.add(d.tagged, labelTokensWith(model, d.tagged), d.projected, d.gold);
  console.log(`eng.testa, the shipped (quantised) model:\n${board.report()}`);
}

function f1Of(c: { tp: number; fp: number; fn: number }): number {
  return c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
}

if (process.argv[1]?.endsWith('train.ts')) main();
