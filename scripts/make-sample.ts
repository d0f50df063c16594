/**
 * Generates samples/样例台账.xlsx, the workbook `gx-ledger demo` checks, and scripts/sample-defects.json, the
 * findings planted in it. Run: `npx tsx scripts/make-sample.ts`.
 *
 * The workbook looks like a county statistician's: title rows, a 单位 line, two-row headers, header aliases, a
 * 合计 row and a footer, every ledger kind, a sheet that is not a ledger. Everything is drawn from a seeded
 * generator (no clock, no Math.random), so the same file comes out every time. The data obey every rule except
 * for the defects planted on purpose; each planted defect is recorded with the cell or row where the check must
 * report it, and test/cli/sample.test.ts insists the check reports exactly those.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { usccCheckChar, USCC_ALPHABET } from "../src/core/calc/uscc";
import { BUILTIN_PROFILE } from "../src/core/profile";
import type { Region } from "../src/core/profile/types";
import { columnLetters } from "../src/core/sheet";
import { mulberry32 } from "./synthetic/random";
import { stampZip } from "./synthetic/zip-stamp";
import { BRANDS, BUREAUS, INDUSTRIES, INDUSTRY_WORDS, PEOPLE, PROJECT_WORDS, shortPlace, SUFFIXES } from "./synthetic/words";

const ROOT = join(__dirname, "..");
export const SAMPLE_FILE = join(ROOT, "samples", "样例台账.xlsx");
export const DEFECTS_FILE = join(ROOT, "scripts", "sample-defects.json");

const YEAR = BUILTIN_PROFILE.year;
const PERIOD = 10;
// A fixed date for the workbook's properties, so that the file does not change from run to run.
const FIXED_DATE = new Date(Date.UTC(2022, 10, 8, 9, 0, 0));

/** A planted defect: where the check must report it. */
export interface PlantedDefect {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string | null;
  row: number | null;
  explained: boolean;
  what: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness.

const SEED = 20221108;
// Module state, reset by makeSample so that every call draws the same workbook.
let random = mulberry32(SEED);
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const intBetween = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const chance = (p: number) => random() < p;
const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

// ---------------------------------------------------------------------------------------------------------------
// Enterprises: one name, one code, one county each, wherever they appear (xref.name-code / code-name stay quiet).

const REGIONS = BUILTIN_PROFILE.regions;

interface Firm {
  name: string;
  code: string;
  region: Region;
  industry: string;
  industryCode: string;
}

const usedNames = new Set<string>();
const usedCodes = new Set<string>();

function usccFor(region: Region): string {
  for (;;) {
    const body = chance(0.6)
      ? "MA0" + Array.from({ length: 6 }, () => pick([...USCC_ALPHABET])).join("")
      : Array.from({ length: 8 }, () => String(intBetween(0, 9))).join("") + pick([...USCC_ALPHABET]);
    const first17 = "91" + region.code + body;
    const code = first17 + (usccCheckChar(first17) as string);
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
  }
}

function newFirm(industry = pick(INDUSTRIES), region = pick(REGIONS)): Firm {
  const spec = INDUSTRY_WORDS[industry];
  for (;;) {
    const prefix = chance(0.55) ? shortPlace(region) : pick(["张家口", "河北", "张家口市", "冀北"]);
    const name = `${prefix}${pick(BRANDS)}${pick(spec.words)}${pick(SUFFIXES)}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    return { name, code: usccFor(region), region, industry, industryCode: pick(spec.codes) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sheet writing helpers.

const MONEY = "#,##0.00";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  border: THIN,
};

type Cell = string | number | Date | null;

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

class SheetWriter {
  readonly ws: ExcelJS.Worksheet;
  /** The next row to write. */
  row = 1;

  constructor(wb: ExcelJS.Workbook, readonly name: string, readonly columns: Column[]) {
    this.ws = wb.addWorksheet(name);
    columns.forEach((c, i) => {
      this.ws.getColumn(i + 1).width = c.width;
    });
  }

  title(text: string, size = 16): void {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.style = { font: { bold: true, size }, alignment: { horizontal: "center", vertical: "middle" } };
    this.ws.mergeCells(this.row, 1, this.row, this.columns.length);
    this.ws.getRow(this.row).height = 28;
    this.row++;
  }

  unitLine(text: string): void {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.alignment = { horizontal: "right" };
    this.ws.mergeCells(this.row, 1, this.row, this.columns.length);
    this.row++;
  }

  header(): void {
    this.columns.forEach((c, i) => {
      const cell = this.ws.getCell(this.row, i + 1);
      cell.value = c.header;
      cell.style = HEADER_STYLE;
    });
    this.freeze();
    this.row++;
  }

  /** A two-row header: `groups` names the parents spanning several columns (first column, parent); the rest merge down. */
  twoRowHeader(groups: { from: number; to: number; parent: string; children: string[] }[]): void {
    const top = this.row;
    const grouped = new Set<number>();
    for (const g of groups) {
      this.ws.getCell(top, g.from).value = g.parent;
      this.ws.mergeCells(top, g.from, top, g.to);
      g.children.forEach((child, i) => {
        this.ws.getCell(top + 1, g.from + i).value = child;
        grouped.add(g.from + i);
      });
    }
    this.columns.forEach((c, i) => {
      if (grouped.has(i + 1)) return;
      this.ws.getCell(top, i + 1).value = c.header;
      this.ws.mergeCells(top, i + 1, top + 1, i + 1);
    });
    for (let r = top; r <= top + 1; r++) {
      for (let c = 1; c <= this.columns.length; c++) this.ws.getCell(r, c).style = HEADER_STYLE;
    }
    this.row += 2;
    this.freeze();
  }

  private freeze(): void {
    this.ws.views = [{ state: "frozen", ySplit: this.row, xSplit: 0 }];
  }

  /** Writes a data row and returns its row number. */
  add(values: Cell[]): number {
    const r = this.row++;
    values.forEach((v, i) => {
      const cell = this.ws.getCell(r, i + 1);
      cell.value = v;
      cell.border = THIN;
      const fmt = this.columns[i]?.numFmt;
      if (fmt) cell.numFmt = fmt;
    });
    for (let i = values.length; i < this.columns.length; i++) this.ws.getCell(r, i + 1).border = THIN;
    return r;
  }

  /** The A1 address of column `header` in row `r`. */
  at(header: string, r: number): string {
    const i = this.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`no column ${header} in ${this.name}`);
    return `${columnLetters(i + 1)}${r}`;
  }

  colOf(header: string): number {
    return this.columns.findIndex((c) => c.header === header) + 1;
  }
}

const defects: PlantedDefect[] = [];

function plant(d: Omit<PlantedDefect, "explained" | "row"> & { explained?: boolean; row?: number | null }): void {
  const row = d.row ?? (d.cell ? Number(/\d+$/.exec(d.cell)![0]) : null);
  defects.push({ rule: d.rule, severity: d.severity, sheet: d.sheet, cell: d.cell, row, explained: d.explained ?? false, what: d.what });
}

/** Indices 0..n-1 in a shuffled order, to place defects at rows that are not the first ones. */
function spots(n: number, count: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, count);
}

// ---------------------------------------------------------------------------------------------------------------
// The sheets.


function notesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("填报说明");
  ws.getColumn(1).width = 100;
  [
    `${YEAR}年1-${PERIOD}月工业和信息化重点工作台账`,
    "1. 各县区于每月8日前报送截至上月末的台账数据。",
    "2. 金额单位除特别注明外均为万元；增长率按同口径计算。",
    "3. 统一社会信用代码须与营业执照一致；警告类问题请在“审核说明”列写明原因。",
    "4. 本工作簿为示例数据，由 scripts/make-sample.ts 生成，企业名称和代码均为虚构。",
  ].forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text;
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
}

interface KeyFirm extends Firm {
  scale: boolean;
}

/** `badCodeAt`: an enterprise found in no other ledger, so that its wrong code is reported once. */
function keyEnterprises(wb: ExcelJS.Workbook, firms: KeyFirm[], badCodeAt: number): void {
  const s = new SheetWriter(wb, "百家重点企业", [
    { header: "序号", width: 6 },
    { header: "企业全称", width: 36 },
    { header: "信用代码", width: 22 },
    { header: "县区", width: 14 },
    { header: "所属产业", width: 18 },
    { header: "行业代码", width: 10 },
    { header: "营业收入·本年", width: 14, numFmt: MONEY },
    { header: "营业收入·上年", width: 14, numFmt: MONEY },
    { header: "增长率(%)", width: 10, numFmt: "0.0" },
    { header: "是否规上", width: 10 },
    { header: "包联责任人", width: 12 },
    { header: "审核说明", width: 30 },
  ]);
  s.title(`${YEAR}年1-${PERIOD}月百家重点企业台账`);
  s.unitLine("单位：万元");
  s.twoRowHeader([{ from: 7, to: 8, parent: "营业收入", children: ["本年", "上年同期"] }]);
  const [mismatch, review] = spots(firms.length, 3).filter((i) => i !== badCodeAt);
  // A revenue typed as text (pasted from a report): Excel's SUM leaves it out of the 合计, the check names it.
  const asText = [41, 42, 43].find((i) => i !== badCodeAt && i !== mismatch && i !== review) as number;
  const badCode = badCodeAt;
  let sumCur = 0;
  let sumPrev = 0;
  let textCell = "";
  firms.forEach((f, i) => {
    const current = round2(f.scale ? between(2600, 180000) : between(1100, 1600));
    const growth = i === review ? between(0.62, 0.75) : between(-0.18, 0.32);
    const previous = round2(current / (1 + growth));
    let stated = round1(((current - previous) / previous) * 100);
    if (i === mismatch) stated = round1(stated + 6.4);
    let code = f.code;
    if (i === badCode) {
      // A typing slip in the last character: the checksum no longer matches.
      const right = code[17];
      code = code.slice(0, 17) + USCC_ALPHABET[(USCC_ALPHABET.indexOf(right) + 7) % USCC_ALPHABET.length];
    }
    const note = i === review ? "新建生产线3月投产，产能翻番，增速已核实" : null;
    const r = s.add([i + 1, f.name, code, f.region.name, f.industry, f.industryCode, i === asText ? current.toFixed(2) : current, previous, stated, f.scale ? "是" : "否", pick(PEOPLE), note]);
    if (i !== asText) sumCur += current;
    else {
      textCell = s.at("营业收入·本年", r);
      plant({ rule: "number.text", severity: "info", sheet: s.name, cell: textCell, what: "营业收入以文本形式存储" });
    }
    sumPrev += previous;
    if (i === badCode) plant({ rule: "uscc.checksum", severity: "error", sheet: s.name, cell: s.at("信用代码", r), what: "校验码抄错" });
    if (i === mismatch) plant({ rule: "growth.mismatch", severity: "warning", sheet: s.name, cell: s.at("增长率(%)", r), what: "填报增长率与营业收入不符" });
    if (i === review)
      plant({ rule: "growth.review", severity: "warning", sheet: s.name, cell: s.at("增长率(%)", r), explained: true, what: "增速超过50%，已在审核说明中解释" });
  });
  const total = s.add(["合计", null, null, null, null, null, round2(sumCur), round2(sumPrev), round1(((sumCur - sumPrev) / sumPrev) * 100), null, null, null]);
  plant({ rule: "total.mismatch", severity: "warning", sheet: s.name, cell: s.at("营业收入·本年", total), what: `合计少了以文本存储的 ${textCell}（Excel 求和跳过文本）` });
  s.ws.mergeCells(total, 1, total, 6);
  s.ws.getCell(total, 1).alignment = { horizontal: "center" };
  s.ws.getRow(total).font = { bold: true };
  s.row++;
  s.ws.getCell(s.row, 1).value = "填表人：李红梅      审核人：王建军      填报日期：2022年11月8日";
}

function cultivation(wb: ExcelJS.Workbook, firms: Firm[], alreadyScale: Firm): number {
  const s = new SheetWriter(wb, "规下企业培育库", [
    { header: "序号", width: 6 },
    { header: "企业名称", width: 36 },
    { header: "统一社会信用代码", width: 22 },
    { header: "所属县区", width: 14 },
    { header: "培育类别", width: 18 },
    { header: "2021年营业收入（万元）", width: 14, numFmt: MONEY },
    { header: "本年累计营业收入（万元）", width: 14, numFmt: MONEY },
    { header: "投产时间", width: 12, numFmt: "yyyy-mm-dd" },
    { header: "预计入统时间", width: 12 },
    { header: "一企一策", width: 34 },
    { header: "入统状态", width: 10 },
    { header: "责任单位", width: 14 },
    { header: "审核说明", width: 24 },
  ]);
  s.title(`${YEAR}年规下工业企业培育库`);
  s.header();
  const plans = [
    "一企一策：扩大产能，力争年内达到入统标准",
    "一企一策：协调流动资金贷款，稳定订单",
    "一企一策：帮助申报高新技术企业，拓展市场",
    "一企一策：推动技改扩能，指导规范财务核算",
    "一企一策：对接上下游配套，提升营收",
  ];
  const [noDate, dupAt, scaleAt] = spots(firms.length, 3);
  const rows: { firm: Firm; values: Cell[] }[] = [];
  firms.forEach((f, i) => {
    const category = i === noDate ? "新建投产" : i === scaleAt ? "营收1000-2000万" : pick(["新建投产", "营收1000-2000万", "营收1000-2000万", "退统再入", "超2000万未入统"]);
    const firm = i === scaleAt ? alreadyScale : f;
    let lastYear: number;
    let current: number;
    let status: string;
    let start: Date | null = null;
    if (category === "新建投产") {
      lastYear = round2(between(150, 900));
      current = round2(between(600, 1900));
      status = "未入统";
      start = i === noDate ? null : utc(pick([2021, 2022]), intBetween(1, 9), intBetween(1, 28));
    } else if (category === "营收1000-2000万") {
      lastYear = round2(between(1000, 1990));
      current = round2(between(800, 1950));
      status = firm === alreadyScale ? "未入统" : pick(["未入统", "未入统", "已申报"]);
    } else if (category === "退统再入") {
      lastYear = round2(between(1400, 1990));
      current = round2(between(1200, 1950));
      status = pick(["未入统", "已申报"]);
    } else {
      lastYear = round2(between(2000, 3600));
      current = round2(between(1800, 3200));
      status = pick(["已申报", "已入统"]);
    }
    const expected = `${YEAR}年${intBetween(11, 12)}月`;
    rows.push({
      firm,
      values: [0, firm.name, firm.code, firm.region.name, category, lastYear, current, start, expected, pick(plans), status, pick(BUREAUS), null],
    });
    if (i === dupAt) rows.push({ firm, values: [...rows[rows.length - 1].values] });
  });
  // 超2000万未入统 by last year's whole year, while 1-10月 is still low: scale.should-include by 上年全年.
  const byLastYear = rows.find((e, i) => i > 20 && e.values[4] === "超2000万未入统" && e.firm !== alreadyScale && e.firm.code !== firms[dupAt].code);
  if (byLastYear) {
    byLastYear.values[5] = 2500;
    byLastYear.values[6] = 600;
    byLastYear.values[10] = "未入统";
  }
  const dupCode = firms[dupAt].code;
  rows.forEach((entry, i) => {
    entry.values[0] = i + 1;
    const r = s.add(entry.values);
    if (entry.values[2] === dupCode) plant({ rule: "dup.uscc", severity: "error", sheet: s.name, cell: s.at("统一社会信用代码", r), what: "同一企业录入两次" });
    if (entry.firm === alreadyScale)
      plant({ rule: "xref.already-scale", severity: "error", sheet: s.name, cell: s.at("统一社会信用代码", r), what: "已是规上重点企业，又列入规下培育库" });
    if (entry === byLastYear)
      plant({ rule: "scale.should-include", severity: "warning", sheet: s.name, cell: s.at("入统状态", r), what: "上年全年营业收入2500万元已达规上标准，仍未入统" });
    if (entry.values[4] === "新建投产" && entry.values[7] === null)
      plant({ rule: "cultivation.new-needs-date", severity: "error", sheet: s.name, cell: s.at("投产时间", r), what: "新建投产企业缺投产时间" });
  });
  return rows.length;
}

function declining(wb: ExcelJS.Workbook, firms: Firm[]): void {
  const s = new SheetWriter(wb, "下滑企业", [
    { header: "序号", width: 6 },
    { header: "企业名称", width: 36 },
    { header: "统一社会信用代码", width: 22 },
    { header: "所属县区", width: 14 },
    { header: "下滑类型", width: 10 },
    { header: "利润总额·上年", width: 12, numFmt: MONEY },
    { header: "利润总额·前年", width: 12, numFmt: MONEY },
    { header: "营业收入·上年", width: 12, numFmt: MONEY },
    { header: "营业收入·前年", width: 12, numFmt: MONEY },
    { header: `1-${PERIOD}月利润总额（万元）`, width: 12, numFmt: MONEY },
    { header: "上年同期利润总额（万元）", width: 12, numFmt: MONEY },
    { header: "扭亏增效方案", width: 34 },
    { header: "帮扶措施", width: 24 },
    { header: "进展情况", width: 20 },
    { header: "审核说明", width: 20 },
  ]);
  s.title(`${YEAR}年下滑企业增效台账`);
  s.twoRowHeader([
    { from: 6, to: 7, parent: "利润总额（万元）", children: ["上年", "前年"] },
    { from: 8, to: 9, parent: "营业收入（万元）", children: ["上年", "前年"] },
  ]);
  const plans = ["压减非生产性开支，开拓新市场", "调整产品结构，提高高附加值产品比重", "引进战略投资者，盘活闲置资产", "开展精益管理，降本增效"];
  const helps = ["协调银行续贷", "落实减税降费政策", "组织产销对接", "协调解决用电用气"];
  const progress = ["已落实", "推进中", "部分落实"];
  const [unknownRegion, wrongType] = spots(firms.length, 2);
  firms.forEach((f, i) => {
    const loss = i === wrongType ? true : chance(0.45);
    const revenueBefore = round2(between(3000, 60000));
    const revenue = round2(revenueBefore * between(0.7, 1.05));
    let profitBefore: number;
    let profit: number;
    if (loss && i !== wrongType) {
      profitBefore = round2(between(-300, 900));
      profit = round2(-between(50, 1200));
    } else if (loss) {
      // 亏损 while last year's profit is positive: the type is wrong.
      profitBefore = round2(between(500, 1500));
      profit = round2(between(100, 400));
    } else {
      profitBefore = round2(between(400, 3000));
      profit = round2(profitBefore * between(0.3, 0.9));
    }
    const region = i === unknownRegion ? "涿州市" : f.region.name;
    // 1–10月 against the same months of last year: a third of the losses turned around, most improved.
    const samePeriod = round2(profit * (PERIOD / 12));
    const now = loss && i % 3 === 0 ? round2(Math.abs(samePeriod) * 0.15) : round2(samePeriod * (i % 4 === 1 ? 1.1 : 0.7));
    const r = s.add([i + 1, f.name, f.code, region, loss ? "亏损" : "效益下滑", profit, profitBefore, revenue, revenueBefore, now, samePeriod, pick(plans), pick(helps), pick(progress), null]);
    if (i === unknownRegion) plant({ rule: "region.unknown", severity: "error", sheet: s.name, cell: s.at("所属县区", r), what: "县区填了外市的涿州市" });
    if (i === wrongType) plant({ rule: "declining.type-mismatch", severity: "error", sheet: s.name, cell: s.at("下滑类型", r), what: "标为亏损但上年利润总额为正" });
  });
}

function projectName(builder: Firm, used: Set<string>, suffixes: string[]): string {
  for (;;) {
    const words = PROJECT_WORDS[builder.industry as keyof typeof PROJECT_WORDS];
    const name = `${builder.name.replace(/(集团)?(股份)?有限(责任)?公司$/, "")}${pick(words)}${pick(suffixes)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function projectsSheet(wb: ExcelJS.Workbook, builders: Firm[], count: number): void {
  const s = new SheetWriter(wb, "百项工业项目", [
    { header: "序号", width: 6 },
    { header: "项目名称", width: 40 },
    { header: "建设单位", width: 36 },
    { header: "统一社会信用代码", width: 22 },
    { header: "所属县区", width: 14 },
    { header: "产业类别", width: 18 },
    { header: "建设阶段", width: 10 },
    { header: "投资·总投资", width: 12, numFmt: MONEY },
    { header: "投资·年度计划投资", width: 12, numFmt: MONEY },
    { header: "投资·完成投资", width: 12, numFmt: MONEY },
    { header: "开工时间", width: 12, numFmt: "yyyy-mm-dd" },
    { header: "竣工投产时间", width: 12, numFmt: "yyyy-mm-dd" },
    { header: "是否入统", width: 10 },
    { header: "未入统原因", width: 16 },
    { header: "两新一重", width: 10 },
    { header: "审核说明", width: 20 },
  ]);
  s.title(`${YEAR}年百项工业项目库`);
  s.twoRowHeader([{ from: 8, to: 10, parent: "投资情况（万元）", children: ["总投资", `${YEAR}年计划投资`, `1-${PERIOD}月完成投资`] }]);
  const used = new Set<string>();
  const [mustInclude] = spots(count, 1);
  let startedThisYear = -1;
  let finishedLastYear = -1;
  for (let i = 0; i < count; i++) {
    const builder = builders[i % builders.length];
    const p = projectRow(builder, used, ["项目", "建设项目", "扩建项目", "二期项目"], i === mustInclude ? "新开工" : undefined);
    if (i === mustInclude) p.included = "否";
    if (i > 30 && i !== mustInclude && startedThisYear < 0 && p.stage === "续建") {
      startedThisYear = i;
      p.start = utc(YEAR, 3, 15);
    }
    if (i > 30 && i !== mustInclude && finishedLastYear < 0 && p.stage === "竣工投产") {
      // Finished in June 2021 and not 入统: not under construction this year, so nothing is reported.
      finishedLastYear = i;
      p.start = utc(2020, 4, 10);
      p.done = utc(2021, 6, 30);
      p.ytd = null;
      p.included = "否";
    }
    const r = s.add([i + 1, p.name, builder.name, builder.code, builder.region.name, builder.industry, p.stage, p.total, p.plan, p.ytd, p.start, p.done, p.included, null, p.twoNew]);
    if (i === mustInclude) plant({ rule: "project.must-include", severity: "error", sheet: s.name, cell: s.at("是否入统", r), what: "在建项目总投资超500万元却未入统，也未说明原因" });
    if (i === startedThisYear)
      plant({ rule: "project.continuing-started", severity: "warning", sheet: s.name, cell: s.at("开工时间", r), what: "续建项目却在本年3月开工（应为新开工）" });
  }
}

interface ProjectRow {
  name: string;
  stage: string;
  total: number;
  plan: number | null;
  ytd: number | null;
  start: Date | null;
  done: Date | null;
  included: string;
  twoNew: string;
}

function projectRow(builder: Firm, used: Set<string>, suffixes: string[], stage = pick(["前期", "新开工", "新开工", "续建", "续建", "竣工投产"])): ProjectRow {
  const total = round2(between(600, 80000));
  const plan = round2(total * between(0.2, 0.6));
  const p: ProjectRow = {
    name: projectName(builder, used, suffixes),
    stage,
    total,
    plan,
    ytd: round2(plan * between(0.5, 1.15)),
    start: null,
    done: null,
    included: "是",
    twoNew: chance(0.3) ? "是" : "否",
  };
  if (stage === "前期") {
    p.ytd = null;
    p.included = "否";
  } else if (stage === "新开工") {
    p.start = utc(YEAR, intBetween(1, PERIOD), intBetween(1, 28));
  } else if (stage === "续建") {
    p.start = utc(pick([2020, 2021]), intBetween(1, 12), intBetween(1, 28));
  } else {
    p.start = utc(2021, intBetween(1, 12), intBetween(1, 28));
    p.done = utc(YEAR, intBetween(1, PERIOD), intBetween(1, 28));
  }
  return p;
}

function techReform(wb: ExcelJS.Workbook, builders: Firm[], count: number): void {
  const s = new SheetWriter(wb, "百项技改项目", [
    { header: "序号", width: 6 },
    { header: "项目名称", width: 40 },
    { header: "项目单位", width: 36 },
    { header: "统一社会信用代码", width: 22 },
    { header: "所属县区", width: 14 },
    { header: "产业类别", width: 18 },
    { header: "建设阶段", width: 10 },
    { header: "总投资（万元）", width: 12, numFmt: MONEY },
    { header: "年度计划投资（万元）", width: 12, numFmt: MONEY },
    { header: "本年完成投资（万元）", width: 12, numFmt: MONEY },
    { header: "开工时间", width: 12, numFmt: "yyyy-mm-dd" },
    { header: "竣工投产时间", width: 12, numFmt: "yyyy-mm-dd" },
    { header: "是否入统", width: 10 },
    { header: "未入统原因", width: 16 },
    { header: "两新一重", width: 10 },
    { header: "技改方向", width: 18 },
    { header: "发展方向", width: 18 },
    { header: "审核说明", width: 20 },
  ]);
  s.title(`${YEAR}年百项技改项目库`);
  s.header();
  const used = new Set<string>();
  const [noCompletion] = spots(count, 1);
  const directions = ["改工艺", "改装备", "改产品", "改管理"];
  const developments = ["高端化", "智能化", "绿色化", "服务化"];
  let natureAt = -1;
  const someOf = (list: string[]) => list.filter(() => chance(0.45)).join("、") || pick(list);
  for (let i = 0; i < count; i++) {
    const builder = builders[i % builders.length];
    const p = projectRow(builder, used, ["技术改造项目", "智能化改造项目", "绿色化改造项目", "提质增效改造项目"], i === noCompletion ? "竣工投产" : undefined);
    if (i === noCompletion) p.done = null;
    // 新建 is the project's 建设性质, written where the stage belongs.
    const nature = i > 50 && i !== noCompletion && natureAt < 0 && p.stage === "新开工";
    if (nature) natureAt = i;
    const stage = nature ? "新建" : p.stage;
    const r = s.add([i + 1, p.name, builder.name, builder.code, builder.region.name, builder.industry, stage, p.total, p.plan, p.ytd, p.start, p.done, p.included, null, p.twoNew, someOf(directions), someOf(developments)]);
    if (nature) plant({ rule: "enum.invalid", severity: "error", sheet: s.name, cell: s.at("建设阶段", r), what: "建设阶段填了建设性质“新建”" });
    if (i === noCompletion)
      plant({ rule: "project.stage-dates", severity: "error", sheet: s.name, cell: s.at("竣工投产时间", r), what: "竣工投产项目缺竣工投产时间" });
  }
}

interface BatchCounts {
  relocation: { done: number; all: number };
  upgrade: { done: number; all: number };
}

function threeBatches(wb: ExcelJS.Workbook, firms: Firm[]): BatchCounts {
  const s = new SheetWriter(wb, "三个一批", [
    { header: "序号", width: 6 },
    { header: "企业名称", width: 36 },
    { header: "统一社会信用代码", width: 22 },
    { header: "所属县区", width: 14 },
    { header: "类别", width: 14 },
    { header: "进展状态", width: 10 },
    { header: "完成时间", width: 12, numFmt: "yyyy-mm-dd" },
    { header: "验收情况", width: 10 },
    { header: "存在问题", width: 26 },
    { header: "审核说明", width: 20 },
  ]);
  s.title(`${YEAR}年“三个一批”（淘汰关停、搬迁入园进区、就地改造提升）推进台账`, 14);
  s.header();
  const counts: BatchCounts = { relocation: { done: 0, all: 0 }, upgrade: { done: 0, all: 0 } };
  const categories = [...Array(8).fill("淘汰关停"), ...Array(10).fill("搬迁入园进区"), ...Array(12).fill("就地改造提升")] as string[];
  const relocationIndexes = categories.map((c, i) => (c === "搬迁入园进区" ? i : -1)).filter((i) => i >= 0);
  const noDate = pick(relocationIndexes);
  const problems = ["园区配套设施尚未完善", "搬迁资金缺口较大", "设备安装调试中", "环评手续办理中"];
  categories.forEach((category, i) => {
    const f = firms[i];
    const status = i === noDate ? "已完成" : pick(["已完成", "已完成", "推进中", "未启动"]);
    const done = status === "已完成" && i !== noDate ? utc(YEAR, intBetween(1, PERIOD), intBetween(1, 28)) : null;
    const acceptance = status === "已完成" ? (category === "淘汰关停" || chance(0.6) ? "已验收" : "未验收") : null;
    const r = s.add([i + 1, f.name, f.code, f.region.name, category, status, done, acceptance, status === "已完成" ? null : pick(problems), null]);
    const bucket = category === "搬迁入园进区" ? counts.relocation : category === "就地改造提升" ? counts.upgrade : null;
    if (bucket) {
      bucket.all++;
      if (status === "已完成") bucket.done++;
    }
    if (i === noDate) plant({ rule: "batch.done-needs-date", severity: "error", sheet: s.name, cell: s.at("完成时间", r), what: "搬迁已完成却没有完成时间" });
  });
  return counts;
}

const CLUSTERS: [string, string][] = [
  ["宣化区", "冰雪装备"], ["崇礼区", "冰雪运动装备"], ["怀来县", "大数据"], ["张北县", "数据中心"], ["张家口经济开发区", "氢能装备"],
  ["万全区", "汽车零部件"], ["桥东区", "装备制造"], ["下花园区", "新型建材"], ["察北管理区", "乳制品"], ["塞北管理区", "乳业"],
  ["沽源县", "燕麦食品"], ["康保县", "皮毛加工"], ["阳原县", "皮毛服装"], ["蔚县", "剪纸文创"], ["涿鹿县", "葡萄酒"],
  ["怀安县", "汽车配件"], ["赤城县", "矿山装备"], ["尚义县", "风电装备"],
];

function clusters(wb: ExcelJS.Workbook): { current: number; previous: number } {
  const s = new SheetWriter(wb, "产业集群", [
    { header: "序号", width: 6 },
    { header: "集群名称", width: 34 },
    { header: "所属县区", width: 16 },
    { header: "头部企业数", width: 10 },
    { header: "本年营业收入（亿元）", width: 14, numFmt: MONEY },
    { header: "上年营业收入（亿元）", width: 14, numFmt: MONEY },
    { header: "增长率", width: 10, numFmt: "0.0%" },
    { header: "审核说明", width: 20 },
  ]);
  s.title(`${YEAR}年1-${PERIOD}月县域特色产业集群运行情况`);
  s.header();
  // 44 head firms over 18 clusters (plan 二.7): two each, and one more for eight of them.
  const extra = new Set(spots(CLUSTERS.length, 44 - 2 * CLUSTERS.length));
  let current = 0;
  let previous = 0;
  CLUSTERS.forEach(([county, industry], i) => {
    const cur = round2(between(6, 95));
    const prev = round2(cur / (1 + between(0.03, 0.26)));
    current += cur;
    previous += prev;
    s.add([i + 1, `${county}${industry}产业集群`, county, extra.has(i) ? 3 : 2, cur, prev, Math.round(((cur - prev) / prev) * 1000) / 1000, null]);
  });
  return { current, previous };
}

function energy(wb: ExcelJS.Workbook, firms: Firm[], smallEnergyFirm?: Firm): void {
  const s = new SheetWriter(wb, "能耗监测", [
    { header: "序号", width: 6 },
    { header: "企业名称", width: 36 },
    { header: "统一社会信用代码", width: 22 },
    { header: "所属县区", width: 14 },
    { header: "月份", width: 12 },
    { header: "综合能耗", width: 14, numFmt: MONEY },
    { header: "工业增加值", width: 14, numFmt: MONEY },
    { header: "万元增加值能耗", width: 14, numFmt: "0.0000" },
    { header: "审核说明", width: 20 },
  ]);
  s.title(`${YEAR}年重点用能企业能耗监测表`);
  s.unitLine("综合能耗：吨标准煤；工业增加值：万元；万元增加值能耗：吨标准煤/万元");
  s.header();
  const wrong = intBetween(0, firms.length * PERIOD - 1);
  let n = 0;
  for (const f of firms) {
    const base = between(500, 2600);
    for (let m = 1; m <= PERIOD; m++) {
      const tce = round2(base * between(0.85, 1.15));
      const added = round2(between(800, 6000));
      let stated = Math.round((tce / added) * 10000) / 10000;
      if (n === wrong) stated = Math.round(stated * 1.35 * 10000) / 10000;
      const r = s.add([n + 1, f.name, f.code, f.region.name, `${YEAR}年${m}月`, tce, added, stated, null]);
      if (n === wrong)
        plant({ rule: "energy.intensity-mismatch", severity: "warning", sheet: s.name, cell: s.at("万元增加值能耗", r), what: "万元增加值能耗与能耗÷增加值不符" });
      n++;
    }
  }
  // Fixed figures (no random draw): 4,320 tce over nine months is 5,184 a year, a key user with April missing.
  const small = smallEnergyFirm;
  if (small) {
    for (let m = 1; m <= PERIOD; m++) {
      if (m === 4) continue;
      const tce = 470 + 2 * m;
      const added = 1200 + 10 * m;
      const r = s.add([n + 1, small.name, small.code, small.region.name, `${YEAR}年${m}月`, tce, added, Math.round((tce / added) * 10000) / 10000, null]);
      if (m === 1) plant({ rule: "energy.missing-month", severity: "warning", sheet: s.name, cell: s.at("月份", r), what: "折算全年能耗超5000吨标准煤，缺4月数据" });
      n++;
    }
  }
}

/** The figures the targets sheet reports: the ledger-derived ones must agree with the ledgers. */
function targetsSheet(wb: ExcelJS.Workbook, fromLedgers: Record<string, number>): void {
  const s = new SheetWriter(wb, "目标任务", [
    { header: "序号", width: 6 },
    { header: "指标名称", width: 40 },
    { header: "目标值", width: 10 },
    { header: "单位", width: 8 },
    { header: "实际完成", width: 10 },
    { header: "截止月份", width: 10 },
    { header: "审核说明", width: 24 },
  ]);
  s.title(`${YEAR}年工业和信息化重点目标任务完成情况`);
  s.header();
  const reported: Record<string, number> = {
    valueAddedGrowth: 6.2,
    fixedInvestmentGrowth: 8.4,
    techReformInvestmentGrowth: 7.1,
    netNewScaleEnterprises: 28,
    newTenBillionClusters: 1,
    waterSavingEnterprises: 2,
    greenFactories: 3,
    snowEquipmentScaleEnterprises: 1,
    iiotKeyProjects: 4,
    iiotPilotProjects: 2,
    iiotRegionalPlatforms: 1,
    servers: 105,
    smeServicePlatforms: 1,
    publicTrainingEvents: 16,
    publicTrainingEnterprises: 870,
    designEvents: 8,
    designEnterprises: 126,
    designCenters: 2,
    managerTrainingEnterprises: 910,
  };
  BUILTIN_PROFILE.targets.forEach((t, i) => {
    const percent = t.kind === "growth" || t.kind === "ratio";
    const target = percent ? round1(t.target * 100) : t.target;
    const derived = fromLedgers[t.key];
    const actual = derived !== undefined ? (percent ? round1(derived * 100) : derived) : reported[t.key];
    if (actual === undefined) throw new Error(`no figure for ${t.key}`);
    // One growth typed as a fraction in a cell formatted as a percentage, as many statisticians do: 6.2 %.
    if (t.key === "valueAddedGrowth") {
      const r = s.add([i + 1, t.name, target, t.unit, actual / 100, PERIOD, null]);
      s.ws.getCell(r, s.colOf("实际完成")).numFmt = "0.0%";
    } else s.add([i + 1, t.name, target, t.unit, actual, PERIOD, null]);
  });
}

// ---------------------------------------------------------------------------------------------------------------

export async function makeSample(): Promise<{ workbook: Uint8Array; defects: PlantedDefect[] }> {
  random = mulberry32(SEED);
  usedNames.clear();
  usedCodes.clear();
  defects.length = 0;
  const wb = new ExcelJS.Workbook();
  wb.creator = "GX Ledger sample generator";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;

  const keyFirms: KeyFirm[] = Array.from({ length: 100 }, (_, i) => ({ ...newFirm(), scale: i % 12 !== 5 }));
  const cultivationFirms = Array.from({ length: 104 }, () => newFirm());
  const decliningFirms = Array.from({ length: 100 }, () => newFirm());
  const batchFirms = Array.from({ length: 30 }, () => newFirm());
  // Builders: key enterprises (same name, same code as in their ledger) and some others.
  const builders = [...keyFirms.filter((_, i) => i % 3 === 0), ...Array.from({ length: 40 }, () => newFirm())];
  // Found only in the key-enterprises ledger: the one with the mistyped code, and the one also put in the library.
  const lonely = keyFirms.map((f, i) => (f.scale && i % 3 !== 0 ? i : -1)).filter((i) => i >= 0);
  const badCodeAt = lonely[10];
  const alreadyScale = keyFirms[lonely[30]];
  const energyFirms = keyFirms.filter((f, i) => f.scale && i % 3 === 0 && i >= 30).slice(0, 6);

  notesSheet(wb);
  keyEnterprises(wb, keyFirms, badCodeAt);
  const cultivationCount = cultivation(wb, cultivationFirms, alreadyScale);
  declining(wb, decliningFirms);
  projectsSheet(wb, builders, 102);
  techReform(wb, [...builders].reverse(), 100);
  const batches = threeBatches(wb, batchFirms);
  const cl = clusters(wb);
  energy(wb, energyFirms.slice(0, 5), energyFirms[5]);
  targetsSheet(wb, {
    keyEnterprises: keyFirms.length,
    cultivationLibrary: cultivationCount,
    decliningEnterprises: decliningFirms.length,
    projectLibrary: 102,
    techReformLibrary: 100,
    relocationCompletion: batches.relocation.done / batches.relocation.all,
    upgradeCompletion: batches.upgrade.done / batches.upgrade.all,
    clusterRevenueGrowth: (cl.current - cl.previous) / cl.previous,
  });

  const order = wb.worksheets.map((w) => w.name);
  defects.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  return { workbook: stampZip(new Uint8Array(await wb.xlsx.writeBuffer()), FIXED_DATE), defects: [...defects] };
}

if (require.main === module) {
  makeSample().then(({ workbook, defects: planted }) => {
    mkdirSync(join(ROOT, "samples"), { recursive: true });
    writeFileSync(SAMPLE_FILE, workbook);
    writeFileSync(DEFECTS_FILE, JSON.stringify(planted, null, 2) + "\n");
    process.stdout.write(`${SAMPLE_FILE}\n${DEFECTS_FILE}: ${planted.length} planted findings\n`);
  });
}
