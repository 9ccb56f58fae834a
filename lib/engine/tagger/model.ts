/**
 * The trained tagger as the engine holds it: a weight for each (feature, label) pair and each pair of
 * adjacent labels, read from the model file; and the scoring of tokens against it.
 */
import { LABELS } from './labels';
import { LABEL_COUNT } from './viterbi';

/**
 * The model file's shape (`model.json`): weights quantised to signed bytes, base64-encoded. Every
 * field is a string or a number, so the file reads the same to Prettier as `JSON.stringify(…, null, 2)` writes it.
 */
export interface ModelFile {
  /** Format version: 1. */
  format: 1;
  /** The labels, space-separated, in weight order; must equal `LABELS`. */
  labels: string;
  /** A stored weight of q stands for q × scale. */
  scale: number;
  /** `(LABEL_COUNT + 1) × LABEL_COUNT` transition weights (not quantised), space-separated. */
  transitions: string;
  /** Feature names, newline-separated; feature k's weights are bytes k·LABEL_COUNT … of `weights`. */
  features: string;
  /** Base64 of the signed bytes, `LABEL_COUNT` a feature. */
  weights: string;
  /** Where the model came from: data, method, scores. */
  about: string;
}

/** A loaded model: feature name → row, rows of `LABEL_COUNT` weights, and transition weights. */
export interface TaggerModel {
  features: Map<string, number>;
  /** Row-major `features.size × LABEL_COUNT`. */
  weights: Float32Array;
  /** `(LABEL_COUNT + 1) × LABEL_COUNT`, the last row for the start of a sentence. */
  transitions: Float64Array;
}

/** Decodes base64 to bytes with `atob`, present in Node, workers and pages alike. */
function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes bytes as base64, in chunks so a large array does not overflow the call stack. */
export function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a model file into a model ready to score. Throws if its labels are not this tagger's. */
export function loadModel(file: ModelFile): TaggerModel {
  if (file.format !== 1 || file.labels !== LABELS.join(' ')) throw new Error('tagger model: unknown format or labels');
  const names = file.features.split('\n');
  const features = new Map<string, number>();
  for (let k = 0; k < names.length; k++) features.set(names[k]!, k);
  const bytes = new Int8Array(base64Bytes(file.weights).buffer);
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i]! * file.scale;
  return { features, weights, transitions: Float64Array.from(file.transitions.split(' '), Number) };
}

/**
 * Each token's score for each label: `features[i]` are token i's feature names; the result is a
 * flat `features.length × LABEL_COUNT` array. Features the model does not know add nothing.
 */
export function emissionScores(model: TaggerModel, features: readonly (readonly string[])[]): Float64Array {
  const L = LABEL_COUNT;
  const scores = new Float64Array(features.length * L);
  const { weights } = model;
  for (let i = 0; i < features.length; i++) {
    const row = i * L;
    for (const name of features[i]!) {
      const k = model.features.get(name);
      if (k === undefined) continue;
      const at = k * L;
      for (let l = 0; l < L; l++) scores[row + l] = scores[row + l]! + weights[at + l]!;
    }
  }
  return scores;
}
