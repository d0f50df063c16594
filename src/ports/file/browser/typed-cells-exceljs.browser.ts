/**
 * What webpack bundles in place of typed-cells-exceljs.ts (see webpack.config.js). In the browser ExcelJS is one
 * closed bundle whose cell parser cannot be patched: the page reads cells as ExcelJS does (README "Limits").
 */
export function useTypedCells(): void {
  // Intentionally empty: see above.
}
