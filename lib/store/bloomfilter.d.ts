/**
 * Jason Davies's `bloomfilter` (BSD-3-Clause), which ships no types: the part the store uses.
 * https://github.com/jasondavies/bloomfilter.js
 */
declare module 'bloomfilter' {
  export class BloomFilter {
    /**
     * @param m the number of bits (rounded up to a multiple of 32), or the 32-bit buckets of a filter to load
     * @param k the number of hash functions
     * @throws RangeError when `m` or `k` is out of range
     */
    constructor(m: number | ArrayLike<number>, k: number);
    /** Bits in the filter. */
    readonly m: number;
    /** Hash functions per key. */
    readonly k: number;
    readonly buckets: Uint32Array;
    add(value: string): void;
    /** False when `value` was surely never added; true when it may have been. */
    test(value: string): boolean;
    /** A filter of `n` bits per key with the given false-positive rate (0 to 1) at `n` keys. @throws RangeError */
    static withTargetError(n: number, error: number): BloomFilter;
  }
}
