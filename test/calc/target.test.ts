import { targetFinder } from "../../src/core/calc/target";
import { BUILTIN_PROFILE } from "../../src/core/profile/builtin";

const find = targetFinder(BUILTIN_PROFILE);

describe("targetFinder in the 2022 profile", () => {
  test.each<[string, string, number]>([
    ["valueAddedGrowth", "valueAddedGrowth", 0.055],
    ["VALUEADDEDGROWTH", "valueAddedGrowth", 0.055],
    ["规模以上工业增加值增速", "valueAddedGrowth", 0.055],
    ["规上工业增加值增速", "valueAddedGrowth", 0.055],
    [" 规上工业 增加值增速 ", "valueAddedGrowth", 0.055],
    ["工业投资增速", "fixedInvestmentGrowth", 0.07],
    ["净增规上企业", "netNewScaleEnterprises", 35],
    ["“百场万家”公益服务培训活动", "publicTrainingEvents", 20],
    ['"百场万家"公益服务培训活动', "publicTrainingEvents", 20],
    ["＂百场万家＂公益服务培训活动", "publicTrainingEvents", 20],
    ["新增百亿级产业集群", "newTenBillionClusters", 1], // a range gives its lower bound
  ])("%p → %s = %p", (text, key, value) => {
    const t = find(text);
    expect(t?.key).toBe(key);
    expect(t?.target).toBeCloseTo(value, 12);
  });

  test.each(["", "  ", "增加值", "规上工业增加值增速率", "unknown"])("%p → null", (text) => expect(find(text)).toBeNull());

  test("every key, name and alias of the profile finds its own indicator", () => {
    for (const t of BUILTIN_PROFILE.targets) {
      for (const s of [t.key, t.name, ...t.aliases]) expect(targetFinder(BUILTIN_PROFILE)(s)).toBe(t);
    }
  });
});
