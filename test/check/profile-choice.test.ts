/** The one choice of the profile in force: option over the workbook's `_gx` profile over the built-in plan. */
import { chooseProfile, overBuiltin } from "../../src/core/check";
import { BUILTIN_PROFILE } from "../../src/core/profile";

describe("chooseProfile", () => {
  const option = { ...BUILTIN_PROFILE, year: 2023 };

  test("the option wins, whatever the workbook stores", () => {
    expect(chooseProfile({ option, stored: { year: 2024 } })).toEqual({ profile: option, source: "option", issue: null });
    expect(chooseProfile({ option, stored: { year: "bad" } })).toEqual({ profile: option, source: "option", issue: null });
  });

  test("a stored profile is merged over the built-in one", () => {
    const chosen = chooseProfile({ stored: { thresholds: { scaleRevenue: 2500 } } });
    expect(chosen.source).toBe("workbook");
    expect(chosen.issue).toBeNull();
    expect(chosen.profile.thresholds).toMatchObject({ scaleRevenue: 2500, cultivationFloor: BUILTIN_PROFILE.thresholds.cultivationFloor });
  });

  test("nothing stored: the built-in plan", () => {
    for (const stored of [undefined, null]) expect(chooseProfile({ stored })).toEqual({ profile: BUILTIN_PROFILE, source: "built-in", issue: null });
  });

  test("a stored profile that fails the schema: the built-in plan, and the first issue naming the field", () => {
    const chosen = chooseProfile({ stored: { year: "二〇二二" } });
    expect(chosen.profile).toBe(BUILTIN_PROFILE);
    expect(chosen.source).toBe("built-in");
    expect(chosen.issue?.path).toBe("year");
  });

  test("overBuiltin is the same merge the `--profile` file gets", () => {
    const merged = overBuiltin({ thresholds: { scaleRevenue: 2500 } });
    expect(merged.ok && merged.profile).toEqual(chooseProfile({ stored: { thresholds: { scaleRevenue: 2500 } } }).profile);
  });
});
