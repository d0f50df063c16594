import { settingsToCells } from "../../src/core/read";
import type { GxSettings } from "../../src/core/read/result";
import { code, KE_HEADER, keRow, read, sheet } from "./helpers";

const PROJECT_HEADER = ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "是否入统"];
const projectRow = ["一号项目", "甲公司", "蔚县", "续建", 800, "是"];

function gx(settings: GxSettings) {
  return { ...sheet("_gx", settingsToCells(settings).map((c) => [c])), state: "veryHidden" as const };
}

describe("kind by sheet name", () => {
  test.each([
    ["重点企业", "key-enterprises"],
    ["2022重点企业台账", "key-enterprises"],
    ["重点企业培育库", "cultivation"],
    ["规下企业培育", "cultivation"],
    ["下滑企业", "declining"],
    ["亏损企业", "declining"],
    ["工业项目库", "projects"],
    ["技改项目库", "tech-reform"],
    ["三个一批", "three-batches"],
    ["搬迁入园", "three-batches"],
    ["产业集群", "clusters"],
    ["能耗监测", "energy"],
    ["目标任务", "targets"],
  ])("%s → %s", (name, kind) => {
    const r = read([sheet(name, [["序号", "企业名称"], [1, "甲"]])]);
    expect(r.sheets.map((s) => [s.kind, s.kindSource])).toEqual([[kind, "name"]]);
  });
});

describe("a name without a single fitting header", () => {
  test("is not enough: the headers decide, and with none fitting the sheet is not a ledger", () => {
    const r = read([sheet("重点企业说明", [["本表填报要求"], ["1. 按月更新"]]), sheet("重点企业汇总", [["说明"], PROJECT_HEADER, projectRow])]);
    expect(r.sheets.map((s) => [s.sheet, s.kind, s.kindSource])).toEqual([["重点企业汇总", "key-enterprises", "name"]]);
    expect(r.ignoredSheets).toEqual(["重点企业说明"]);
    const unnamed = read([sheet("重点企业清单", [["x", "y"], ["项目名称", "建设单位", "建设阶段", "总投资"], ["一号", "甲", "续建", 1]])]);
    expect(unnamed.sheets.map((s) => [s.kind, s.kindSource])).toEqual([["projects", "headers"]]);
  });

  test("an override still reads it, reporting the missing columns", () => {
    const r = read([sheet("说明", [["本表填报要求"], ["1. 按月更新"]])], { overrides: { 说明: "targets" } });
    expect(r.sheets.map((s) => [s.kind, s.headerRow, s.records.length])).toEqual([["targets", 1, 1]]);
    expect(r.findings.filter((f) => f.rule === "header.missing").map((f) => f.params?.column)).toEqual(["指标名称", "目标值", "实际完成"]);
  });
});

describe("kind by header signature", () => {
  test("a sheet with a neutral name is recognised by its headers", () => {
    const r = read([sheet("Sheet1", [KE_HEADER, keRow(1)]), sheet("Sheet2", [["标题"], PROJECT_HEADER, projectRow])]);
    expect(r.sheets.map((s) => [s.sheet, s.kind, s.kindSource, s.headerRow])).toEqual([
      ["Sheet1", "key-enterprises", "headers", 1],
      ["Sheet2", "projects", "headers", 2],
    ]);
  });

  test("tech-reform headers beat projects when 技改方向 is there", () => {
    const r = read([sheet("Sheet1", [[...PROJECT_HEADER, "技改方向"], [...projectRow, "改装备"]])]);
    expect(r.sheets[0].kind).toBe("tech-reform");
  });

  test("too few matching headers: not a ledger", () => {
    const r = read([sheet("说明", [["企业名称", "备注"], ["甲", "…"]]), sheet("空", [])]);
    expect(r.sheets).toEqual([]);
    expect(r.ignoredSheets).toEqual(["说明", "空"]);
  });
});

describe("overrides", () => {
  test("opts.overrides win over the sheet name; none makes a sheet not a ledger", () => {
    const r = read([sheet("重点企业", [KE_HEADER, keRow(1)]), sheet("项目", [PROJECT_HEADER, projectRow])], {
      overrides: { 重点企业: "cultivation", 项目: "none" },
    });
    expect(r.sheets.map((s) => [s.sheet, s.kind, s.kindSource])).toEqual([["重点企业", "cultivation", "override"]]);
    expect(r.ignoredSheets).toEqual(["项目"]);
  });

  test("_gx kinds apply, and opts.overrides win over them", () => {
    const settings = gx({ kinds: { 数据: "key-enterprises", 项目: "none" } });
    const sheets = [settings, sheet("数据", [KE_HEADER, keRow(1)]), sheet("项目", [PROJECT_HEADER, projectRow])];
    expect(read(sheets).sheets.map((s) => [s.sheet, s.kindSource])).toEqual([["数据", "override"]]);
    const r = read(sheets, { overrides: { 项目: "projects" } });
    expect(r.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["数据", "key-enterprises"],
      ["项目", "projects"],
    ]);
  });
});

describe("never ledgers", () => {
  test("_gx and its helper sheets, 审核说明, recorded report tabs and sheets named like report tabs are skipped, not listed", () => {
    const ledgerLike = [KE_HEADER, keRow(1)];
    const sheets = [
      gx({ reports: ["我的报表"] }),
      sheet("审核说明", [["工作表", "对象", "规则", "单元格", "说明"]]),
      sheet("_gx_lists", [["张北县"], ["蔚县"]]),
      sheet("我的报表", ledgerLike),
      sheet("校验结果", ledgerLike),
      sheet("校验结果(2)", ledgerLike),
      sheet("目标完成情况 2", ledgerLike),
      sheet("三个一批进展", ledgerLike),
      sheet("项目入统", ledgerLike),
      sheet("县区汇总", ledgerLike),
      sheet("五个百进展", ledgerLike),
      sheet("入统分析", ledgerLike),
      sheet("重点企业", ledgerLike),
    ];
    const r = read(sheets);
    expect(r.sheets.map((s) => s.sheet)).toEqual(["重点企业"]);
    expect(r.ignoredSheets).toEqual([]);
  });

  test("a user's sheet named like a report tab can be made a ledger by an override", () => {
    const r = read([sheet("县区汇总", [KE_HEADER, keRow(1)])], { overrides: { 县区汇总: "key-enterprises" } });
    expect(r.sheets.map((s) => s.sheet)).toEqual(["县区汇总"]);
  });

  test("a recorded report tab stays skipped even when overridden", () => {
    const r = read([gx({ reports: ["汇总"] }), sheet("汇总", [KE_HEADER, keRow(1)])], { overrides: { 汇总: "key-enterprises" } });
    expect(r.sheets).toEqual([]);
  });
});

describe("mappings from _gx", () => {
  test("a missing required column mapped to the sheet's own header binds to it (mapped) and is not missing", () => {
    const header = ["企业名称", "代码", "所属县区", "本年营业收入", "上年营业收入"];
    const rows = [header, ["甲", code(1), "张北", 10, 9]];
    const plain = read([sheet("重点企业", rows)]);
    expect(plain.findings.map((f) => [f.rule, f.params?.column ?? f.params?.header])).toEqual([
      ["header.unknown", "代码"],
      ["header.missing", "统一社会信用代码"],
    ]);
    const mapped = read([gx({ mappings: { 重点企业: { uscc: "代码" } } }), sheet("重点企业", rows)]);
    expect(mapped.findings).toEqual([]);
    expect(mapped.sheets[0].columns.find((c) => c.key === "uscc")).toEqual({ key: "uscc", col: 2, header: "代码", factor: 1, percent: false, mapped: true });
    expect(mapped.sheets[0].records[0].values.uscc).toBe(code(1));
  });

  test("a mapping to a two-row header uses the joined text the reader shows", () => {
    const rows = [["企业名称", "统一社会信用代码", "所属县区", "收入", null], [null, null, null, "今年", "去年"], ["甲", code(1), "张北", 10, 9]];
    const merges = [{ top: 1, left: 4, bottom: 1, right: 5 }];
    const settings = gx({ mappings: { 重点企业: { revenue: "收入·今年", revenuePrev: "收入·去年" } } });
    const r = read([settings, sheet("重点企业", rows, merges)]);
    expect(r.findings).toEqual([]);
    expect(r.sheets[0].records[0].values).toMatchObject({ revenue: 10, revenuePrev: 9 });
  });
});
