import { BUILTIN_PROFILE, parseProfile } from "../../src/core/profile";
import { PLAN_2022 } from "../../src/core/profile/plan-2022";

describe("built-in 2022 profile", () => {
  test("passes its own schema unchanged", () => {
    const result = parseProfile(JSON.parse(JSON.stringify(PLAN_2022)));
    expect(result).toEqual({ ok: true, profile: PLAN_2022 });
  });

  test("leaves the period to be derived", () => {
    expect(PLAN_2022.year).toBe(2022);
    expect("period" in PLAN_2022).toBe(false);
  });

  test("is Zhangjiakou's with the plan's thresholds and reference figures", () => {
    expect(PLAN_2022).toMatchObject({ cityCode: "130700", cityName: "张家口市", provinceCode: "130000", rules: {} });
    expect(PLAN_2022.thresholds).toEqual({
      scaleRevenue: 2000,
      cultivationFloor: 1000,
      projectInvestment: 500,
      keyEnergy: 5000,
      rateTolerance: 0.001,
      totalTolerance: 0.5,
      intensityTolerance: 0.01,
      ytdPlanFactor: 1.2,
      growthReviewHigh: 0.5,
      growthReviewLow: -0.3,
      jumpFloor: 100,
      jumpHigh: 3,
      jumpLow: 0.2,
    });
    expect(PLAN_2022.reference).toEqual({ clusters: 18, clusterHeadFirms: 44 });
  });

  test("cannot be changed by accident", () => {
    expect(() => {
      (PLAN_2022.thresholds as { scaleRevenue: number }).scaleRevenue = 1;
    }).toThrow(TypeError);
    expect(PLAN_2022.thresholds.scaleRevenue).toBe(2000);
  });
});

describe("regions", () => {
  test("are the 19 county-level divisions", () => {
    expect(PLAN_2022.regions.map((r) => `${r.code} ${r.name}`)).toEqual([
      "130702 桥东区", "130703 桥西区", "130705 宣化区", "130706 下花园区", "130708 万全区", "130709 崇礼区",
      "130722 张北县", "130723 康保县", "130724 沽源县", "130725 尚义县", "130726 蔚县", "130727 阳原县",
      "130728 怀安县", "130730 怀来县", "130731 涿鹿县", "130732 赤城县", "130771 张家口经济开发区",
      "130772 察北管理区", "130773 塞北管理区",
    ]);
  });

  test.each([
    ["崇礼县", "130733", "130709"],
    ["宣化县", "130721", "130705"],
    ["万全县", "130729", "130708"],
  ])("old county %s (%s) maps to today's %s", (oldName, oldCode, code) => {
    const region = PLAN_2022.regions.find((r) => r.code === code);
    expect(region?.aliases).toContain(oldName);
    expect(region?.oldCodes).toEqual([oldCode]);
  });

  test.each(["高新区", "张家口高新技术产业开发区"])("%s is the development zone 130771", (alias) => {
    expect(PLAN_2022.regions.find((r) => r.aliases.includes(alias))?.code).toBe("130771");
  });
});

test.each([
  ["冰雪装备", ["冰雪装备制造", "冰雪产业"]],
  ["氢能与可再生能源装备", ["氢能", "可再生能源装备"]],
  ["大数据及装备制造", ["大数据中心及装备制造", "大数据"]],
  ["汽车及零部件", ["汽车", "汽车制造"]],
  ["食品加工", ["食品"]],
  ["皮毛服装", ["皮毛", "服装"]],
  ["其他", []],
])("industry %s accepts %j", (name, synonyms) => {
  const industry = PLAN_2022.industries.find((i) => i.name === name);
  expect(industry?.synonyms).toEqual(expect.arrayContaining(synonyms));
});

test("has exactly the 7 industries", () => {
  expect(PLAN_2022.industries).toHaveLength(7);
});

describe("targets", () => {
  // Every row has all six cells: a shorter row would make jest pass its `done` callback as `max`.
  const table: [string, number, string, string, string, number | undefined][] = [
    ["valueAddedGrowth", 0.055, "growth", ">=", "一", undefined],
    ["fixedInvestmentGrowth", 0.07, "growth", ">=", "一", undefined],
    ["techReformInvestmentGrowth", 0.06, "growth", ">=", "一", undefined],
    ["netNewScaleEnterprises", 35, "count", ">=", "一", undefined],
    ["keyEnterprises", 100, "count", ">=", "二.1", undefined],
    ["cultivationLibrary", 100, "count", ">=", "二.2", undefined],
    ["decliningEnterprises", 100, "count", ">=", "二.3", undefined],
    ["projectLibrary", 100, "count", ">=", "二.4", undefined],
    ["techReformLibrary", 100, "count", ">=", "二.5", undefined],
    ["relocationCompletion", 0.8, "ratio", ">=", "二.6", undefined],
    ["upgradeCompletion", 0.8, "ratio", ">=", "二.6", undefined],
    ["clusterRevenueGrowth", 0.1, "growth", ">=", "二.7", undefined],
    ["newTenBillionClusters", 1, "count", "range", "二.7", 2],
    ["waterSavingEnterprises", 3, "count", ">=", "二.8", undefined],
    ["greenFactories", 3, "count", ">=", "二.8", undefined],
    ["snowEquipmentScaleEnterprises", 1, "count", "range", "二.9", 2],
    ["iiotKeyProjects", 5, "count", ">=", "二.11", undefined],
    ["iiotPilotProjects", 2, "count", ">=", "二.11", undefined],
    ["iiotRegionalPlatforms", 2, "count", ">=", "二.11", undefined],
    ["servers", 120, "amount", ">=", "二.12", undefined],
    ["smeServicePlatforms", 1, "count", "range", "二.15", 2],
    ["publicTrainingEvents", 20, "count", ">=", "二.15", undefined],
    ["publicTrainingEnterprises", 1000, "count", ">=", "二.15", undefined],
    ["designEvents", 10, "count", ">=", "二.16", undefined],
    ["designEnterprises", 150, "count", ">=", "二.16", undefined],
    ["designCenters", 3, "count", ">=", "二.16", undefined],
    ["managerTrainingEnterprises", 1000, "count", ">=", "二.17", undefined],
  ];

  test("are the plan's 27 indicators, in the plan's order", () => {
    expect(PLAN_2022.targets.map((tg) => tg.key)).toEqual(table.map(([key]) => key));
  });

  test.each(table)("%s: %p, %s, %s, clause %s, max %p", (key, target, kind, op, clause, max) => {
    const found = PLAN_2022.targets.find((tg) => tg.key === key);
    expect(found).toMatchObject({ target, kind, op, clause });
    expect(found?.max).toBe(max);
  });

  test("序时进度 only for flows: stocks and lists have pace none, growth and ratios none at all (issue 12)", () => {
    const paceOf = (pace: string | undefined) => BUILTIN_PROFILE.targets.filter((tg) => tg.pace === pace).map((tg) => tg.key);
    expect(paceOf("none")).toEqual([
      "keyEnterprises", "cultivationLibrary", "decliningEnterprises", "projectLibrary", "techReformLibrary",
      "waterSavingEnterprises", "greenFactories", "iiotRegionalPlatforms", "servers", "designCenters",
    ]);
    expect(paceOf("elapsed")).toEqual([
      "netNewScaleEnterprises", "newTenBillionClusters", "snowEquipmentScaleEnterprises", "iiotKeyProjects", "iiotPilotProjects",
      "smeServicePlatforms", "publicTrainingEvents", "publicTrainingEnterprises", "designEvents", "designEnterprises", "managerTrainingEnterprises",
    ]);
    for (const tg of BUILTIN_PROFILE.targets.filter((x) => x.kind === "growth" || x.kind === "ratio")) expect(tg.pace).toBeUndefined();
  });

  test("rates are stated in percent, counts in the plan's units", () => {
    const unitOf = (key: string) => PLAN_2022.targets.find((tg) => tg.key === key)?.unit;
    for (const tg of PLAN_2022.targets.filter((x) => x.kind === "growth" || x.kind === "ratio")) expect(tg.unit).toBe("%");
    expect([unitOf("keyEnterprises"), unitOf("projectLibrary"), unitOf("iiotKeyProjects"), unitOf("designEvents"), unitOf("servers")])
      .toEqual(["家", "项", "个", "场次", "万台"]);
  });

  test.each([
    ["规上工业增加值增速", "valueAddedGrowth"],
    ["技改投资增速", "techReformInvestmentGrowth"],
    ["新增百亿级产业集群", "newTenBillionClusters"],
    ["百场万家活动", "publicTrainingEvents"],
  ])("alias %s names %s", (alias, key) => {
    expect(PLAN_2022.targets.find((tg) => tg.aliases.includes(alias))?.key).toBe(key);
  });
});

test("the built-in profile is the 2022 plan", async () => {
  const { BUILTIN_PROFILE } = await import("../../src/core/profile");
  expect(BUILTIN_PROFILE).toBe(PLAN_2022);
});

test("every target key the code computes is one of the built-in plan's", async () => {
  const { TARGET_KEY } = await import("../../src/core/profile/target-keys");
  const keys = new Set(PLAN_2022.targets.map((t) => t.key));
  for (const key of Object.values(TARGET_KEY)) expect({ key, known: keys.has(key) }).toEqual({ key, known: true });
});
