import * as gx from "../../src/functions/functions";
import { getActiveProfile, resetActiveProfile, setActiveProfile } from "../../src/core/profile/active";
import { installCustomFunctionsStandIn, StandInError } from "./custom-functions-stand-in";

installCustomFunctionsStandIn();

/** The result of a 1-argument-per-cell call, with errors shown as "#CODE message". */
function one(fn: (...args: never[]) => unknown[][], ...args: unknown[]): unknown {
  const v = fn(...(args.map((a) => (a === undefined ? undefined : [[a]])) as never[]))[0][0];
  return v instanceof StandInError ? `${v.code}${v.message ? " " + v.message : ""}` : v;
}

describe("GX.YOY / GX.YOYTEXT", () => {
  test.each<[unknown, unknown, unknown]>([
    [120, 100, 0.2],
    ["120", "100", 0.2],
    [-10, 100, -1.1],
    [1, 0, "#DIV/0!"],
    [-5, -10, "#NUM!"],
    [5, -10, "#NUM!"],
    [null, 100, ""],
    [100, "", ""],
  ])("YOY(%p, %p) = %p", (c, p, r) => {
    const v = one(gx.yoy, c, p);
    if (typeof r === "number") expect(v).toBeCloseTo(r, 12);
    else expect(v).toBe(r);
  });

  test.each<[unknown, unknown, unknown, unknown]>([
    [105.6, 100, undefined, "增长5.6%"],
    [105.6, 100, null, "增长5.6%"],
    [105.56, 100, 2, "增长5.56%"],
    [105.56, 100, "0", "增长6%"],
    [96.8, 100, undefined, "下降3.2%"],
    [100, 100, undefined, "持平"],
    [-1, 100, undefined, "由盈转亏"],
    [5, -20, undefined, "扭亏为盈"],
    [-5, -20, undefined, "减亏"],
    [-30, -20, undefined, "增亏"],
    [5, 0, undefined, "新增"],
    [-5, 0, undefined, "新增亏损"],
    [0, 0, undefined, "持平"],
    [105.6, 100, -1, "#NUM!"],
    [105.6, 100, "two", "#VALUE! “two”不是数字"],
  ])("YOYTEXT(%p, %p, %p) = %p", (c, p, d, text) => expect(one(gx.yoyText, c, p, d)).toBe(text));
});

describe("GX.COMPLETION / GX.GAP / GX.INTENSITY / GX.KEYENERGY", () => {
  test("boundaries", () => {
    expect(one(gx.completion, 80, 100)).toBeCloseTo(0.8, 12);
    expect(one(gx.completion, 80, 0)).toBe("#DIV/0!");
    expect(one(gx.completion, 80, -1)).toBe("#NUM!");
    expect(one(gx.gap, "6.2%", "5.5%")).toBeCloseTo(0.007, 12);
    expect(one(gx.intensity, 5200, 0)).toBe("#DIV/0!");
    expect(one(gx.intensity, 5200, -10)).toBe("#NUM!");
    expect(one(gx.keyEnergy, 5000)).toBe(true);
    expect(one(gx.keyEnergy, 4999.99)).toBe(false);
    expect(one(gx.keyEnergy, 4000, 3000)).toBe(true);
    expect(one(gx.keyEnergy, "５０００")).toBe(true);
  });
});

describe("GX.ELAPSED / GX.PACE", () => {
  test.each<[unknown, unknown, unknown]>([
    [10, undefined, 10 / 12],
    ["1-10月", undefined, 10 / 12],
    [44865, "day", 304 / 365],
    ["2022-10-31", "日", 304 / 365],
    [44865, "month", 10 / 12],
    [10, "day", "#VALUE! 按日计算序时进度需要日期"],
    [10, "week", "#VALUE! “week”应为 \"month\"（按月）或 \"day\"（按日）"],
    [13, undefined, "#NUM!"],
    [true, undefined, "#VALUE! “TRUE”不是月份或日期"],
    [null, undefined, ""],
  ])("ELAPSED(%p, %p) = %p", (period, basis, r) => {
    const v = one(gx.elapsed, period, basis);
    if (typeof r === "number") expect(v).toBeCloseTo(r, 12);
    else expect(v).toBe(r);
  });

  test("PACE across a column of months, target and period broadcast", () => {
    const r = gx.pace([[0.5], [0.8], [0.9]], [[1]], [[6], [9], [12]]);
    expect(r.map(([v]) => v)).toEqual([0, expect.closeTo(0.05, 12), expect.closeTo(-0.1, 12)]);
    expect(one(gx.pace, 0.972, 1, 10)).toBeCloseTo(0.13867, 5);
    expect(one(gx.pace, 1, 0, 10)).toBe("#DIV/0!");
  });
});

describe("GX.NEEDED / GX.CONTRIB / GX.PULL", () => {
  test("definitions and their errors", () => {
    expect(one(gx.needed, "5.5%", 520, 500, 1000)).toBeCloseTo(0.07, 12);
    expect(one(gx.needed, 0.055, 520, 1000, 1000)).toBe("#NUM!");
    // Issue 12: below −1 the target is already secured
    expect(one(gx.needed, 0.055, 1100, 900, 1000)).toBe("#NUM! 目标已可确保完成");
    expect(one(gx.contrib, 30, 20, 130, 100)).toBeCloseTo(1 / 3, 12);
    expect(one(gx.contrib, 30, 20, 100, 100)).toBe("#DIV/0!");
    expect(one(gx.pull, 30, 20, 100)).toBeCloseTo(0.1, 12);
    expect(one(gx.pull, 30, 20, 0)).toBe("#DIV/0!");
  });
});

describe("GX.SCALESTATUS / GX.PROJECTSTATUS", () => {
  test.each<[unknown, unknown, string]>([
    [2000, undefined, "应入统"],
    [1999.99, undefined, "培育"],
    [1000, undefined, "培育"],
    [999.99, undefined, "规下"],
    [500, true, "已入统"],
    [500, "是", "已入统"],
    [500, "Y", "已入统"],
    [500, "y", "已入统"],
    [500, "√", "已入统"],
    [500, 1, "已入统"],
    [500, "TRUE", "已入统"],
    [2500, "否", "应入统"],
    [2500, "N", "应入统"],
    [2500, "×", "应入统"],
    [2500, 0, "应入统"],
    [2500, false, "应入统"],
    [2500, "", "应入统"],
  ])("SCALESTATUS(%p, %p) = %s", (revenue, included, status) => expect(one(gx.scaleStatus, revenue, included)).toBe(status));

  test("a value that is not yes/no → #VALUE!", () => {
    expect(one(gx.scaleStatus, 500, "可能")).toBe("#VALUE! “可能”不是“是/否”值");
    expect(one(gx.scaleStatus, 500, 2)).toBe("#VALUE! “2”不是“是/否”值");
  });

  test.each<[unknown, unknown, unknown, string]>([
    [800, false, undefined, "应入统"],
    [500, undefined, undefined, "应入统"],
    [499, undefined, undefined, "未达标准"],
    [100, "是", undefined, "已入统"],
    [800, undefined, 1000, "未达标准"],
  ])("PROJECTSTATUS(%p, %p, %p) = %s", (inv, included, threshold, status) =>
    expect(one(gx.projectStatus, inv, included, threshold)).toBe(status),
  );

  test("defaults follow the active profile", () => {
    const p = getActiveProfile();
    try {
      setActiveProfile({ ...p, thresholds: { ...p.thresholds, scaleRevenue: 3000, cultivationFloor: 1500, projectInvestment: 1000, keyEnergy: 10000 } });
      expect(one(gx.scaleStatus, 2500)).toBe("培育");
      expect(one(gx.scaleStatus, 1400)).toBe("规下");
      expect(one(gx.projectStatus, 800)).toBe("未达标准");
      expect(one(gx.keyEnergy, 6000)).toBe(false);
    } finally {
      resetActiveProfile();
    }
    expect(one(gx.scaleStatus, 2500)).toBe("应入统");
  });
});

describe("GX.USCC / GX.USCCCHECK", () => {
  test.each<[unknown, boolean, string]>([
    ["91350100M000100Y43", true, ""],
    [" 91350100m000100y43 ", true, ""],
    ["91110000802100433B", true, ""],
    // The reasons in the words of the ledger check's uscc.checksum and uscc.format.
    ["911101087519133390", false, "统一社会信用代码校验码错误：末位为“0”，应为 U"],
    ["91350100M000100Y4", false, "统一社会信用代码应为 18 位，实际 17 位"],
    ["91350100M000I00Y43", false, "统一社会信用代码第 13 位含非法字符“I”"],
    // Issue 12: an illegal 18th character alone: the check character it should be
    ["91350100M000100Y4I", false, "统一社会信用代码第 18 位（校验码）含非法字符“I”，按前 17 位应为 3"],
    ["91350100M000I00Y4I", false, "统一社会信用代码第 13 位含非法字符“I”"],
    ["91A50100M000100Y43", false, "统一社会信用代码第 3–8 位应为行政区划数字，第 3 位为“A”"],
    [911101087519133390, false, "统一社会信用代码被存为数字，已丢失字母或位数：911101087519133400"],
    [12345, false, "统一社会信用代码应为 18 位，实际 5 位"],
  ])("%p: USCC %p, USCCCHECK %p", (code, ok, problem) => {
    expect(one(gx.uscc, code)).toBe(ok);
    expect(one(gx.usccCheck, code)).toBe(problem);
  });

  test("blank → \"\", a boolean → #VALUE!", () => {
    expect(one(gx.uscc, null)).toBe("");
    expect(one(gx.usccCheck, "")).toBe("");
    expect(one(gx.uscc, true)).toBe("#VALUE! “TRUE”不是文本或代码");
  });
});

describe("GX.TARGET", () => {
  test.each<[unknown, unknown]>([
    ["规上工业增加值增速", 0.055],
    ["valueAddedGrowth", 0.055],
    ["技改投资增速", 0.06],
    ["服务器规模", 120],
    ["不存在的指标", "#N/A 方案中没有指标“不存在的指标”"],
    [123, "#N/A 方案中没有指标“123”"],
  ])("TARGET(%p) = %p", (name, value) => expect(one(gx.target, name)).toBe(value));

  test("follows the active profile", () => {
    const p = getActiveProfile();
    try {
      setActiveProfile({ ...p, targets: p.targets.map((t) => (t.key === "valueAddedGrowth" ? { ...t, target: 0.06 } : t)) });
      expect(one(gx.target, "规上工业增加值增速")).toBe(0.06);
    } finally {
      resetActiveProfile();
    }
  });
});

describe("GX.REGION / GX.REGIONCODE", () => {
  test.each<[unknown, string, string]>([
    ["张北", "张北县", "130722"],
    [130722, "张北县", "130722"],
    ["130722", "张北县", "130722"],
    ["张家口市宣化", "宣化区", "130705"],
    ["崇礼县", "崇礼区", "130709"],
    ["130733", "崇礼区", "130709"],
    ["高新区", "张家口经济开发区", "130771"],
  ])("%p → %s %s", (text, name, code) => {
    expect(one(gx.region, text)).toBe(name);
    expect(one(gx.regionCode, text)).toBe(code);
  });

  test("unknown → #N/A with a message", () => {
    expect(one(gx.region, "石家庄")).toBe("#N/A 不是本市县区：“石家庄”");
    expect(one(gx.regionCode, 130700)).toBe("#N/A 不是本市县区：“130700”");
  });
});

describe("GX.SECTOR / GX.ISINDUSTRIAL", () => {
  test.each<[unknown, string, boolean]>([
    ["C3612", "C 制造业", true],
    [3612, "C 制造业", true],
    ["0610", "B 采矿业", true],
    [6, "B 采矿业", true],
    ["4411", "D 电力、热力、燃气及水生产和供应业", true],
    ["4710", "E 建筑业", false],
    ["05", "A 农、林、牧、渔业", false],
    ["6513", "I 信息传输、软件和信息技术服务业", false],
  ])("%p → %s, industrial %p", (code, sector, industrial) => {
    expect(one(gx.sector, code)).toBe(sector);
    expect(one(gx.isIndustrial, code)).toBe(industrial);
  });

  test.each<unknown>(["A3612", "99", "00", "abc", 36121])("%p → #N/A", (code) => {
    expect(one(gx.sector, code)).toBe(`#N/A “${code}”不是有效的行业代码`);
    expect(one(gx.isIndustrial, code)).toBe(`#N/A “${code}”不是有效的行业代码`);
  });
});
