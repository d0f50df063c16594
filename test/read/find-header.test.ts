import { code, colOf, KE_HEADER, keRow, merge, only, read, readOne, sheet } from "./helpers";

describe("finding the header row", () => {
  test("title rows above the header (merged title, 单位 line)", () => {
    const rows = [["2022年百家重点企业台账"], ["单位：万元"], [], KE_HEADER, keRow(1), keRow(2)];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows, [merge(1, 1, 1, 8)]));
    expect(s.headerRow).toBe(4);
    expect(s.headerRows).toBe(1);
    expect(s.records.map((r) => r.row)).toEqual([5, 6]);
    expect(findings).toEqual([]);
  });

  test("the header may be as low as row 15, not lower", () => {
    const title = Array.from({ length: 14 }, (_, i) => [`说明${i}`]);
    expect(readOne(sheet("重点企业", [...title, KE_HEADER, keRow(1)])).sheet.headerRow).toBe(15);
    const below = read([sheet("重点企业", [...title, [], KE_HEADER, keRow(1)])]);
    expect(below.sheets).toEqual([]);
    expect(below.ignoredSheets).toEqual(["重点企业"]);
  });

  test("two-row header: parent merged over 本年 / 上年, other headers merged down over both rows", () => {
    const upper = ["序号", "企业名称", "统一社会信用代码", "所属县区", "营业收入（万元）", null, "审核说明"];
    const lower = [null, null, null, null, "本年", "上年", null];
    const merges = [merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 3, 3, 3), merge(2, 4, 3, 4), merge(2, 5, 2, 6), merge(2, 7, 3, 7)];
    const rows = [["标题"], upper, lower, [1, "甲", code(1), "张北", 120, 100, null]];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows, [merge(1, 1, 1, 7), ...merges]));
    expect(s.headerRow).toBe(3);
    expect(s.headerRows).toBe(2);
    expect(s.columns.map((c) => [c.key, c.col])).toEqual([
      ["seq", 1],
      ["name", 2],
      ["uscc", 3],
      ["region", 4],
      ["revenue", 5],
      ["revenuePrev", 6],
      ["note", 7],
    ]);
    expect(s.columns.find((c) => c.key === "revenue")?.header).toBe("营业收入（万元）·本年");
    expect(s.records).toHaveLength(1);
    expect(s.records[0].values).toMatchObject({ revenue: 120, revenuePrev: 100 });
    expect(findings).toEqual([]);
  });

  test("two-row header: a child that is a known header alone takes the parent's unit", () => {
    const upper = ["项目名称", "建设单位", "所属县区", "建设阶段", "是否入统", "投资情况（亿元）", null];
    const lower = [null, null, null, null, null, "总投资", "年度计划投资"];
    const merges = [0, 1, 2, 3, 4].map((i) => merge(1, i + 1, 2, i + 1)).concat([merge(1, 6, 1, 7)]);
    const rows = [upper, lower, ["一号项目", "甲公司", "蔚县", "续建", "是", 1.2, 0.5]];
    const { sheet: s, findings } = readOne(sheet("工业项目库", rows, merges));
    expect(s.kind).toBe("projects");
    expect(s.headerRows).toBe(2);
    expect(s.records[0].values).toMatchObject({ totalInvestment: 12000, annualPlan: 5000 });
    expect(s.columns.find((c) => c.key === "totalInvestment")?.factor).toBe(10000);
    expect(only(findings, "header.unknown")).toEqual([]);
  });

  test("two-row header without vertical merges: headers written in the upper row, lower cell blank", () => {
    const upper = ["企业名称", "统一社会信用代码", "所属县区", "营业收入", null];
    const lower = [null, null, null, "本年", "上年"];
    const rows = [upper, lower, ["甲", code(1), "张北", 10, 8]];
    const { sheet: s } = readOne(sheet("重点企业", rows, [merge(1, 4, 1, 5)]));
    expect(s.headerRows).toBe(2);
    expect(colOf(s, "revenue")).toBe(4);
    expect(colOf(s, "revenuePrev")).toBe(5);
  });

  test("a single-row header is not joined with the first data row", () => {
    const { sheet: s } = readOne(sheet("重点企业", [KE_HEADER, keRow(1), keRow(2)]));
    expect(s.headerRow).toBe(1);
    expect(s.headerRows).toBe(1);
    expect(s.records).toHaveLength(2);
  });

  test("a merged title over the header rows does not join with the headers", () => {
    const rows = [["百家重点企业台账"], KE_HEADER, keRow(1)];
    const { sheet: s } = readOne(sheet("重点企业", rows, [merge(1, 1, 1, 8)]));
    expect(s.headerRow).toBe(2);
    expect(s.headerRows).toBe(1);
  });

  test("a units row under the headers is part of the header and gives the units", () => {
    const rows = [
      ["集群名称", "所属县区", "本年营业收入", "上年营业收入", "增长率", "头部企业数"],
      [null, null, "亿元", "（万元）", "%", "(家)"],
      ["冰雪装备", "崇礼", 1.5, 12000, 25, 3],
    ];
    const { sheet: s, findings } = readOne(sheet("产业集群", rows));
    expect([s.headerRow, s.headerRows]).toEqual([2, 2]);
    expect(s.records).toHaveLength(1);
    expect(s.records[0].values).toEqual({ cluster: "冰雪装备", region: "崇礼区", revenue: 15000, revenuePrev: 12000, growth: 0.25, headFirms: 3 });
    expect(findings).toEqual([]);
  });
});
