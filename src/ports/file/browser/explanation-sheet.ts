import { EXPLANATIONS_SHEET, type ExplanationWrite } from "../../../core";
import { ReportStyles } from "../shared/report-sheet-xml";
import { type CellEdit, editCells, EMPTY_SHEET_XML, shiftRowsDown, widenColumns } from "../shared/sheet-xml-edit";
import type { XlsxPackage } from "../shared/xlsx-package";

/**
 * The 审核说明 sheet of the standalone page's copy, written at the part level as the Excel port writes it
 * (src/core/rules/explanation-write.ts plans every write): an explanation's cells set as text, the header in bold
 * with its columns widened, a withdrawn entry's cells cleared. An existing sheet keeps its other rows, cells,
 * styles and parts; a missing one is added as a new sheet at the end.
 */

/** One change to the sheet, in the order the user made them: a write as planned, or a withdrawal's cells. */
export type ExplanationEdit = { write: ExplanationWrite } | { withdraw: { row: number; cols: number[] } };

export async function writeExplanationsXml(pkg: XlsxPackage, edits: readonly ExplanationEdit[]): Promise<void> {
  if (edits.length === 0) return;
  const entry = pkg.sheet(EXPLANATIONS_SHEET);
  let xml = (entry && (await pkg.readText(entry.path))) ?? EMPTY_SHEET_XML;
  const styles = await pkg.stylesPart();
  const looks = new ReportStyles(styles.xml);
  looks.prepare();
  const bold = looks.absolute(looks.xfFor({ bold: true }, "General"));
  // Text as typed: an explanation starting with "=" or a code like 0012 stays text when the file is edited.
  const text = looks.absolute(looks.xfFor({}, "@"));
  let cells: CellEdit[] = [];
  const widths: { col: number; width: number }[] = [];
  for (const edit of edits) {
    if ("withdraw" in edit) {
      for (const col of edit.withdraw.cols) cells.push({ row: edit.withdraw.row, col, value: null });
      continue;
    }
    const plan = edit.write;
    if (plan.shiftDown) {
      xml = shiftRowsDown(editCells(xml, cells));
      cells = [];
    }
    for (const h of plan.header) {
      cells.push({ row: h.row, col: h.col, value: h.text, style: () => bold });
      widths.push({ col: h.col, width: h.width });
    }
    for (const c of plan.cells) cells.push({ row: plan.row, col: c.col, value: c.text, style: () => text });
  }
  xml = widenColumns(editCells(xml, cells), widths);
  pkg.zip.file(styles.path, looks.styles());
  if (entry) pkg.replaceSheetXml(entry, xml);
  else pkg.addSheet(EXPLANATIONS_SHEET, xml);
}
