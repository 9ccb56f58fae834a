/**
 * Tagging a text with a loaded model: features for every token, each sentence decoded by Viterbi,
 * and the labels read off as names with their token and character extents.
 */
import type { TaggedText } from '../nlp';
import { extractFeatures } from './features';
import { spansOfLabels, type NameType } from './labels';
import { emissionScores, type TaggerModel } from './model';
import { LabelHistory } from './history';
import { viterbi } from './viterbi';

/** A name the tagger found: its type, its tokens `from` … `to - 1` (token indices), its characters `start` … `end - 1`. */
export interface NameSpan {
  type: NameType;
  /** Token indices into `tagged.tokens`, `to` exclusive. */
  from: number;
  to: number;
  /** Character offsets into `tagged.text`, `end` exclusive; a possessive after the name is left out. */
  start: number;
  end: number;
}

/**
 * The label index of every token of `tagged` (see `LABELS`), one line decoded at a time in text
 * order, each line reading the labels given to its words in the lines before.
 */
export function labelTokensWith(model: TaggerModel, tagged: TaggedText): Int32Array {
  const { facts, lines, features } = extractFeatures(tagged);
  const labels = new Int32Array(tagged.tokens.length);
  const history = new LabelHistory();
  for (const { from, to } of lines) {
    for (let i = from; i < to; i++) history.features(facts[i]!, features[i]!);
    const scores = emissionScores(model, features.slice(from, to));
    const decoded = viterbi(scores, to - from, model.transitions, labels.subarray(from, to));
    history.record(facts, decoded, from, to);
  }
  return labels;
}

/** The names a labelling marks, with token and character extents. */
export function namesOfLabels(tagged: TaggedText, labels: ArrayLike<number>): NameSpan[] {
  return spansOfLabels(labels).map(({ type, from, to }) => ({ type, from, to, start: tagged.tokens[from]!.start, end: tagged.tokens[to - 1]!.end }));
}
