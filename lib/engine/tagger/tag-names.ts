/**
 * The tagger's entry point for the engine: the names (PER, ORG, LOC, MISC) in a text compromise has
 * tagged, found by a linear-chain model trained on CoNLL-2003 (Tjong Kim Sang and De Meulder, 2003)
 * with the averaged perceptron (Collins, 2002). The model file ships with the engine and is read
 * once, on first use.
 */
import type { TaggedText } from '../nlp';
import { labelTokensWith, namesOfLabels, type NameSpan } from './decode';
import { LABELS, type Label } from './labels';
import { loadModel, type ModelFile, type TaggerModel } from './model';
import file from './model.json';

export type { NameSpan } from './decode';
export type { Label, NameType } from './labels';

let loaded: TaggerModel | null = null;

/** The shipped model, loaded on first call (some 40 ms) and kept. */
export function taggerModel(): TaggerModel {
  loaded ??= loadModel(file as ModelFile);
  return loaded;
}

/**
 * The names in a tagged text, in text order, each with its type, its tokens (`from` … `to - 1`,
 * indices into `tagged.tokens`) and its characters (`start` … `end - 1` in `tagged.text`, a trailing
 * possessive left out): "Ministers met Tomas Ferreira in Lisbon." gives PER "Tomas Ferreira" (tokens
 * 2–4, characters 14–28) and LOC "Lisbon".
 */
export function tagNames(tagged: TaggedText): NameSpan[] {
  return namesOfLabels(tagged, labelTokensWith(taggerModel(), tagged));
}

/** The BIO label of every token of a tagged text (`'B-PER'`, `'I-PER'`, `'O'`, …), one per token. */
export function tokenLabels(tagged: TaggedText): Label[] {
  return Array.from(labelTokensWith(taggerModel(), tagged), (label) => LABELS[label]!);
}
