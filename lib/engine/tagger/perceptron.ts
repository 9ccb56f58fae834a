/**
 * Training: the structured averaged perceptron of Collins (2002), "Discriminative Training Methods
 * for Hidden Markov Models". Each sentence is decoded with the current weights; where the best
 * sequence differs from the gold one, the gold sequence's features gain and the predicted one's lose.
 * The weights kept are averaged over every step, which generalises far better than the last ones
 * (the running-sum trick of Daumé III, 2006).
 */
import { LABEL_COUNT, START, viterbi } from './viterbi';

/** One training sentence: token i's feature ids are `ids[offsets[i]] … ids[offsets[i + 1] - 1]`. */
export interface TrainingSentence {
  ids: Int32Array;
  offsets: Int32Array;
  /** Gold label index of each token. */
  gold: Int32Array;
}

/** Trained weights: row-major `featureCount × LABEL_COUNT`, and `(LABEL_COUNT + 1) × LABEL_COUNT` transitions. */
export interface TrainedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

/** A deterministic pseudo-random generator (mulberry32) in [0, 1), for a reproducible shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each token's score for each label under `weights`, into `out` (flat `n × LABEL_COUNT`). */
export function scoreSentence(sentence: TrainingSentence, weights: Float64Array, out: Float64Array): Float64Array {
  const L = LABEL_COUNT;
  const n = sentence.gold.length;
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    for (let j = sentence.offsets[i]!; j < sentence.offsets[i + 1]!; j++) {
      const at = sentence.ids[j]! * L;
      for (let l = 0; l < L; l++) out[i * L + l] = out[i * L + l]! + weights[at + l]!;
    }
  }
  return out;
}

/** Averaged-perceptron state: current weights `w`, and `u`, the sum of each update times its step. */
class Averager {
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly tw = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  readonly tu = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  step = 1;

  constructor(featureCount: number) {
    this.w = new Float64Array(featureCount * LABEL_COUNT);
    this.u = new Float64Array(featureCount * LABEL_COUNT);
  }

  /** Adds `delta` to the weights of label `label` for token i's features. */
  token(sentence: TrainingSentence, i: number, label: number, delta: number): void {
    for (let j = sentence.offsets[i]!; j < sentence.offsets[i + 1]!; j++) {
      const at = sentence.ids[j]! * LABEL_COUNT + label;
      this.w[at] = this.w[at]! + delta;
      this.u[at] = this.u[at]! + this.step * delta;
    }
  }

  transition(from: number, to: number, delta: number): void {
    const at = from * LABEL_COUNT + to;
    this.tw[at] = this.tw[at]! + delta;
    this.tu[at] = this.tu[at]! + this.step * delta;
  }

  /** The averaged weights: w − u / step. */
  averaged(): TrainedWeights {
    const avg = (w: Float64Array, u: Float64Array) => w.map((x, k) => x - u[k]! / this.step);
    return { weights: avg(this.w, this.u), transitions: avg(this.tw, this.tu) };
  }
}

/** The perceptron's training state: decode a sentence with the current weights, learn from its gold labels. */
export class PerceptronTrainer {
  private readonly state: Averager;
  private scores = new Float64Array(0);

  constructor(featureCount: number) {
    this.state = new Averager(featureCount);
  }

  /**
   * One perceptron step: decodes `sentence` with the current weights into `predicted` (length ≥ its
   * tokens), and where that differs from the gold labels, moves the weights toward the gold ones.
   */
  learn(sentence: TrainingSentence, predicted: Int32Array): Int32Array {
    const { state } = this;
    const n = sentence.gold.length;
    if (this.scores.length < n * LABEL_COUNT) this.scores = new Float64Array(n * LABEL_COUNT * 2);
    viterbi(scoreSentence(sentence, state.w, this.scores), n, state.tw, predicted);
    let previousGold = START;
    let previousPredicted = START;
    for (let i = 0; i < n; i++) {
      const g = sentence.gold[i]!;
      const p = predicted[i]!;
      if (g !== p) {
        state.token(sentence, i, g, 1);
        state.token(sentence, i, p, -1);
      }
      if (g !== p || previousGold !== previousPredicted) {
        state.transition(previousGold, g, 1);
        state.transition(previousPredicted, p, -1);
      }
      previousGold = g;
      previousPredicted = p;
    }
    state.step++;
    return predicted;
  }

  /** The weights averaged over every step so far. */
  averaged(): TrainedWeights {
    return this.state.averaged();
  }
}
