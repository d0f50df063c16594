/**
 * A hash table from a pair of whole numbers to a number, in typed arrays: the key of a project (its name and its
 * builder) or of an energy row (its enterprise and its month) without a string built for every record.
 */

const EMPTY = -1;

export class PairTable {
  private first: Int32Array;
  private second: Int32Array;
  /** The value of each place; EMPTY where no pair is stored (values are never negative). */
  private values: Int32Array;
  private size = 0;

  constructor(capacity = 64) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.first = new Int32Array(n);
    this.second = new Int32Array(n);
    this.values = new Int32Array(n).fill(EMPTY);
  }

  /** The value of (a, b); when the pair is new, `fresh` (≥ 0) is stored and returned. a and b are 32-bit integers. */
  getOrAdd(a: number, b: number, fresh: number): number {
    const mask = this.values.length - 1;
    let i = place(a, b) & mask;
    for (;;) {
      const v = this.values[i];
      if (v === EMPTY) break;
      if (this.first[i] === a && this.second[i] === b) return v;
      i = (i + 1) & mask;
    }
    this.first[i] = a;
    this.second[i] = b;
    this.values[i] = fresh;
    if (++this.size * 2 > this.values.length) this.grow();
    return fresh;
  }

  private grow(): void {
    const { first, second, values } = this;
    const n = values.length * 2;
    const mask = n - 1;
    this.first = new Int32Array(n);
    this.second = new Int32Array(n);
    this.values = new Int32Array(n).fill(EMPTY);
    for (let j = 0; j < values.length; j++) {
      if (values[j] === EMPTY) continue;
      let i = place(first[j], second[j]) & mask;
      while (this.values[i] !== EMPTY) i = (i + 1) & mask;
      this.first[i] = first[j];
      this.second[i] = second[j];
      this.values[i] = values[j];
    }
  }
}

/** Mixes both numbers into every bit (multiplicative hashing), so that consecutive ids spread over the table. */
function place(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
