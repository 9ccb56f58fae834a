/**
 * Feature names looked up by a 32-bit hash instead of a `Map` of strings: the model file stores each
 * feature's hash, not its name, and loading it fills an open-addressing table of integers, which
 * takes a few milliseconds where a `Map` of 40,000 strings takes some 30. Two of the model's own
 * features never share a hash (training checks); an unknown feature takes a known one's weights
 * with a chance of about one in 100,000.
 */

/** FNV-1a, 32 bits, over a string's UTF-16 code units: a feature name's key in the table. */
export function featureHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Feature hashes → row numbers (0 …), by linear probing in a power-of-two table at most half full. */
export class FeatureTable {
  private readonly keys: Int32Array;
  /** Row + 1 in each slot; 0 for an empty slot. */
  private readonly rows: Int32Array;
  private readonly mask: number;
  /** The number of features. */
  readonly size: number;

  /** A table of `hashes`: hash k names row k. */
  constructor(hashes: Int32Array) {
    let capacity = 16;
    while (capacity < hashes.length * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = hashes.length;
    for (let k = 0; k < hashes.length; k++) {
      let slot = hashes[k]! & this.mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = hashes[k]!;
      this.rows[slot] = k + 1;
    }
  }

  /** The row of a feature name, or -1 if the model has no such feature. */
  row(name: string): number {
    const h = featureHash(name);
    let slot = h & this.mask;
    for (let row = this.rows[slot]!; row !== 0; row = this.rows[slot]!) {
      if (this.keys[slot] === h) return row - 1;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}
