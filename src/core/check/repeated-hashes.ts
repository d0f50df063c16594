/** Finding the few records of a roll-up whose key hash another record shares (merge.ts). */

/**
 * The key hashes that occur more than once among the ledgers' records (NaN, no key, never). Found by sorting a
 * copy of the hashes, so that no object is made for the records whose key no other record has: almost all of a
 * province's million (a map of every record's hash held a hundred megabytes until the roll-up was written).
 */
export function repeatedHashes(ledgerKeys: readonly Float64Array[]): Set<number> {
  const all = new Float64Array(ledgerKeys.reduce((n, k) => n + k.length, 0));
  let at = 0;
  for (const k of ledgerKeys) {
    all.set(k, at);
    at += k.length;
  }
  all.sort();
  const out = new Set<number>();
  // NaN sorts last and equals nothing.
  for (let i = 1; i < all.length; i++) if (all[i] === all[i - 1]) out.add(all[i]);
  return out;
}
