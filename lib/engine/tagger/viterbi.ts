/**
 * Viterbi decoding of a linear-chain model: the best label sequence for one sentence, given each
 * token's score for each label and a score for each pair of adjacent labels. BIO's rule that an
 * `I-X` continues an `X` is kept as a hard constraint.
 */
import { allowedTransition, LABELS } from './labels';

/** The number of labels, `LABELS.length`. */
export const LABEL_COUNT = LABELS.length;

/**
 * Transition scores as a flat `(LABEL_COUNT + 1) × LABEL_COUNT` array: row `from` (row
 * `LABEL_COUNT` is the start of the sentence), column `to`.
 */
export type Transitions = ArrayLike<number>;

/** Row index of the start of a sentence in {@link Transitions}. */
export const START = LABEL_COUNT;

const ALLOWED: boolean[] = [];
for (let from = 0; from <= LABEL_COUNT; from++) {
  for (let to = 0; to < LABEL_COUNT; to++) ALLOWED.push(allowedTransition(from === START ? -1 : from, to));
}

/**
 * The best label sequence (label indices) for `n` tokens. `emissions` is a flat `n × LABEL_COUNT`
 * array of each token's score for each label; the result is written into `out` (length ≥ n) and returned.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Transitions, out: Int32Array | number[] = new Int32Array(n)): Int32Array | number[] {
  if (n === 0) return out;
  const L = LABEL_COUNT;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let to = 0; to < L; to++) {
    score[to] = ALLOWED[START * L + to] ? transitions[START * L + to]! + emissions[to]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const previous = row - L;
    for (let to = 0; to < L; to++) {
      let best = -Infinity;
      let arg = 0;
      for (let from = 0; from < L; from++) {
        if (!ALLOWED[from * L + to]) continue;
        const s = score[previous + from]! + transitions[from * L + to]!;
        if (s > best) {
          best = s;
          arg = from;
        }
      }
      score[row + to] = best + emissions[row + to]!;
      back[row + to] = arg;
    }
  }
  let last = 0;
  const end = (n - 1) * L;
  for (let to = 1; to < L; to++) if (score[end + to]! > score[end + last]!) last = to;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last]!;
  }
  return out;
}
