/**
 * What webpack bundles in place of internal-links.ts (see webpack.config.js). In the browser ExcelJS is one
 * closed bundle whose writer cannot be patched, so nothing is done while writing: the standalone page corrects
 * the written file instead (internal-links-zip.ts, on the merged workbook in file-host.ts).
 */
export function useInternalLinks(): void {
  // Intentionally empty: see above.
}
