import { zip, type ZipPart } from "./zip";

/**
 * Hostile workbooks written part by part, so that each says exactly what an attacker (or a broken exporter)
 * would: merges over the whole grid, a value in column XFD, a sheet name of a million characters. Each generator
 * is scaled to run in a second or two, yet big enough that reading it the naive way costs gigabytes.
 */

export interface RawSheet {
  name: string;
  /** The inner XML of <sheetData>. */
  rows: string | (() => Iterable<string>);
  /** The refs of <mergeCell> elements. */
  merges?: string[];
  state?: "visible" | "hidden" | "veryHidden";
}

export interface RawWorkbook {
  sheets: RawSheet[];
  sharedStrings?: string[];
  /** Entries added after the workbook's own (duplicates, padding). */
  extra?: ZipPart[];
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An inline string cell (no shared strings needed). */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(text)}</t></is></c>`;
}

export function numberCell(ref: string, n: number | string): string {
  return `<c r="${ref}"><v>${n}</v></c>`;
}

export function row(n: number, cells: string): string {
  return `<row r="${n}">${cells}</row>`;
}

function sheetXml(s: RawSheet): string {
  const rows = typeof s.rows === "string" ? s.rows : [...s.rows()].join("");
  const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetData>${rows}</sheetData>${merges}</worksheet>`
  );
}

export function workbookParts(wb: RawWorkbook): ZipPart[] {
  const sheetIds = wb.sheets.map((_, i) => i + 1);
  const parts: ZipPart[] = [
    {
      name: "[Content_Types].xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheetIds.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        (wb.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "") +
        `</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
        wb.sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheetIds.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("") +
        (wb.sharedStrings ? `<Relationship Id="rId${sheetIds.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        `</Relationships>`,
    },
    ...wb.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
  ];
  if (wb.sharedStrings) {
    const items = wb.sharedStrings.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join("");
    parts.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${wb.sharedStrings.length}" uniqueCount="${wb.sharedStrings.length}">${items}</sst>`,
    });
  }
  return [...parts, ...(wb.extra ?? [])];
}

export function rawXlsx(wb: RawWorkbook): Buffer {
  return zip(workbookParts(wb));
}

/** A small 三个一批 ledger's rows (header and `records` rows), ready to check. */
export function batchRows(records: number, from = 1): string {
  const head = ["企业名称", "统一社会信用代码", "所属县区", "类别", "进展状态", "完成时间", "验收情况"];
  const cols = "ABCDEFG";
  const out = [row(from, head.map((h, j) => textCell(`${cols[j]}${from}`, h)).join(""))];
  for (let i = 1; i <= records; i++) {
    const r = from + i;
    out.push(row(r, [textCell(`A${r}`, `企业${i}`), textCell(`C${r}`, "宣化区"), textCell(`D${r}`, "搬迁入园进区"), textCell(`E${r}`, "推进中")].join("")));
  }
  return out.join("");
}

/** A shared-string cell: the index into RawWorkbook.sharedStrings (where ExcelJS decodes `_xHHHH_` escapes). */
export function sharedCell(ref: string, index: number | string): string {
  return `<c r="${ref}" t="s"><v>${index}</v></c>`;
}
