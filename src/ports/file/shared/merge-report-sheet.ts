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
  DATA_BAR_BOUNDS,
  DATA_BAR_COLOR,
  FOOTER,
  LINE_POINTS,
  linkReference,
  lookOf,
  PAGE_SETUP,
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

/**
 * A tab's sheet options, ready to print (REPORTS.md "Ready to print and send"), as the part-level writer writes
 * them: A4 landscape one page wide, narrow margins, centred, no gridlines, the header row on every page, the
 * footer with the tab's name and 第 &P 页 共 &N 页. Given when the sheet is added: a streaming sheet writes its
 * properties (fit to page) with its first row.
 */
export function reportSheetOptions(layout: ReportLayout): Partial<ExcelJS.AddWorksheetOptions> {
  const frozen = layout.frozenRows;
  const titles = layout.printTitles;
  return {
    views: frozen > 0 ? [{ state: "frozen", ySplit: frozen, xSplit: 0 }] : [],
    pageSetup: {
      paperSize: PAGE_SETUP.paperSize as ExcelJS.PaperSize,
      orientation: PAGE_SETUP.orientation,
      fitToPage: true,
      fitToWidth: PAGE_SETUP.fitToWidth,
      fitToHeight: PAGE_SETUP.fitToHeight,
      margins: { ...PAGE_SETUP.margins },
      horizontalCentered: PAGE_SETUP.centerHorizontally,
      showGridLines: PAGE_SETUP.printGridlines,
      ...(titles ? { printTitlesRow: `${titles.top}:${titles.bottom}` } : {}),
    },
    headerFooter: { oddFooter: `&L${FOOTER.left}&C${FOOTER.center}` } as ExcelJS.HeaderFooter,
  };
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
  // Excel does not grow a row for wrapped text it did not write itself: the lines are counted in the layout.
  for (const { row, lines } of layout.rowLines) ws.getRow(row).height = lines * LINE_POINTS;
  for (const bar of layout.dataBars) {
    const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
      type: "dataBar",
      priority: 1,
      gradient: false,
      // 0 to 100 %, not the column's least and greatest: a bar's length says the same rate on every tab.
      cfvo: [
        { type: "num", value: DATA_BAR_BOUNDS.min },
        { type: "num", value: DATA_BAR_BOUNDS.max },
      ],
      color: { argb: argb(DATA_BAR_COLOR) },
    };
    ws.addConditionalFormatting({ ref: rangeName(bar), rules: [rule] });
  }
}

