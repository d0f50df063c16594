/**
 * What webpack bundles in place of internal-links.ts (see webpack.config.js). In the browser ExcelJS is one
 * closed bundle whose writer cannot be patched, so nothing is done. The page's download is written part by part
 * (its report tabs' links by report-sheet-xml.ts, inside the workbook); ExcelJS there writes only the blank
 * template and the merged workbook of 汇总, whose report tabs' links are corrected after writing
 * (internal-links-zip.ts, exceljs#3027).
 */
export function useInternalLinks(): void {
  // Intentionally empty: see above.
}
