/** The 任务分解 table's texts and back: whatever decomposition a profile holds, the form saves it unchanged. */
import fc from "fast-check";
import { BUILTIN_PROFILE, DECOMPOSED_COUNTS, type CountyShare, type Profile } from "../../src/core";
import { decompositionColumns, toForm, validateForm } from "../../src/taskpane/profile-form";

const columns = decompositionColumns(BUILTIN_PROFILE);
const counts = new Set<string>(DECOMPOSED_COUNTS);

/** A county's share as a profile may hold it: whole counts, rates as fractions, other targets any non-negative figure. */
const share: fc.Arbitrary<CountyShare> = fc
  .subarray(columns, { minLength: 1 })
  .chain((cols) =>
    fc.tuple(
      ...cols.map((c) =>
        (c.count ? fc.integer({ min: 0, max: 100_000 }) : c.rate ? fc.integer({ min: 0, max: 5000 }).map((n) => n / 1000) : fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)).map(
          (v) => [c, v] as const,
        ),
      ),
    ),
  )
  .map((cells) => {
    const out: CountyShare = {};
    for (const [c, v] of cells) {
      if (counts.has(c.key)) out.counts = { ...out.counts, [c.key]: v };
      else out.targets = { ...out.targets, [c.key]: v };
    }
    return out;
  });

const decomposition = fc.dictionary(fc.constantFrom(...BUILTIN_PROFILE.regions.map((r) => r.code)), share, { minKeys: 1, maxKeys: 5 });

test("toForm then validateForm gives the same decomposition back, for every valid one", () => {
  fc.assert(
    fc.property(decomposition, (d) => {
      const profile: Profile = { ...BUILTIN_PROFILE, decomposition: d };
      const back = validateForm(toForm(profile));
      expect(back.ok && back.profile.decomposition).toEqual(d);
    }),
    { numRuns: 200 },
  );
});

test("an untouched table adds no decomposition to a profile without one", () => {
  const back = validateForm(toForm(BUILTIN_PROFILE));
  expect(back.ok && "decomposition" in back.profile).toBe(false);
});

test("a county's 百家重点企业 given as a target shows in its column and is saved as the count (either is both)", () => {
  const form = toForm({ ...BUILTIN_PROFILE, decomposition: { "130730": { targets: { keyEnterprises: 15 } } } });
  expect(form.decomposition["130730"].keyEnterprises).toBe("15");
  const back = validateForm(form);
  expect(back.ok && back.profile.decomposition).toEqual({ "130730": { counts: { keyEnterprises: 15 } } });
});
