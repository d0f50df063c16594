import { BUILTIN_PROFILE, formatProfileIssue, parseProfile, type ProfileIssue } from "../../src/core/profile";
import { RULE_IDS } from "../../src/core/rules/registry";

// Loose on purpose: the tests break profiles in ways the Profile type forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Json = Record<string, any>;

/** A fresh, mutable JSON copy of the built-in profile, as a file or the `_gx` sheet would give it. */
const copy = (): Json => JSON.parse(JSON.stringify(BUILTIN_PROFILE));

function issuesOf(input: unknown): ProfileIssue[] {
  const result = parseProfile(input);
  if (result.ok) throw new Error("expected the profile to be rejected");
  return result.issues;
}

describe("a broken profile names the field", () => {
  // [what is wrong, mutation, expected path, expected message key]
  const table: [string, (p: Json) => void, string, string][] = [
    ["year missing", (p) => delete p.year, "year", "profile.required"],
    ["year as text", (p) => (p.year = "2022"), "year", "profile.type.number"],
    ["year fractional", (p) => (p.year = 2022.5), "year", "profile.type.integer"],
    ["year too early", (p) => (p.year = 1999), "year", "profile.number.min"],
    ["year too late", (p) => (p.year = 2101), "year", "profile.number.max"],
    ["period 0", (p) => (p.period = 0), "period", "profile.number.min"],
    ["period 13", (p) => (p.period = 13), "period", "profile.number.max"],
    ["period 2.5", (p) => (p.period = 2.5), "period", "profile.type.integer"],
    ["city code of 4 digits", (p) => (p.cityCode = "1307"), "cityCode", "profile.code6"],
    ["province code as a number", (p) => (p.provinceCode = 130000), "provinceCode", "profile.type.string"],
    ["empty city name", (p) => (p.cityName = "  "), "cityName", "profile.string.empty"],
    ["thresholds not an object", (p) => (p.thresholds = [1]), "thresholds", "profile.type.object"],
    ["threshold missing", (p) => delete p.thresholds.keyEnergy, "thresholds.keyEnergy", "profile.required"],
    ["threshold as text", (p) => (p.thresholds.scaleRevenue = "2000"), "thresholds.scaleRevenue", "profile.type.number"],
    ["negative threshold", (p) => (p.thresholds.projectInvestment = -1), "thresholds.projectInvestment", "profile.number.min"],
    ["negative tolerance", (p) => (p.thresholds.rateTolerance = -0.001), "thresholds.rateTolerance", "profile.number.min"],
    ["zero plan factor", (p) => (p.thresholds.ytdPlanFactor = 0), "thresholds.ytdPlanFactor", "profile.number.above"],
    ["growth band upside down", (p) => (p.thresholds.growthReviewLow = 0.6), "thresholds.growthReviewLow", "profile.growthBand"],
    ["empty cultivation band", (p) => (p.thresholds.cultivationFloor = 3000), "thresholds.cultivationFloor", "profile.cultivationBand"],
    ["fractional cluster count", (p) => (p.reference.clusters = 18.5), "reference.clusters", "profile.type.integer"],
    ["no regions", (p) => (p.regions = []), "regions", "profile.array.min"],
    ["region code of 5 digits", (p) => (p.regions[3].code = "13070"), "regions[3].code", "profile.code6"],
    ["region code twice", (p) => (p.regions[5].code = "130702"), "regions[5].code", "profile.duplicate.code"],
    ["old code equal to a code", (p) => (p.regions[2].oldCodes = ["130722"]), "regions[2].oldCodes[0]", "profile.duplicate.code"],
    ["region alias of another region", (p) => p.regions[0].aliases.push("桥西区"), "regions[0].aliases[0]", "profile.duplicate.name"],
    ["region without name", (p) => delete p.regions[0].name, "regions[0].name", "profile.required"],
    ["industry synonym twice", (p) => p.industries[6].synonyms.push("汽车"), "industries[6].synonyms[1]", "profile.duplicate.name"],
    ["target key twice", (p) => (p.targets[4].key = "valueAddedGrowth"), "targets[4].key", "profile.duplicate.key"],
    ["target key with a space", (p) => (p.targets[0].key = "value added"), "targets[0].key", "profile.targetKey"],
    ["target value as text", (p) => (p.targets[3].target = "35"), "targets[3].target", "profile.type.number"],
    ["target value missing", (p) => delete p.targets[3].target, "targets[3].target", "profile.required"],
    ["unknown kind", (p) => (p.targets[3].kind = "rate"), "targets[3].kind", "profile.enum"],
    ["unknown op", (p) => (p.targets[3].op = ">"), "targets[3].op", "profile.enum"],
    ["range without max", (p) => delete p.targets[12].max, "targets[12].max", "profile.range.maxMissing"],
    ["range upside down", (p) => (p.targets[12].max = 0.5), "targets[12].max", "profile.range.maxBelow"],
    ["ratio in percent", (p) => (p.targets[9].target = 80), "targets[9].target", "profile.ratio.fraction"],
    ["target alias of another", (p) => p.targets[1].aliases.push("绿色工厂"), "targets[14].aliases[0]", "profile.duplicate.name"],
    ["unknown severity", (p) => (p.rules = { "uscc.checksum": "fatal" }), 'rules["uscc.checksum"]', "profile.enum"],
    ["a misspelt rule id", (p) => (p.rules = { "uscc.chksum": "off" }), 'rules["uscc.chksum"]', "profile.rule.unknown"],
    ["an empty object", (p) => Object.keys(p).forEach((k) => delete p[k]), "year", "profile.required"],
  ];

  test.each(table)("%s", (_what, mutate, path, key) => {
    const input = copy();
    mutate(input);
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path, key }));
  });

  test("a value that is not an object is reported for the profile itself", () => {
    expect(issuesOf(42)).toEqual([expect.objectContaining({ path: "", key: "profile.type.object" })]);
    expect(issuesOf(null)).toEqual([expect.objectContaining({ path: "", key: "profile.type.object" })]);
  });

  test("every problem is reported, not just the first", () => {
    const input = copy();
    input.year = "x";
    input.thresholds.keyEnergy = -5;
    input.targets[0].kind = "rate";
    expect(issuesOf(input).map((i) => i.path)).toEqual(["year", "thresholds.keyEnergy", "targets[0].kind"]);
  });
});

describe("issue messages", () => {
  const input = copy();
  input.thresholds.scaleRevenue = -1;
  const [issue] = issuesOf(input);

  test("come in Chinese by default, with their parameters", () => {
    expect(issue).toEqual({
      path: "thresholds.scaleRevenue",
      key: "profile.number.min",
      params: { min: 0 },
      message: "不能小于 0",
    });
  });

  test.each([
    ["zh-CN", "thresholds.scaleRevenue：不能小于 0"],
    ["en-US", "thresholds.scaleRevenue: must not be less than 0"],
  ] as const)("render in %s", (lang, text) => {
    expect(formatProfileIssue(issue, lang)).toBe(text);
  });

  test("name the duplicate", () => {
    const dup = copy();
    dup.regions[5].code = "130702";
    expect(formatProfileIssue(issuesOf(dup)[0], "en-US")).toBe("regions[5].code: code 130702 appears twice");
  });

  test("list the allowed values", () => {
    const bad = copy();
    bad.targets[0].op = ">";
    expect(issuesOf(bad)[0].message).toBe("应为以下之一：>= | range");
  });
});

describe("what the schema tolerates", () => {
  test("unknown fields are dropped", () => {
    const input = { ...copy(), comment: "edited by 张三", thresholds: { ...copy().thresholds, future: 1 } };
    const result = parseProfile(input);
    expect(result.ok && result.profile).toEqual(BUILTIN_PROFILE);
  });

  test("a null period means not set", () => {
    const result = parseProfile({ ...copy(), period: null });
    expect(result.ok && "period" in result.profile).toBe(false);
  });

  test("a set period is kept", () => {
    const result = parseProfile({ ...copy(), period: 10 });
    expect(result.ok && result.profile.period).toBe(10);
  });

  test("missing alias lists, units, clauses and rules default to empty", () => {
    const input = copy();
    delete input.regions[0].aliases;
    delete input.targets[0].unit;
    delete input.targets[0].clause;
    delete input.rules;
    const result = parseProfile(input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.profile.regions[0].aliases).toEqual([]);
    expect(result.profile.targets[0]).toMatchObject({ unit: "", clause: "" });
    expect(result.profile.rules).toEqual({});
  });

  test("names and codes are trimmed", () => {
    const input = copy();
    input.regions[0].name = " 桥东区 ";
    input.cityCode = "130700 ";
    const result = parseProfile(input);
    expect(result.ok && [result.profile.regions[0].name, result.profile.cityCode]).toEqual(["桥东区", "130700"]);
  });

  test.each(["error", "warning", "info", "off"])("rule severity %s is accepted", (severity) => {
    const result = parseProfile({ ...copy(), rules: { "growth.review": severity } });
    expect(result.ok && result.profile.rules).toEqual({ "growth.review": severity });
  });
});

describe("prototype keys never reach objects", () => {
  afterEach(() => {
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("at the top level", () => {
    const text = JSON.stringify(copy()).replace(/^\{/, '{"__proto__":{"polluted":true,"year":1},"constructor":{"polluted":true},');
    const result = parseProfile(JSON.parse(text));
    expect(result.ok && result.profile).toEqual(BUILTIN_PROFILE);
    expect(result.ok && Object.getPrototypeOf(result.profile)).toBe(Object.prototype);
  });

  test("as rule ids", () => {
    const input = copy();
    input.rules = JSON.parse('{"__proto__":"off","constructor":"off","prototype":"error","uscc.checksum":"off"}');
    const result = parseProfile(input);
    expect(result.ok && Object.keys(result.profile.rules)).toEqual(["uscc.checksum"]);
  });

  test("inside thresholds and list entries", () => {
    const input = copy();
    input.thresholds = JSON.parse(JSON.stringify(input.thresholds).replace(/^\{/, '{"__proto__":{"polluted":true},"prototype":5,'));
    input.targets[0] = JSON.parse(JSON.stringify(input.targets[0]).replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},'));
    const result = parseProfile(input);
    expect(result.ok && result.profile).toEqual(BUILTIN_PROFILE);
  });

  test("a value inherited from a forged prototype is not read", () => {
    const input = copy();
    const { keyEnergy, ...rest } = input.thresholds;
    input.thresholds = Object.assign(Object.create({ keyEnergy }), rest);
    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: "thresholds.keyEnergy", key: "profile.required" })]);
  });
});

describe("the rules a profile may override", () => {
  test("an unknown rule id is named in the user's language", () => {
    const result = parseProfile({ ...copy(), rules: { "growth.review": "info", "grwoth.mismatch": "off" } });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(formatProfileIssue(issues[0], "zh-CN")).toBe('rules["grwoth.mismatch"]：没有规则 grwoth.mismatch（规则编号见 gx-ledger rules）');
    expect(formatProfileIssue(issues[0], "en-US")).toBe('rules["grwoth.mismatch"]: there is no rule grwoth.mismatch (gx-ledger rules lists them)');
  });

  test("every built-in rule may be overridden", () => {
    const rules = Object.fromEntries(RULE_IDS.map((id) => [id, "info"]));
    expect(parseProfile({ ...copy(), rules }).ok).toBe(true);
  });
});
