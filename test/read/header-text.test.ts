import fc from "fast-check";
import { headerKey, joinHeaders, normaliseHeader } from "../../src/core/read/headers/header-text";
import { compact } from "../../src/core/read/text";
import { KE_HEADER, code, colOf, keRow, readOne, sheet, only } from "./helpers";

describe("header normalisation", () => {
  test.each([
    ["本年营业收入", "本年营业收入", undefined, false],
    [" 本年 营业\n收入 ", "本年营业收入", undefined, false],
    ["本年营业收入\u3000（万元）", "本年营业收入", 1, false],
    ["本年营业收入(元)", "本年营业收入", 0.0001, false],
    ["本年营业收入【亿元】", "本年营业收入", 10000, false],
    ["本年营业收入（单位：万元）", "本年营业收入", 1, false],
    ["增长率（％）", "增长率", undefined, true],
    ["增长率%", "增长率", undefined, true],
    ["综合能耗(吨标准煤)", "综合能耗", undefined, false],
    ["头部企业数（家）", "头部企业数", undefined, false],
    ["*企业名称", "企业名称", undefined, false],
    ["企业名称*", "企业名称", undefined, false],
    ["＊企业名称（全称）", "企业名称", undefined, false],
    ["ＡＢＣ", "abc", undefined, false],
  ])("%j → %s", (raw, text, factor, percent) => {
    const h = normaliseHeader(raw);
    expect(h.text).toBe(text);
    expect(h.factor).toBe(factor);
    expect(h.percent).toBe(percent);
  });

  test("a bracket that is not a unit is also read as parent·child", () => {
    expect(normaliseHeader("营业收入(本年)").candidates).toContain("营业收入·本年");
  });
});

describe("header spelling variants bind the same column", () => {
  const variants: [string, string, number][] = [
    ["line break and spaces", "本年\n营业 收入", 1],
    ["full-width bracket unit 万元", "本年营业收入（万元）", 1],
    ["unit 元", "本年营业收入(元)", 0.0001],
    ["unit 亿元", "本年营业收入(亿元)", 10000],
    ["alias", "主营业务收入", 1],
    ["pattern 1-10月", "1-10月营业收入", 1],
    ["pattern with full-width dash and unit", "2022年1－10月累计营业收入（万元）", 1],
    ["required mark", "*本年营业收入", 1],
  ];
  test.each(variants)("%s", (_, header, factor) => {
    const h = [...KE_HEADER];
    h[4] = header;
    const { sheet: s, findings } = readOne(sheet("重点企业", [h, keRow(1, 12000)]));
    expect(colOf(s, "revenue")).toBe(5);
    expect(s.columns.find((c) => c.key === "revenue")?.factor).toBe(factor);
    expect(s.records[0].values.revenue).toBeCloseTo(12000 * factor, 10);
    expect(only(findings, "header.unknown")).toEqual([]);
  });

  test("a (%) header reads plain numbers as percentages", () => {
    const h = [...KE_HEADER, "增长率(%)"];
    const { sheet: s } = readOne(sheet("重点企业", [h, [...keRow(1), 5.5], [...keRow(2), "5.5%"]]));
    expect(s.columns.find((c) => c.key === "growth")?.percent).toBe(true);
    expect(s.records.map((r) => r.values.growth)).toEqual([0.055, 0.055]);
  });

  test("keepUnit columns ignore the header unit: 综合能耗 is in 吨标准煤, whatever the bracket says", () => {
    const h = ["企业名称", "统一社会信用代码", "月份", "综合能耗(万元)"];
    const { sheet: s } = readOne(sheet("能耗监测", [h, ["甲", code(1), "2022-03", 120]]));
    expect(s.columns.find((c) => c.key === "energy")?.factor).toBe(1);
    expect(s.records[0].values.energy).toBe(120);
  });

  test("a 单位：亿元 line above the header sets the unit of money columns without one", () => {
    const rows = [["县域特色产业集群"], [null, null, "单位：亿元"], ["集群名称", "所属县区", "本年营业收入", "上年营业收入(万元)"], ["冰雪", "崇礼", 1.5, 12000]];
    const { sheet: s } = readOne(sheet("集群", rows));
    expect(s.records[0].values).toMatchObject({ revenue: 15000, revenuePrev: 12000 });
  });
});

describe("a year child under a parent", () => {
  // The plain formulation of the year a child names, as the reader had it.
  const plainYear = (text: string, year: number): string | undefined =>
    ["上年", "上年同期", "去年", "去年同期"].includes(text) ? "上年"
      : ["本年", "本期", "本年累计", "本期累计"].includes(text) ? "本年"
        : text === `${year}年` ? "本年" : text === `${year - 1}年` ? "上年" : undefined;

  test("reads 本年 / 上年 as the plain formulation does, for any text and year", () => {
    const year = fc.integer({ min: 1990, max: 2100 });
    const text = fc.oneof(
      fc.integer({ min: 1985, max: 2105 }).map((y) => `${y}年`),
      fc.constantFrom("年", "2022 年", "02022年", "2022年年", "本期", "去年同期", "2022"),
      fc.string({ unit: fc.constantFrom(..."20年本上期1") }),
    );
    fc.assert(
      fc.property(year, text, (y, t) => {
        const word = plainYear(t, y);
        const expected = word !== undefined && word !== t ? ["营业收入·" + t, "营业收入·" + word] : ["营业收入·" + t];
        expect(joinHeaders(normaliseHeader("营业收入"), { candidates: [t], text: t, percent: false }, y).candidates).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("headerKey", () => {
  test("is the plain formulation (fold, remove spaces, unify dots, drop stars, lower) for any text", () => {
    const plain = (raw: string) => compact(raw).replace(/[•・‧∙⋅]/g, "·").replace(/^[*※]+|[*※]+$/g, "").toLowerCase();
    const unit = fc.constantFrom(..."aZ1·•・*※ 营业收入（）()%\u3000\u00a0\n\u200bＡａ１ÀΣ@[~".split(""), "\u{20000}");
    fc.assert(fc.property(fc.string({ unit }), (s) => expect(headerKey(s)).toBe(plain(s))), { numRuns: 3000 });
  });
});
