/**
 * The training loop: documents in a seeded random order, each read line by line in text order with
 * its label history, every line a perceptron step. Decoding for scoring runs the same way with the
 * averaged weights, so the history features mean in training what they mean at run time.
 */
import type { DocumentFeatures } from './features';
import { LabelHistory } from './history';
import type { FeatureIndex } from './model-export';
import { PerceptronTrainer, scoreSentence, seededRandom, type TrainedWeights, type TrainingSentence } from './perceptron';
import { LABEL_COUNT, viterbi } from './viterbi';

/** A story for training: its features and the gold label index of each of its tokens. */
export interface TrainingDocument {
  features: DocumentFeatures;
  gold: ArrayLike<number>;
}

/** Options of {@link trainTagger}. */
export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Called after each pass with a way to get the averaged weights so far. */
  onEpoch?: (epoch: number, averaged: () => TrainedWeights) => void;
}

/** A line of a story as a training sentence: feature ids from the index (unknown ones left out), history included. */
function lineSentence(story: TrainingDocument, from: number, to: number, index: FeatureIndex, history: LabelHistory): TrainingSentence {
  const { facts, features } = story.features;
  const ids: number[] = [];
  const offsets = [0];
  const names: string[] = [];
  for (let i = from; i < to; i++) {
    names.length = 0;
    history.features(facts[i]!, names);
    for (const name of features[i]!) {
      const id = index.id(name);
      if (id >= 0) ids.push(id);
    }
    for (const name of names) {
      const id = index.id(name);
      if (id >= 0) ids.push(id);
    }
    offsets.push(ids.length);
  }
  const gold = new Int32Array(to - from);
  for (let i = from; i < to; i++) gold[i - from] = story.gold[i]!;
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold };
}

/**
 * Trains the tagger's weights on documents, with a frozen feature index that holds the history's
 * features. Each pass visits the lines of all documents interleaved at random, each document's own
 * lines in text order: the perceptron learns best from a well-mixed order, the history needs text order.
 */
export function trainTagger(documents: readonly TrainingDocument[], index: FeatureIndex, options: TrainingOptions): TrainedWeights {
  const trainer = new PerceptronTrainer(index.names.length);
  const random = seededRandom(options.seed);
  const order = documents.flatMap((d, k) => d.features.lines.map(() => k));
  let predicted = new Int32Array(256);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    const histories = documents.map(() => new LabelHistory());
    const next = new Int32Array(documents.length);
    for (const k of order) {
      const story = documents[k]!;
      const { from, to } = story.features.lines[next[k]!++]!;
      if (predicted.length < to - from) predicted = new Int32Array((to - from) * 2);
      trainer.learn(lineSentence(story, from, to, index, histories[k]!), predicted);
      histories[k]!.record(story.features.facts, predicted, from, to);
    }
    options.onEpoch?.(epoch, () => trainer.averaged());
  }
  return trainer.averaged();
}

/** Labels a story with trained weights, line by line with its history, as the engine will. */
export function decodeDocument(story: TrainingDocument, index: FeatureIndex, weights: TrainedWeights): Int32Array {
  const labels = new Int32Array(story.gold.length);
  const history = new LabelHistory();
  for (const { from, to } of story.features.lines) {
    const sentence = lineSentence(story, from, to, index, history);
    const scores = scoreSentence(sentence, weights.weights, new Float64Array((to - from) * LABEL_COUNT));
    viterbi(scores, to - from, weights.transitions, labels.subarray(from, to));
    history.record(story.features.facts, labels.subarray(from, to), from, to);
  }
  return labels;
}
