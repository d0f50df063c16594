import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { unprefixWorkbook } from "../../support/prefixed-xml";
import { transitionalWorkbook } from "../../support/strict-xml";

/** Reading a workbook the page handed back, as a user's Excel would open it. */

export async function loadWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // Excel reads namespace-prefixed XML and Strict OOXML (the corpus has such files); ExcelJS does not, so it is
  // shown them unprefixed and Transitional.
  await wb.xlsx.load(Buffer.from(await unprefixWorkbook(await transitionalWorkbook(bytes))) as unknown as ExcelJS.Buffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out;
}

/** A digest of every sheet's values except the named ones (the tabs and settings the page adds). */
export function valuesHash(wb: ExcelJS.Workbook, except: ReadonlySet<string>): string {
  const sheets = wb.worksheets.filter((ws) => !except.has(ws.name)).map((ws) => [ws.name, values(ws)]);
  return createHash("sha256").update(JSON.stringify(sheets)).digest("hex");
}
