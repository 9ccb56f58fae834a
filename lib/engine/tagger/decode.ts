/**
 * Tagging a text with a loaded model: features for every token, each sentence decoded by Viterbi,
 * and the labels read off as names with their token and character extents.
 */
import type { TaggedText } from '../nlp';
import { extractFeatures } from './features';
import { spansOfLabels, type NameType } from './labels';
import { addEmissionScores, emissionScores, type TaggerModel } from './model';
import { decodeTwoPass, type LineScorer } from './two-pass';

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
 * The label index of every token of `tagged` (see `LABELS`), decoded a line at a time in two passes
 * (`two-pass.ts`): the tokens' own features are scored once, the histories' features added each pass.
 */
export function labelTokensWith(model: TaggerModel, tagged: TaggedText): Int32Array {
  const features = extractFeatures(tagged);
  const own = new Map<number, Float64Array>();
  const score: LineScorer = (from, to, extra) => {
    let base = own.get(from);
    if (!base) own.set(from, (base = emissionScores(model, features.features.slice(from, to))));
    return addEmissionScores(model, extra, base.slice());
  };
  return decodeTwoPass(features, score, model.transitions);
}

/** The names a labelling marks, with token and character extents. */
export function namesOfLabels(tagged: TaggedText, labels: ArrayLike<number>): NameSpan[] {
  return spansOfLabels(labels).map(({ type, from, to }) => ({ type, from, to, start: tagged.tokens[from]!.start, end: tagged.tokens[to - 1]!.end }));
}
