/**
 * Report tabs on an ExcelJS sheet, for the roll-up (gx-ledger merge --with-reports), which writes its whole
 * workbook with ExcelJS's streaming writer. A report of an existing workbook copies its zip parts instead
 * (report-writer.ts, report-sheet-xml.ts).
 */

import type ExcelJS from "exceljs";
import {
  BORDER_COLOR,
  cellFormat,
  type CellLook,
  DATA_BAR_COLOR,
  linkReference,
  lookOf,
  rangeName,
  type ReportLayout,
} from "../../../core";
import { useInternalLinks } from "./internal-links";

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** ExcelJS shares style objects between cells; one set per look keeps the file's style table small. */
function excelStyle(look: CellLook): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
  const style: Partial<ExcelJS.Style> = {
    font: {
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
      ...(look.underline ? { underline: true } : {}),
    },
  };
  if (look.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.border) style.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (look.align || look.wrap) {
    style.alignment = {
      ...(look.align ? { horizontal: look.align.toLowerCase() as "left" | "center" | "right" } : {}),
      ...(look.wrap ? { wrapText: true, vertical: "middle" as const } : {}),
    };
  }
  return style;
}

/**
 * OOXML text escaping ExcelJS leaves out: a carriage return or other control character written raw is lost when
 * the file is read (XML turns CR into LF), so it goes as `_x000D_`; a literal `_xHHHH_` is escaped as `_x005F_…`.
 */
export function ooxmlText(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    .replace(/[\x00-\x08\x0B-\x1F]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Places a laid-out tab on a sheet (also a streaming writer's sheet, before it is committed). */
export function fillSheet(ws: ExcelJS.Worksheet, layout: ReportLayout): void {
  useInternalLinks();
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.link && c.value !== null && c.value !== "") {
      cell.value = { text: ooxmlText(String(c.value)), hyperlink: linkReference(c.link) };
    } else if (c.value !== null && c.value !== "") {
      // A string is always a string cell in ExcelJS, never a formula; the "@" format keeps it text when edited.
      cell.value = typeof c.value === "string" ? ooxmlText(c.value) : c.value;
    }
    // One object per look and format, shared by its cells: ExcelJS then finds its style id by identity.
    const look = lookOf(c);
    const numFmt = cellFormat(c);
    const key = `${JSON.stringify(look)}|${numFmt}`;
    let style = styles.get(key);
    if (!style) {
      style = { ...excelStyle(look), numFmt };
      styles.set(key, style);
    }
    cell.style = style;
  }
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  layout.widths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const bar of layout.dataBars) {
    const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
      type: "dataBar",
      priority: 1,
      gradient: false,
      cfvo: [{ type: "min" }, { type: "max" }],
      color: { argb: argb(DATA_BAR_COLOR) },
    };
    ws.addConditionalFormatting({ ref: rangeName(bar), rules: [rule] });
  }
}

