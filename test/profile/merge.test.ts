import { BUILTIN_PROFILE, mergeProfile, type Profile } from "../../src/core/profile";

function merged(partial: unknown): Profile {
  const result = mergeProfile(BUILTIN_PROFILE, partial);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.profile;
}

describe("mergeProfile", () => {
  test("an empty override gives the base", () => {
    expect(merged({})).toEqual(BUILTIN_PROFILE);
  });

  test("period and a few thresholds override, the other thresholds stay", () => {
    const profile = merged({ period: 10, thresholds: { scaleRevenue: 3000, rateTolerance: 0.002 } });
    expect(profile.period).toBe(10);
    expect(profile.thresholds).toEqual({ ...BUILTIN_PROFILE.thresholds, scaleRevenue: 3000, rateTolerance: 0.002 });
    expect(profile.targets).toEqual(BUILTIN_PROFILE.targets);
  });

  test("reference merges deeply", () => {
    expect(merged({ reference: { clusters: 20 } }).reference).toEqual({ clusters: 20, clusterHeadFirms: 44 });
  });

  test("rule overrides accumulate, and null takes one back", () => {
    const base = merged({ rules: { "growth.review": "off", "uscc.case": "warning" } });
    const result = mergeProfile(base, { rules: { "uscc.case": null, "row.blank": "off" } });
    expect(result.ok && result.profile.rules).toEqual({ "growth.review": "off", "row.blank": "off" });
  });

  test("a null period goes back to a derived one", () => {
    const withPeriod = merged({ period: 6 });
    const result = mergeProfile(withPeriod, { period: null });
    expect(result.ok && "period" in result.profile).toBe(false);
  });

  test("lists are replaced wholesale", () => {
    const regions = [{ code: "130102", name: "长安区", aliases: [] }];
    const targets = [{ key: "valueAddedGrowth", name: "规模以上工业增加值增速", aliases: [], kind: "growth", op: ">=", target: 0.06, unit: "%", clause: "一" }];
    const profile = merged({ year: 2023, regions, targets });
    expect(profile.regions).toEqual(regions);
    expect(profile.targets).toEqual(targets);
    expect(profile.industries).toEqual(BUILTIN_PROFILE.industries);
  });

  test("the result is validated, with the merged field named", () => {
    const result = mergeProfile(BUILTIN_PROFILE, { thresholds: { growthReviewLow: 0.8 }, period: 14 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path, i.key])).toEqual([
      ["period", "profile.number.max"],
      ["thresholds.growthReviewLow", "profile.growthBand"],
    ]);
  });

  test("an override that is not an object is rejected", () => {
    const result = mergeProfile(BUILTIN_PROFILE, "period=10");
    expect(!result.ok && result.issues[0]).toMatchObject({ path: "", key: "profile.type.object" });
  });

  test("nulling a required threshold is reported as missing", () => {
    const result = mergeProfile(BUILTIN_PROFILE, { thresholds: { keyEnergy: null } });
    expect(!result.ok && result.issues[0]).toMatchObject({ path: "thresholds.keyEnergy", key: "profile.required" });
  });

  test("prototype keys in the override are ignored", () => {
    const partial = JSON.parse('{"__proto__":{"polluted":true},"thresholds":{"__proto__":{"scaleRevenue":1},"constructor":{"x":1}},"rules":{"constructor":"off"}}');
    expect(merged(partial)).toEqual(BUILTIN_PROFILE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("the result can be edited without touching the built-in profile", () => {
    const profile = merged({ period: 3 });
    profile.thresholds.scaleRevenue = 1;
    profile.regions[0].aliases.push("桥东");
    expect(BUILTIN_PROFILE.thresholds.scaleRevenue).toBe(2000);
    expect(BUILTIN_PROFILE.regions[0].aliases).toEqual([]);
  });
});
