/**
 * Opening a workbook the pane made (the merged city workbook) as a new workbook in Excel: `Excel.createWorkbook`
 * takes the file as base64 and needs ExcelApi 1.8; where Excel lacks it the pane downloads the file instead.
 */

interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}

interface ExcelCreate {
  createWorkbook(base64?: string): Promise<void>;
}

/** Whether this Excel can open a new workbook from a file (ExcelApi 1.8). */
export function canCreateWorkbook(): boolean {
  const office = (globalThis as { Office?: OfficeRequirements }).Office;
  const excel = (globalThis as { Excel?: Partial<ExcelCreate> }).Excel;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", "1.8") === true && typeof excel?.createWorkbook === "function";
  } catch {
    return false;
  }
}

/** Base64 in slices: a spread of a few megabytes into String.fromCharCode would overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

export async function createWorkbook(bytes: Uint8Array): Promise<void> {
  await (globalThis as unknown as { Excel: ExcelCreate }).Excel.createWorkbook(toBase64(bytes));
}
