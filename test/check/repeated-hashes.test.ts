/**
 * The roll-up finds the records whose key hash another record shares by sorting the hashes (repeated-hashes.ts):
 * for any ledgers, the same hashes as counting every record's in a map, as the merge did before.
 */

import fc from "fast-check";
import { repeatedHashes } from "../../src/core/check/repeated-hashes";

/** The plain formulation: every hash counted (NaN, a record without a key, never). */
function counted(ledgerKeys: readonly Float64Array[]): Set<number> {
  const n = new Map<number, number>();
  for (const keys of ledgerKeys) for (const h of keys) if (!Number.isNaN(h)) n.set(h, (n.get(h) ?? 0) + 1);
  return new Set([...n].filter(([, c]) => c > 1).map(([h]) => h));
}

// A few values, so that repeats are common; NaN, both zeros and 53-bit hashes among them.
const hash = fc.oneof(fc.constantFrom(NaN, 0, -0, 2 ** 53 - 1, 4294967296 * 12345 + 678), fc.integer({ min: 0, max: 40 }), fc.maxSafeNat());
const ledgers = fc.array(fc.array(hash, { maxLength: 60 }).map((a) => Float64Array.from(a)), { maxLength: 6 });

test("the hashes that occur more than once, whatever the ledgers", () => {
  fc.assert(fc.property(ledgers, (keys) => expect(repeatedHashes(keys)).toEqual(counted(keys))), { numRuns: 500 });
});

test("no ledger, or no repeat: none", () => {
  expect(repeatedHashes([])).toEqual(new Set());
  expect(repeatedHashes([Float64Array.from([1, 2, NaN]), Float64Array.from([3, NaN])])).toEqual(new Set());
  expect(repeatedHashes([Float64Array.from([1, 2]), Float64Array.from([2])])).toEqual(new Set([2]));
});
