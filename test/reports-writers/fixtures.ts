/**
 * Hand-made report layouts and ledger workbooks for the writer tests: the writers are tested on layouts written
 * here, independent of the tab models, and again on layouts the models produce.
 */

import { writeReportTabs } from "../../src/ports/file/shared/report-writer";
import { XlsxPackage } from "../../src/ports/file/shared/xlsx-package";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { Block, CellStyle, LaidCell, ReportLayout } from "../../src/core/reports/layout-types";
import type { CellLink, ReportValue } from "../../src/core/reports/model";
import type { Scalar, WorkbookFixture } from "../support/simulated-excel";

export const F = { money: "#,##0.00", rate: "0.0%", count: "0", number: "General", text: "@" } as const;

export interface HandSection {
  heading?: string;
  notes?: string[];
  header: string[];
  formats: string[];
  rows: ReportValue[][];
  total?: ReportValue[];
  /** Column (0-based) whose cells link to `link(rowIndex)`. */
  linkColumn?: number;
  link?: (i: number) => CellLink;
  dataBarColumns?: number[];
  asTable?: boolean;
}

export interface HandTab {
  tab: string;
  title: string;
  subtitle: string;
  sections: HandSection[];
  /** Charts over section 0: category column and series columns (0-based). */
  charts?: { kind: "bar" | "column"; title: string; categories: number; series: number[] }[];
}

/** Lays a tab out the way REPORTS.md describes: title, subtitle, then per section heading, notes, header, rows, total. */
export function handLayout(spec: HandTab): ReportLayout {
  const cols = Math.max(...spec.sections.map((s) => s.header.length));
  const cells: LaidCell[] = [];
  const merges: Block[] = [];
  const dataBars: Block[] = [];
  const tables: Block[] = [];
  const put = (row: number, col: number, value: ReportValue, numFmt: string, style: CellStyle, link?: CellLink) =>
    cells.push({ row, col, value, numFmt, style, ...(link ? { link } : {}) });
  const line = (row: number, text: string, style: CellStyle) => {
    put(row, 1, text, F.text, style);
    if (cols > 1) merges.push({ top: row, left: 1, bottom: row, right: cols });
  };
  line(1, spec.title, "title");
  line(2, spec.subtitle, "subtitle");
  let row = 3;
  let frozenRows = 2;
  const bodies: { first: number; last: number }[] = [];
  spec.sections.forEach((s, k) => {
    if (k > 0) row++;
    if (s.heading) line(row++, s.heading, "heading");
    for (const n of s.notes ?? []) line(row++, n, "note");
    const headerRow = row++;
    if (k === 0) frozenRows = headerRow;
    s.header.forEach((h, j) => put(headerRow, j + 1, h, F.text, "header"));
    const first = row;
    s.rows.forEach((r, i) => {
      r.forEach((v, j) => put(row, j + 1, v, s.formats[j], "body", j === s.linkColumn && s.link ? s.link(i) : undefined));
      row++;
    });
    const last = row - 1;
    if (s.total) {
      s.total.forEach((v, j) => put(row, j + 1, v, s.formats[j], "total"));
      row++;
    }
    if (s.rows.length > 0) {
      for (const j of s.dataBarColumns ?? []) dataBars.push({ top: first, left: j + 1, bottom: last, right: j + 1 });
      if (s.asTable) tables.push({ top: headerRow, left: 1, bottom: last, right: s.header.length });
    }
    bodies.push({ first, last });
  });
  const column = (j: number): Block => ({ top: bodies[0].first, left: j + 1, bottom: bodies[0].last, right: j + 1 });
  return {
    tab: spec.tab,
    cells,
    merges,
    frozenRows,
    widths: Array.from({ length: cols }, (_, j) => 8 + (j % 4) * 4),
    rowLines: [],
    printTitles: frozenRows > 2 ? { top: frozenRows, bottom: frozenRows } : null,
    dataBars,
    tables,
    charts: (spec.charts ?? []).map((c) => ({
      kind: c.kind,
      title: c.title,
      categories: column(c.categories),
      series: c.series.map(column),
      seriesNames: c.series.map((j) => spec.sections[0].header[j]),
    })),
    rows: row - 1,
    cols,
  };
}

const LEVELS = ["错误", "警告", "提示"];

/** A 校验结果 tab of `n` findings, each linking to its ledger cell; messages of realistic length. */
export function checkResultsTab(n: number, tab = "校验结果"): ReportLayout {
  const rows: ReportValue[][] = Array.from({ length: n }, (_, i) => [
    LEVELS[i % 3],
    i % 2 ? "百家重点企业" : "百项工业项目库",
    `C${i + 5}`,
    i % 2 ? "uscc.checksum" : "number.negative",
    `第${i + 5}行的统一社会信用代码校验位不正确，应为 ${i % 10}`,
    i % 4 === 0 ? -1234.5 : `91450100MA5K${String(i).padStart(6, "0")}`,
    "核对营业执照上的统一社会信用代码后重新填写",
    "",
  ]);
  return handLayout({
    tab,
    title: "2022年1-10月 校验结果",
    subtitle: "工作簿：样例台账.xlsx · 方案：2022 年内置方案 · 生成时间：2022-11-05 14:30",
    sections: [
      {
        notes: [`错误 ${Math.ceil(n / 3)} · 警告 ${Math.ceil((n - 1) / 3)}（已说明 0）· 提示 ${Math.floor(n / 3)} · 状态 不可报送`],
        header: ["级别", "工作表", "单元格", "规则", "问题说明", "当前值", "修改建议", "审核说明"],
        formats: [F.text, F.text, F.text, F.text, F.text, F.number, F.text, F.text],
        rows,
        linkColumn: 2,
        link: (i) => ({ sheet: i % 2 ? "百家重点企业" : "百项工业项目库", cell: `C${i + 5}` }),
        asTable: true,
      },
    ],
  });
}

/** A 目标完成情况 tab: rates with data bars, a table, a bar chart of 完成率 against 序时进度. */
export function targetsTab(n: number, tab = "目标完成情况"): ReportLayout {
  const rows: ReportValue[][] = Array.from({ length: n }, (_, i) => [
    i + 1,
    `指标${i + 1}`,
    i % 2 ? "家" : "亿元",
    100 + i,
    90 + (i % 20),
    (90 + (i % 20)) / (100 + i),
    10 / 12,
    (90 + (i % 20)) / (100 + i) - 10 / 12,
    i % 3 ? "超序时进度" : "落后序时进度",
    i % 2 ? "台账计算" : "填报",
    `（${(i % 9) + 1}）`,
  ]);
  return handLayout({
    tab,
    title: "2022年1-10月 目标完成情况",
    subtitle: "工作簿：样例台账.xlsx · 方案：2022 年内置方案 · 生成时间：2022-11-05 14:30",
    sections: [
      {
        header: ["序号", "指标", "单位", "目标", "实际完成", "完成率", "序时进度", "进度差", "状态", "来源", "条款"],
        formats: [F.count, F.text, F.text, F.number, F.number, F.rate, F.rate, F.rate, F.text, F.text, F.text],
        rows,
        dataBarColumns: [5],
        asTable: true,
      },
    ],
    charts: [{ kind: "bar", title: "完成率与序时进度", categories: 1, series: [5, 6] }],
  });
}

/** A 县区汇总 tab with a total row and a column chart of project investment by county. */
export function regionsTab(n: number, tab = "县区汇总"): ReportLayout {
  const rows: ReportValue[][] = Array.from({ length: n }, (_, i) => [`县区${i + 1}`, i, i * 2, i % 5, i * 3, i * 1000.25, i * 500.5, i % 7, 0.5, i % 4, i % 6]);
  const sum = (j: number) => rows.reduce((a, r) => a + (r[j] as number), 0);
  return handLayout({
    tab,
    title: "2022年1-10月 县区汇总",
    subtitle: "工作簿：样例台账.xlsx · 方案：2022 年内置方案 · 生成时间：2022-11-05 14:30",
    sections: [
      {
        header: ["县区", "重点企业", "培育企业", "应入统企业", "工业项目", "项目总投资", "本年完成投资", "技改项目", "三个一批完成率", "错误", "警告"],
        formats: [F.text, F.count, F.count, F.count, F.count, F.money, F.money, F.count, F.rate, F.count, F.count],
        rows,
        total: ["合计", sum(1), sum(2), sum(3), sum(4), sum(5), sum(6), sum(7), 0.5, sum(9), sum(10)],
        dataBarColumns: [8],
      },
    ],
    charts: [{ kind: "column", title: "项目总投资（按县区）", categories: 0, series: [5] }],
  });
}

/** A two-part tab (入统分析-like) with headings, of different widths. */
export function partsTab(tab = "入统分析"): ReportLayout {
  return handLayout({
    tab,
    title: "2022年1-10月 入统分析",
    subtitle: "工作簿：样例台账.xlsx · 方案：2022 年内置方案 · 生成时间：2022-11-05 14:30",
    sections: [
      {
        heading: "A. 达到规上标准未入统企业",
        header: ["企业名称", "信用代码", "县区", "营业收入", "来源", "建议"],
        formats: [F.text, F.text, F.text, F.money, F.text, F.text],
        rows: [
          ["甲公司", "914501001234567890", "兴宁区", 2500.5, "规下企业培育库", "及时办理入统手续"],
          ["乙公司", "91450100MA5K000001", "青秀区", 2100, "百家重点企业", "及时办理入统手续"],
        ],
        asTable: true,
      },
      {
        heading: "B. 培育类别 × 入统状态",
        header: ["培育类别", "已入统", "未入统", "合计"],
        formats: [F.text, F.count, F.count, F.count],
        rows: [
          ["成长型", 3, 2, 5],
          ["潜力型", 1, 4, 5],
        ],
        total: ["合计", 4, 6, 10],
      },
    ],
  });
}

/** The strings REPORTS.md says must land as text: every formula lead, and Excel's other readings of text. */
export const INJECTIONS = [
  "=1+1",
  "=HYPERLINK(\"http://example.invalid\",\"x\")",
  "+1+2",
  "+SUM(A1)",
  "-2+3",
  "-A1",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "0012",
  "914501001234567890",
  "TRUE",
  "2022-10-01",
  "#N/A",
  "12%",
];

/** A tab whose every column carries every injected string, plus numbers (negatives included) that stay numbers. */
export function injectionTab(tab: string, cols = 8): ReportLayout {
  const header = Array.from({ length: cols }, (_, j) => `列${j + 1}`);
  const formats = Array.from({ length: cols }, (_, j) => [F.text, F.number, F.money, F.rate, F.count][j % 5]);
  const rows: ReportValue[][] = INJECTIONS.map((s) => header.map(() => s));
  rows.push(header.map((_, j) => (j % 2 ? -12.5 : -3)));
  return handLayout({
    tab,
    title: `注入 ${tab}`,
    subtitle: "=cmd|' /C calc'!A0",
    sections: [{ header, formats, rows, total: header.map((_, j) => (j === 0 ? "-合计" : -j)) }],
  });
}

/** The ledger sheets of the tests' workbook: values only, as a user's file would have them. */
export function ledgerFixture(extra: WorkbookFixture["sheets"] = []): WorkbookFixture {
  const companies: Scalar[][] = [["企业名称", "统一社会信用代码", "所属县区", "本年营业收入"]];
  for (let i = 0; i < 30; i++) companies.push([`企业${i}`, `91450100MA5K${String(i).padStart(6, "0")}`, i % 2 ? "兴宁区" : "青秀区", 1000 + i * 10.5]);
  const projects: Scalar[][] = [["项目名称", "建设单位", "总投资", "备注"]];
  for (let i = 0; i < 20; i++) projects.push([`项目${i}`, `单位${i}`, 5000 + i, i % 3 ? "" : "=SUM(C2:C5)"]);
  return {
    sheets: [
      { name: "百家重点企业", values: companies },
      { name: "百项工业项目库", values: projects },
      ...extra,
    ],
  };
}

/** The same workbook for ExcelJS. */
export function ledgerWorkbook(fixture: WorkbookFixture = ledgerFixture()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of fixture.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === "VeryHidden" ? "veryHidden" : s.visibility === "Hidden" ? "hidden" : "visible" });
    (s.values ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === "") return;
        ws.getCell(i + 1, j + 1).value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : v;
      }),
    );
  }
  return wb;
}

export function hash(x: unknown): string {
  return createHash("sha256").update(JSON.stringify(x)).digest("hex");
}

/** The file writer as `gx-ledger report` uses it: a part-level copy of `bytes` with the tabs added. */
export async function reportCopy(bytes: Uint8Array | ArrayBuffer, layouts: readonly ReportLayout[]) {
  const pkg = await XlsxPackage.open(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const result = await writeReportTabs(pkg, layouts);
  return { result, out: await pkg.save() };
}

/** The zip path of a sheet's part, by its name (workbook.xml and its relationships). */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const esc = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const sheet = new RegExp(`<sheet\\b[^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`).exec(wb)?.[0] ?? "";
  const rid = /\br:id="([^"]*)"/.exec(sheet)?.[1];
  const rel = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)?.[0] ?? "";
  const target = /Target="([^"]*)"/.exec(rel)?.[1] ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
