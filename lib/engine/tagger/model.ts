/**
 * The trained tagger as the engine holds it: a weight for each (feature, label) pair and each pair of
 * adjacent labels, read from the model file; and the scoring of tokens against it.
 */
import { FeatureTable } from './feature-table';
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
  /** Base64 of each feature's name hash (`featureHash`), 4 bytes little-endian a feature; feature k's weights are bytes k·LABEL_COUNT … of `weights`. */
  hashes: string;
  /** Base64 of the signed bytes, `LABEL_COUNT` a feature. */
  weights: string;
  /** Where the model came from: data, method, scores. */
  about: string;
}

/** A loaded model: feature name → row, rows of `LABEL_COUNT` weights, and transition weights. */
export interface TaggerModel {
  features: FeatureTable;
  /** Row-major `features.size × LABEL_COUNT`, each weight a multiple of `scale`. */
  weights: Int8Array;
  scale: number;
  /** `(LABEL_COUNT + 1) × LABEL_COUNT`, the last row for the start of a sentence. */
  transitions: Float64Array;
}

/** `Uint8Array.fromBase64` (TC39 proposal-arraybuffer-base64; Chrome 140, Firefox 133), where the runtime has it. */
const fromBase64 = (Uint8Array as { fromBase64?: (base64: string) => Uint8Array }).fromBase64;

/**
 * Decodes base64 to bytes: natively where the runtime can, which saves a loop over some 600,000
 * characters on a cold start; else with `atob`, present in Node, workers and pages alike.
 */
function base64Bytes(base64: string): Uint8Array {
  if (fromBase64) return fromBase64(base64);
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
  const packed = base64Bytes(file.hashes);
  const view = new DataView(packed.buffer);
  const hashes = new Int32Array(packed.length / 4);
  for (let k = 0; k < hashes.length; k++) hashes[k] = view.getInt32(k * 4, true);
  return {
    features: new FeatureTable(hashes),
    weights: new Int8Array(base64Bytes(file.weights).buffer),
    scale: file.scale,
    transitions: Float64Array.from(file.transitions.split(' '), Number),
  };
}

/**
 * Each token's score for each label: `features[i]` are token i's feature names; the result is a
 * flat `features.length × LABEL_COUNT` array. Features the model does not know add nothing.
 */
export function emissionScores(model: TaggerModel, features: readonly (readonly string[])[]): Float64Array {
  return addEmissionScores(model, features, new Float64Array(features.length * LABEL_COUNT));
}

/** Adds the weights of token i's features `features[i]` to row i of `scores` (flat, `LABEL_COUNT` a row), and returns `scores`. */
export function addEmissionScores(model: TaggerModel, features: readonly (readonly string[])[], scores: Float64Array): Float64Array {
  const L = LABEL_COUNT;
  const sums = new Int32Array(L);
  const { weights, scale } = model;
  for (let i = 0; i < features.length; i++) {
    if (features[i]!.length === 0) continue;
    sums.fill(0);
    for (const name of features[i]!) {
      const k = model.features.row(name);
      if (k < 0) continue;
      const at = k * L;
      for (let l = 0; l < L; l++) sums[l] = sums[l]! + weights[at + l]!;
    }
    for (let l = 0; l < L; l++) scores[i * L + l] = scores[i * L + l]! + sums[l]! * scale;
  }
  return scores;
}
