/**
 * The training loop. Each epoch makes two sweeps over the lines of all documents, interleaved at
 * random with each document's own lines in text order (the perceptron learns best from a well-mixed
 * order; the history needs text order). The first sweep learns the first pass, with the labels
 * of the lines before; the second learns the second pass, with the first sweep's labels of every
 * other line. Scoring decodes with `decodeTwoPass`, exactly as the engine does.
 */
import type { DocumentFeatures } from './features';
import { LabelHistory } from './history';
import type { FeatureIndex } from './model-export';
import { PerceptronTrainer, scoreSentence, seededRandom, type TrainedWeights, type TrainingSentence } from './perceptron';
import { decodeTwoPass, historyNames, wholeHistory, type LineScorer } from './two-pass';
import { LABEL_COUNT } from './viterbi';

/** A story for training: its features and the gold label index of each of its tokens. */
export interface TrainingDocument {
  features: DocumentFeatures;
  gold: ArrayLike<number>;
}

/** Options of {@link trainTagger}. */
export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with a way to get the averaged weights so far. */
  onEpoch?: (epoch: number, averaged: () => TrainedWeights) => void;
}

/** A line as a training sentence: its features' ids and the history's `extra` names' ids (unknown ones left out). */
function lineSentence(story: TrainingDocument, from: number, to: number, index: FeatureIndex, extra: readonly string[][]): TrainingSentence {
  const ids: number[] = [];
  const offsets = [0];
  for (let i = from; i < to; i++) {
    for (const name of story.features.features[i]!) {
      const id = index.id(name);
      if (id >= 0) ids.push(id);
    }
    for (const name of extra[i - from] ?? []) {
      const id = index.id(name);
      if (id >= 0) ids.push(id);
    }
    offsets.push(ids.length);
  }
  const gold = new Int32Array(to - from);
  for (let i = from; i < to; i++) gold[i - from] = story.gold[i]!;
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold };
}

/** A seeded shuffle of every (document, line) visit: document k appears once for each of its lines. */
function visits(documents: readonly TrainingDocument[], random: () => number): number[] {
  const order = documents.flatMap((d, k) => d.features.lines.map(() => k));
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order;
}

/** Trains the tagger's weights on documents, with a frozen feature index that holds the histories' features. */
export function trainTagger(documents: readonly TrainingDocument[], index: FeatureIndex, options: TrainingOptions): TrainedWeights {
  const trainer = new PerceptronTrainer(index.names.length);
  const random = seededRandom(options.seed);
  const longest = Math.max(1, ...documents.flatMap((d) => d.features.lines.map((l) => l.to - l.from)));
  const predicted = new Int32Array(longest);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const first = documents.map((d) => new Int32Array(d.gold.length));
    const online = documents.map(() => new LabelHistory('h'));
    let next = new Int32Array(documents.length);
    for (const k of visits(documents, random)) {
      const story = documents[k]!;
      const { from, to } = story.features.lines[next[k]!++]!;
      const extra = historyNames(online[k]!, story.features, from, to);
      first[k]!.set(trainer.learn(lineSentence(story, from, to, index, extra), predicted).subarray(0, to - from), from);
      online[k]!.record(story.features.facts, first[k]!.subarray(from, to), from, to);
    }
    const whole = documents.map((d, k) => wholeHistory(d.features, first[k]!));
    next = new Int32Array(documents.length);
    for (const k of visits(documents, random)) {
      const story = documents[k]!;
      const { from, to } = story.features.lines[next[k]!++]!;
      const own = first[k]!.subarray(from, to);
      whole[k]!.forget(story.features.facts, own, from, to);
      trainer.learn(lineSentence(story, from, to, index, historyNames(whole[k]!, story.features, from, to)), predicted);
      whole[k]!.record(story.features.facts, own, from, to);
    }
    options.onEpoch?.(epoch, () => trainer.averaged());
  }
  return trainer.averaged();
}

/** Labels a document with trained weights and the training index, in two passes as the engine does. */
export function decodeDocument(story: TrainingDocument, index: FeatureIndex, weights: TrainedWeights): Int32Array {
  const score: LineScorer = (from, to, extra) => {
    const sentence = lineSentence(story, from, to, index, extra);
    return scoreSentence(sentence, weights.weights, new Float64Array((to - from) * LABEL_COUNT));
  };
  return decodeTwoPass(story.features, score, weights.transitions);
}
