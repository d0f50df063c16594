/**
 * A report tab as a table model: what REPORTS.md asks of every tab, independent of any writer.
 * `layoutReport` (layout.ts) turns it into absolute cells, so both writers give the same cells.
 */

export type ReportFormat = "money" | "rate" | "count" | "number" | "date" | "text";

export interface ReportColumn {
  header: string;
  format: ReportFormat;
  /**
   * The unit the header ends in, `（万元）`. Absent: money columns are 万元 and rate columns %, others have none
   * (a count names its own: 家, 项, 个).
   */
  unit?: string;
  /** Long text (问题说明, names of enterprises and projects) wraps within the column. */
  wrap?: boolean;
  /** Width in characters (a CJK character counts 2). Absent: computed from the content. */
  width?: number;
  /** Ratios read at a glance: a data bar (conditional format) over the column's rows. */
  dataBar?: boolean;
}

/** A link to a cell of another sheet (校验结果 → the ledger cell). */
export interface CellLink {
  sheet: string;
  cell: string;
}

export type ReportValue = string | number | null;

export interface ReportCell {
  value: ReportValue;
  link?: CellLink;
  /** This cell's format where it differs from its column's (目标完成情况 mixes counts and rates in 目标). */
  format?: ReportFormat;
}

/** One table of a tab. Tabs with parts (入统分析 A/B/C) stack several sections. */
export interface ReportSection {
  /** A heading line above the table (`A. 达到规上标准未入统企业`). */
  heading?: string;
  /** Lines of text under the heading, above the header (校验结果's summary line). */
  notes?: string[];
  /**
   * Said instead of the table when the section has no rows (无, 工作簿中没有此台账): on the heading's line, with
   * no header row under it.
   */
  empty?: string;
  columns: ReportColumn[];
  rows: (ReportValue | ReportCell)[][];
  /** The 合计 row, where sums make sense. */
  total?: (ReportValue | ReportCell)[];
  /** Inside Excel the section becomes an Excel table (a list the user can filter). */
  asTable?: boolean;
}

export interface ChartRequest {
  kind: "bar" | "column";
  title: string;
  /** Index of the section whose rows are plotted (its total row is not). */
  section: number;
  /** Column index of the category labels. */
  categories: number;
  /** Column indexes of the plotted series. */
  series: number[];
}

export interface ReportModel {
  /** The tab's name (校验结果, 目标完成情况, …). */
  tab: string;
  /** Row 1, merged across the table: `2022年1-10月 目标完成情况`. */
  title: string;
  /** Row 2: 填报单位, the workbook, the profile, the time of generation. */
  subtitle: string;
  /** Under the table: the sign-off line of the statistical forms (单位负责人：…  报出日期：…). */
  signOff: string;
  sections: ReportSection[];
  charts: ChartRequest[];
}
