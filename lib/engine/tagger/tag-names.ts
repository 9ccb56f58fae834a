/**
 * The tagger's entry point for the engine: the names (PER, ORG, LOC, MISC) in a text compromise has
 * tagged, found by a linear-chain model trained on CoNLL-2003 (Tjong Kim Sang and De Meulder, 2003)
 * with the structured averaged perceptron (Collins, 2002) and decoded by Viterbi, each document in
 * two passes (`two-pass.ts`). The model file ships with the engine and is read once, on first use.
 */
import type { TaggedText } from '../nlp';
import { extractFeatures } from './features';
import { LABELS, spansOfLabels, type Label, type NameType } from './labels';
import { addEmissionScores, emissionScores, loadModel, type ModelFile, type TaggerModel } from './model';
import file from './model.json';
import { decodeTwoPass, type LineScorer } from './two-pass';

export type { Label, NameType } from './labels';

/** A name the tagger found: its type, its tokens and its characters. */
export interface NameSpan {
  type: NameType;
  /** Token indices into `tagged.tokens`: tokens `from` … `to - 1`. */
  from: number;
  to: number;
  /** Character offsets into `tagged.text`, `end` exclusive; a possessive after the name is left out. */
  start: number;
  end: number;
}

let loaded: TaggerModel | null = null;

/** The shipped model (`model.json`), loaded on first call (some 15 ms) and kept. */
export function taggerModel(): TaggerModel {
  loaded ??= loadModel(file as ModelFile);
  return loaded;
}

/**
 * The label index of every token of `tagged` (an index into `LABELS`), decoded a line at a time in
 * two passes: the tokens' own features are scored once, the histories' features added each pass.
 */
export function labelTokens(tagged: TaggedText, model: TaggerModel = taggerModel()): Int32Array {
  const features = extractFeatures(tagged);
  const own = new Map<number, Float64Array>();
  const score: LineScorer = (from, to, extra) => {
    let base = own.get(from);
    if (!base) own.set(from, (base = emissionScores(model, features.features.slice(from, to))));
    return addEmissionScores(model, extra, base.slice());
  };
  return decodeTwoPass(features, score, model.transitions);
}

/** The names a labelling of `tagged`'s tokens marks (label indices, one a token), with token and character extents. */
export function namesOfLabels(tagged: TaggedText, labels: ArrayLike<number>): NameSpan[] {
  return spansOfLabels(labels).map(({ type, from, to }) => ({ type, from, to, start: tagged.tokens[from]!.start, end: tagged.tokens[to - 1]!.end }));
}

/**
 * The names in a tagged text, in text order, each with its type, its tokens (`from` … `to - 1`,
 * indices into `tagged.tokens`) and its characters (`start` … `end - 1` in `tagged.text`, a trailing
 * possessive left out): "Ministers met Tomas Ferreira in Lisbon." gives PER "Tomas Ferreira" (tokens
 * 2–3, characters 14–27) and LOC "Lisbon".
 */
export function tagNames(tagged: TaggedText): NameSpan[] {
  return namesOfLabels(tagged, labelTokens(tagged));
}

/** The BIO label of every token of a tagged text (`'B-PER'`, `'I-PER'`, `'O'`, …), one per token. */
export function tokenLabels(tagged: TaggedText): Label[] {
  return Array.from(labelTokens(tagged), (label) => LABELS[label]!);
}
