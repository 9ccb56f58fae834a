/**
 * Decoding a story in two passes. The first labels each line in text order, reading the labels
 * of the lines before; the second labels each line again, reading the first pass's labels of every
 * other line. Training (`training.ts`) and the engine (`decode.ts`) share it, each with its own scorer.
 */
import type { DocumentFeatures } from './features';
import { LabelHistory } from './history';
import { viterbi, type Transitions } from './viterbi';

/**
 * Each token's score for each label, for tokens `from` … `to - 1`: a flat `(to - from) × LABEL_COUNT`
 * array from the tokens' own features and `extra[i - from]`, the history's feature names of token i.
 */
export type LineScorer = (from: number, to: number, extra: readonly string[][]) => Float64Array;

/** The history features of tokens `from` … `to - 1`, one list a token. */
export function historyNames(history: LabelHistory, story: Pick<DocumentFeatures, 'facts'>, from: number, to: number): string[][] {
  const names: string[][] = [];
  for (let i = from; i < to; i++) {
    const out: string[] = [];
    history.features(story.facts[i]!, out);
    names.push(out);
  }
  return names;
}

/** The first pass: each line in text order, with the labels of the lines before. */
export function firstPass(story: Pick<DocumentFeatures, 'facts' | 'lines'>, score: LineScorer, transitions: Transitions): Int32Array {
  const labels = new Int32Array(story.facts.length);
  const history = new LabelHistory('h');
  for (const { from, to } of story.lines) {
    const line = viterbi(score(from, to, historyNames(history, story, from, to)), to - from, transitions, labels.subarray(from, to));
    history.record(story.facts, line, from, to);
  }
  return labels;
}

/** The history of a whole first pass, for the second: `g:` features. */
export function wholeHistory(story: Pick<DocumentFeatures, 'facts'>, first: Int32Array): LabelHistory {
  const history = new LabelHistory('g');
  history.record(story.facts, first, 0, first.length);
  return history;
}

/**
 * The labels of a story (label indices, one a token): the first pass, then each line again with
 * the first pass's labels of every other line.
 */
export function decodeTwoPass(story: Pick<DocumentFeatures, 'facts' | 'lines'>, score: LineScorer, transitions: Transitions): Int32Array {
  const first = firstPass(story, score, transitions);
  const history = wholeHistory(story, first);
  const labels = new Int32Array(first.length);
  for (const { from, to } of story.lines) {
    const own = first.subarray(from, to);
    history.forget(story.facts, own, from, to);
    viterbi(score(from, to, historyNames(history, story, from, to)), to - from, transitions, labels.subarray(from, to));
    history.record(story.facts, own, from, to);
  }
  return labels;
}
