import type { CellValue, SheetData, WorkbookData } from "../../src/core/read/types";
import { buildReports, layoutReport, REPORT_TABS } from "../../src/core/reports";
import type { ReportModel } from "../../src/core/reports/model";
import { checkWorkbook } from "../../src/core/check";
import { body, CTX, CTX_EN, makeCheck, plain, rowOf, uscc } from "./fixtures";

function sheetData(name: string, rows: CellValue[][]): SheetData {
  return { name, rows, merges: [] };
}

const B = uscc(2, "130726");

/** A small workbook as a port hands it over: every kind the tabs read, in the shapes ledgers come in. */
const WORKBOOK: WorkbookData = {
  name: "张家口台账.xlsx",
  sheets: [
    sheetData("百家重点企业", [
      ["2022年百家重点企业台账"],
      ["企业名称", "统一社会信用代码", "所属县区", "所属产业", "本年营业收入", "上年营业收入", "是否规上", "审核说明"],
      ["+甲企业", uscc(1), "张北", "冰雪装备", 3000, 2500, "是", null],
      ["乙企业", B, "蔚县", "食品", 2500, 2000, "否", null],
      ["丙企业", uscc(3, "130705"), "宣化区", "其他", 800, 1000, "否", null],
    ]),
    sheetData("规下企业培育库", [
      ["企业名称", "统一社会信用代码", "所属县区", "培育类别", "上年全年营业收入", "本年营业收入", "培育方案", "入统状态"],
      ["乙企业", B, "蔚县", "营收1000-2000万", 1800, 2100, "一企一策", "未入统"],
      ["丁企业", uscc(4), "火星县", "新建投产", 300, 600, "一企一策", "已申报"],
    ]),
    sheetData("工业项目", [
      ["项目名称", "建设单位", "所属县区", "产业类别", "建设阶段", "总投资", "本年完成投资", "开工时间", "是否入统", "未入统原因"],
      ["项目一", "甲公司", "张北县", "冰雪装备", "续建", 800, 300, "2021-05", "否", null],
      ["项目二", "乙公司", "蔚县", "食品加工", "在建", 600, 100, "2022-03", "是", null],
    ]),
    sheetData("技改项目", [
      ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "开工时间", "是否入统", "技改方向"],
      ["技改一", "丙公司", "宣化区", "新开工", 550, 100, "2022-04", "否", "改装备"],
    ]),
    sheetData("三个一批", [
      ["企业名称", "所属县区", "类别", "进展状态", "完成时间"],
      ["一厂", "张北县", "搬迁入园进区", "已完成", "2022-06-30"],
      ["二厂", "蔚县", "搬迁入园进区", "推进中", null],
    ]),
    sheetData("产业集群", [
      ["集群名称", "所属县区", "本年营业收入", "上年营业收入"],
      ["冰雪装备集群", "张北县", 110, 100],
    ]),
    sheetData("目标任务", [
      ["指标名称", "目标值", "单位", "实际完成", "截止月份"],
      ["百家重点企业", 100, "家", 98, 10],
      ["搬迁入园进区完成率", 80, "%", 60, 10], // the ledger gives 1 of 2
      ["净增规上企业", 35, "家", 12, 10],
    ]),
    sheetData("说明", [["本工作簿为测试用"]]),
  ],
};

describe("buildReports", () => {
  test("REPORT_TABS are the seven standard tabs in order", () => {
    expect(REPORT_TABS).toEqual(["校验结果", "目标完成情况", "五个百进展", "入统分析", "项目入统", "县区汇总", "三个一批进展"]);
  });

  test("builds the tabs asked for, in the standard order; an unknown name throws", () => {
    const models = buildReports(makeCheck(), CTX, ["县区汇总", "校验结果"]);
    expect(models.map((m) => m.tab)).toEqual(["校验结果", "县区汇总"]);
    expect(() => buildReports(makeCheck(), CTX, ["总表"])).toThrow("总表");
  });

  test("tabs that count the same thing agree (fixture workbook)", () => {
    const [, targets, five, , , regions, batches] = buildReports(makeCheck(), CTX);
    const target = (name: string) => body(targets.sections[0]).find((r) => r[1] === name)!;
    expect(target("百家重点企业")[4]).toBe(body(five.sections[0])[0][1]);
    expect(plain(regions.sections[0].total!)[1]).toBe(body(five.sections[0])[0][1]);
    expect(target("搬迁入园进区完成率")[4]).toBe(rowOf(batches.sections[0], "搬迁入园进区")[5]);
  });
});

describe("the seven tabs of a checked workbook", () => {
  const result = checkWorkbook(WORKBOOK, { today: new Date(2022, 10, 5) });
  const models = buildReports(result, CTX);
  const byTab = (tab: string): ReportModel => models.find((m) => m.tab === tab)!;

  test("all seven build and lay out, each cell once and inside the used range", () => {
    expect(result.period).toBe(10);
    expect(models.map((m) => m.tab)).toEqual([...REPORT_TABS]);
    for (const m of models) {
      expect(m.title).toBe(`2022年1-10月 ${m.tab}`);
      const layout = layoutReport(m);
      const positions = layout.cells.map((c) => `${c.row}:${c.col}`);
      expect(new Set(positions).size).toBe(positions.length);
      expect(layout.cells.every((c) => c.row >= 1 && c.row <= layout.rows && c.col >= 1 && c.col <= layout.cols)).toBe(true);
      expect(layout.widths).toHaveLength(layout.cols);
    }
  });

  test.each([
    ["zh-CN", CTX],
    ["en-US", CTX_EN],
  ])("every Excel table has unique, non-empty headers (%s)", (_lang, ctx) => {
    for (const m of buildReports(result, ctx)) {
      const layout = layoutReport(m);
      for (const t of layout.tables) {
        const heads = layout.cells.filter((c) => c.row === t.top && c.col >= t.left && c.col <= t.right).map((c) => c.value);
        expect(heads).toHaveLength(t.right - t.left + 1);
        expect(heads.every((h) => typeof h === "string" && h !== "")).toBe(true);
        expect(new Set(heads).size).toBe(heads.length);
      }
    }
  });

  test("校验结果 lists every finding", () => {
    expect(byTab("校验结果").sections[0].rows).toHaveLength(result.findings.length);
  });

  test("目标完成情况 shows the ledger's count where the targets sheet disagrees, and the check says so", () => {
    const row = body(byTab("目标完成情况").sections[0]).find((r) => r[1] === "百家重点企业")!;
    expect(row.slice(4, 6)).toEqual([3, 0.03]);
    expect(row[9]).toBe("台账计算");
    const differs = result.findings.filter((f) => f.rule === "target.ledger-differs").map((f) => f.key);
    expect(differs).toEqual(expect.arrayContaining(["百家重点企业", "搬迁入园进区完成率"]));
    const relocation = body(byTab("目标完成情况").sections[0]).find((r) => r[1] === "搬迁入园进区完成率")!;
    expect(relocation[4]).toBe(0.5);
  });

  test("入统分析 lists 乙企业 once, from both ledgers", () => {
    expect(body(byTab("入统分析").sections[0]).map((r) => [r[0], r[1], r[4]])).toEqual([["乙企业", B, "百家重点企业、规下企业培育库"]]);
  });

  test("县区汇总's 合计 equals the ledgers' totals; the unknown county is 未识别", () => {
    const regions = byTab("县区汇总").sections[0];
    expect(plain(regions.total!).slice(1, 8)).toEqual([3, 2, 1, 2, 1400, 400, 1]);
    expect(rowOf(regions, "未识别").slice(1, 3)).toEqual([0, 1]);
    expect(rowOf(regions, "张北县").slice(1, 2)).toEqual([1]);
  });

  test("项目入统 lists the projects under construction not included", () => {
    expect(body(byTab("项目入统").sections[0]).map((r) => [r[0], r[6]])).toEqual([
      ["项目一", "应统未统"],
      ["技改一", "应统未统"],
    ]);
  });
});
