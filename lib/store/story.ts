/**
 * Wire stories: the same agency story printed by several outlets. Each document gets a small
 * sketch of its text (the five-word shingles whose hash falls in a fixed sample, so two copies
 * sample the same passages however much each trimmed), stored in an index, so a new document
 * finds its copies with a few index reads instead of comparing against every document.
 */
import { fold } from '../engine/names';

const SHINGLE_WORDS = 5;
const SAMPLE = 16;
const MAX_SKETCH = 64;
const MIN_SKETCH = 4;
/** The share of the smaller sketch that two copies of one story have in common. */
const SAME_STORY_SHARE = 0.5;

/** FNV-1a, 32 bits: fast, stable across runs and platforms. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The document's sketch: hex hashes of its lowest-hashing shingles. Empty for very short texts. */
export function storySketch(text: string): string[] {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(hash(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const sample = [...hashes].filter((h) => h % SAMPLE === 0).sort((a, b) => a - b);
  if (sample.length < MIN_SKETCH) return [];
  return sample.slice(0, MAX_SKETCH).map((h) => h.toString(16).padStart(8, '0'));
}

/** Whether two sketches are of the same story. */
export function sameStory(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const other = new Set(b);
  return a.filter((h) => other.has(h)).length >= SAME_STORY_SHARE * Math.min(a.length, b.length);
}
