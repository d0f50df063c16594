import type { CellValue } from "../../src/core/read/types";
import type { ReportCell, ReportValue } from "../../src/core/reports/model";
import { checkWorkbook } from "../../src/core/check";
import { buildTargets } from "../../src/core/reports/targets";
import { body, CTX, CTX_EN, expectRow, headers, makeCheck, TARGETS } from "./fixtures";

const E = 10 / 12; // 序时进度 of 1-10月

describe("目标完成情况", () => {
  const model = buildTargets(makeCheck(), CTX);
  const [section] = model.sections;
  const rows = body(section);
  const byName = (name: string): ReportValue[] => {
    const r = rows.find((x) => x[1] === name);
    if (!r) throw new Error(name);
    return r;
  };

  test("has one row per profile target, numbered, with the standard columns", () => {
    expect(model.title).toBe("2022年1-10月 目标完成情况");
    expect(headers(section)).toEqual(["序号", "指标", "单位", "目标", "实际完成", "完成率", "序时进度", "进度差", "状态", "来源", "条款"]);
    expect(rows).toHaveLength(27);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(rows[0][1]).toBe("规模以上工业增加值增速");
    expect(rows[26][1]).toBe("经营管理者培训服务企业");
  });

  test.each<[string, ReportValue[]]>([
    // counts: 完成率 = actual / target, 序时进度 = 10/12, 进度差 = the difference
    ["净增规模以上工业企业", ["家", 35, 14, 0.4, E, 0.4 - E, "落后序时进度", "填报", "一"]],
    ["服务器规模", ["万台", 120, 90, 0.75, null, null, "未完成", "填报", "二.12"]],
    ["工业设计对接服务企业", ["家", 150, 130, 130 / 150, E, 130 / 150 - E, "超序时进度", "填报", "二.16"]],
    ["省级以上绿色工厂", ["家", 3, 3, 1, null, null, "已完成", "填报", "二.8"]],
    // a range target 1～2: against its lower bound
    ["新增超100亿元产业集群", ["个", "1～2", 1, 1, E, 1 - E, "已完成", "填报", "二.7"]],
    ["规模以上冰雪装备企业", ["家", "1～2", null, null, E, null, "未填报", null, "二.9"]],
    ["市级以上节水型企业", ["家", 3, null, null, null, null, "未填报", null, "二.8"]],
    // stocks and lists (pace none): 已完成 or 未完成, no 序时进度
    // ledger counts win over the targets sheet (百家重点企业 says 98, the ledger has 4 records)
    ["百家重点企业", ["家", 100, 4, 0.04, null, null, "未完成", "台账计算", "二.1"]],
    ["规下企业培育库", ["家", 100, 5, 0.05, null, null, "未完成", "台账计算", "二.2"]],
    ["下滑企业增效", ["家", 100, 2, 0.02, null, null, "未完成", "台账计算", "二.3"]],
    ["百项工业项目库", ["项", 100, 6, 0.06, null, null, "未完成", "台账计算", "二.4"]],
    ["百项技改项目库", ["项", 100, 2, 0.02, null, null, "未完成", "台账计算", "二.5"]],
    // rates: no 序时进度; the gap in percentage points (4.2 % written as 4.2 with 单位 %)
    ["规模以上工业增加值增速", ["%", 0.055, 0.042, null, null, 0.042 - 0.055, "低于目标1.3个百分点", "填报", "一"]],
    ["工业固定资产投资增速", ["%", 0.07, null, null, null, null, "未填报", null, "一"]],
    // 三个一批: 搬迁入园进区 2 of 3 done, 就地改造提升 0 of 2
    ["搬迁入园进区完成率", ["%", 0.8, 2 / 3, null, null, 2 / 3 - 0.8, "低于目标13.3个百分点", "台账计算", "二.6"]],
    ["就地改造提升完成率", ["%", 0.8, 0, null, null, -0.8, "低于目标80.0个百分点", "台账计算", "二.6"]],
    // clusters with both revenues: (110 + 45) / (100 + 40) − 1
    ["县域特色产业集群营业收入增速", ["%", 0.1, 155 / 140 - 1, null, null, 155 / 140 - 1.1, "达到目标，高0.7个百分点", "台账计算", "二.7"]],
  ])("%s", (name, expected) => {
    expectRow(byName(name).slice(2), expected);
  });

  test("目标 and 实际完成 carry their indicator's format: rates as percentages, counts whole, ranges as text", () => {
    const row = (name: string) => section.rows.find((r) => r[1] === name)!;
    expect((row("规模以上工业增加值增速")[3] as ReportCell).format).toBe("rate");
    expect((row("规模以上工业增加值增速")[4] as ReportCell).format).toBe("rate");
    expect((row("百家重点企业")[3] as ReportCell).format).toBe("count");
    expect((row("服务器规模")[4] as ReportCell).format).toBe("number");
    expect((row("新增超100亿元产业集群")[3] as ReportCell).format).toBe("text");
  });

  test("完成率 has a data bar and the chart plots it against 序时进度 by indicator", () => {
    expect(section.columns[5]).toMatchObject({ header: "完成率", format: "rate", dataBar: true });
    expect(section.columns[6]).toMatchObject({ header: "序时进度", format: "rate" });
    expect(model.charts).toEqual([{ kind: "column", title: "完成率与序时进度", section: 0, categories: 1, series: [5, 6] }]);
  });

  test("without the ledger, the targets sheet's figure is used and marked 填报", () => {
    const m = buildTargets(makeCheck({ sheets: [TARGETS] }), CTX);
    const r = body(m.sections[0]).find((x) => x[1] === "百家重点企业")!;
    expectRow(r.slice(4, 10), [98, 0.98, null, null, "未完成", "填报"]);
    const relocation = body(m.sections[0]).find((x) => x[1] === "搬迁入园进区完成率")!;
    expect(relocation.slice(4, 10)).toEqual([null, null, null, null, "未填报", null]);
  });

  test("a period of one month is 1月 and its 序时进度 1/12", () => {
    const m = buildTargets(makeCheck({ period: 1 }), CTX);
    expect(m.title).toBe("2022年1月 目标完成情况");
    expect(body(m.sections[0])[3][6]).toBeCloseTo(1 / 12, 12);
  });

  test("English words, Chinese indicator names", () => {
    const en = buildTargets(makeCheck(), CTX_EN);
    const r = body(en.sections[0]).find((x) => x[1] === "百家重点企业")!;
    expect(r.slice(8, 10)).toEqual(["not achieved", "from the ledgers"]);
    expect(headers(en.sections[0])[5]).toBe("Completion");
  });

  // Issue 12: the audit's cases, through the reader and the check as a user's workbook gives them.
  const checked = (rows: CellValue[][], period: number) =>
    checkWorkbook({ name: "t.xlsx", sheets: [{ name: "目标任务", rows, merges: [] }] }, { period });
  const rowNamed = (m: ReturnType<typeof buildTargets>, name: string) => body(m.sections[0]).find((x) => x[1] === name)!;

  test("150 in a 实际完成(%) column is 150 %, 达到目标 (read once, not divided twice)", () => {
    const result = checked([["指标名称", "目标值", "单位", "实际完成(%)"], ["技改投资增速", 6, "%", 150]], 10);
    const r = rowNamed(buildTargets(result, CTX), "工业技术改造投资增速");
    expectRow(r.slice(4, 9), [1.5, null, null, 1.44, "达到目标，高144.0个百分点"]);
    expect(result.findings.filter((f) => f.rule === "target.differs")).toEqual([]);
  });

  test.each<[string, CellValue, number]>([
    ["0.8 with 单位 % is 0.8 %", 0.8, 0.008],
    ["5.5 with 单位 % is 5.5 %", 5.5, 0.055],
    // a cell formatted as a percentage: the port hands over what it shows, the stored 0.8 is already the fraction
    ["a cell shown as 80% with 单位 % is 80 %", "80%", 0.8],
  ])("增加值增速 %s", (_title, actual, expected) => {
    const result = checked([["指标名称", "目标值", "单位", "实际完成"], ["工业增加值增速", "5.5%", "%", actual]], 10);
    const r = rowNamed(buildTargets(result, CTX), "规模以上工业增加值增速");
    expect(r[4]).toBeCloseTo(expected, 12);
    expect(r[8]).toEqual(expected >= 0.055 ? expect.stringContaining("达到目标") : expect.stringContaining("低于目标"));
    expect(result.findings.filter((f) => f.rule === "target.differs")).toEqual([]);
  });

  test("90 key enterprises at period 6: 未完成, no 序时进度", () => {
    const result = checked([["指标名称", "目标值", "单位", "实际完成"], ["百家重点企业", 100, "家", 90]], 6);
    const r = rowNamed(buildTargets(result, CTX), "百家重点企业");
    expectRow(r.slice(4, 9), [90, 0.9, null, null, "未完成"]);
  });
});
