/** Reports of a county's workbook (PLAN-PROFILE.md, Scope; REPORTS.md): county titles, its 县区汇总, its targets. */

import { BUILTIN_PROFILE, type Profile } from "../../src/core/profile";
import { buildRegions } from "../../src/core/reports/regions";
import { buildTargets } from "../../src/core/reports/targets";
import { body, CTX, expectRow, makeCheck, plain, rowOf } from "./fixtures";

// 张北县: the fixture's records are mostly 张北县's, with 蔚县 and 宣化区 records and blank ones among them.
const COUNTY: Profile = { ...BUILTIN_PROFILE, scope: "130722" };
const DECOMPOSED: Profile = { ...COUNTY, decomposition: { "130722": { counts: { keyEnterprises: 4 }, targets: { fixedInvestmentGrowth: 0.08 } } } };

describe("县区汇总 of a county's workbook", () => {
  const model = buildRegions(makeCheck({ profile: COUNTY }), CTX);
  const [section] = model.sections;

  test("the title begins with the county; the rows are that county, the other counties' records, 未识别", () => {
    expect(model.title).toBe("张北县 2022年1-10月 县区汇总");
    expect(body(section).map((r) => r[0])).toEqual(["张北县", "其他县区（不属本县）", "未识别"]);
  });

  test("the county's figures as the city's tab gives them; 合计 still the ledgers' totals", () => {
    expectRow(rowOf(section, "张北县"), ["张北县", 2, 2, 0, 3, 2500, 350, 1, 1, 1, 0]);
    expectRow(plain(section.total!), ["合计", 4, 5, 2, 6, 5500, 1350, 2, 3 / 6, 3, 1]);
  });

  test("the city's workbook keeps every county and no row of other counties", () => {
    const city = buildRegions(makeCheck(), CTX);
    expect(city.title).toBe("2022年1-10月 县区汇总");
    expect(body(city.sections[0]).map((r) => r[0])).not.toContain("其他县区（不属本县）");
  });
});

describe("目标完成情况 of a county's workbook", () => {
  const row = (profile: Profile, name: string) => {
    const r = body(buildTargets(makeCheck({ profile }), CTX).sections[0]).find((x) => x[1] === name);
    if (!r) throw new Error(name);
    return r;
  };

  test("without a decomposition no target is shown, none measured", () => {
    expect(row(COUNTY, "百家重点企业").slice(3, 9)).toEqual([null, 4, null, null, null, "无分解目标"]);
    expect(row(COUNTY, "工业固定资产投资增速")[8]).toBe("无分解目标");
  });

  test("with one, the county's targets: its 4 key enterprises, its 8 % investment growth", () => {
    const ke = row(DECOMPOSED, "百家重点企业");
    expect(plain(ke)[3]).toBe(4);
    expect(ke.slice(4, 6)).toEqual([4, 1]);
    expect(ke[8]).toBe("已完成");
    expect(plain(row(DECOMPOSED, "工业固定资产投资增速"))[3]).toBe(0.08);
    expect(row(DECOMPOSED, "净增规模以上工业企业")[8]).toBe("无分解目标");
    expect(buildTargets(makeCheck({ profile: DECOMPOSED }), CTX).title).toBe("张北县 2022年1-10月 目标完成情况");
  });
});
