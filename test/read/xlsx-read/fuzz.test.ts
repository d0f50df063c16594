/**
 * Damaged XML in any part never crashes the reader: a workbook whose parts are cut, spliced or sprinkled with
 * markup characters reads to plain values or to a FileRefusal with a `file.*` key (a clear refusal in the user's
 * language), never another error.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core";
import { cellBudget } from "../../../src/ports/file/shared/cells";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { isFileRefusal } from "../../../src/ports/file/shared/refusal";
import { row, textCell, workbookParts } from "../../support/hostile/xlsx";
import { zip } from "../../support/hostile/zip";

const sheet = row(1, textCell("A1", "企业名称") + `<c r="B1" t="s"><v>0</v></c>`) + row(2, `<c r="A2"><f>1+1</f><v>2</v></c><c r="B2" s="1"><v>44635</v></c>`);
const base = workbookParts({ sheets: [{ name: "台账", rows: sheet, merges: ["A3:B4"] }], sharedStrings: ["张家口"] });
const PARTS = base.map((p) => p.name);

function plain(v: CellValue): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return typeof v.error === "string";
}

const edit = fc.record({
  part: fc.constantFrom(...PARTS),
  at: fc.nat(),
  cut: fc.nat({ max: 40 }),
  insert: fc.constantFrom("", "<", ">", "&", "&#", "&#x110000;", '"', "'", "<c", "</row>", "<!--", "<![CDATA[", "<!DOCTYPE x>", "]]>", "\u0000", "张", "r=\"XFD99999999\""),
});

test("cut, spliced or sprinkled XML gives values or a clear refusal, never a crash", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
      const parts = base.map((p) => ({ ...p }));
      for (const e of edits) {
        const p = parts.find((x) => x.name === e.part)!;
        const text = String(p.data);
        const at = e.at % (text.length + 1);
        p.data = text.slice(0, at) + e.insert + text.slice(at + e.cut);
      }
      try {
        const wb = await readXlsx(zip(parts), "x.xlsx", cellBudget("cli"));
        // What is read is a value the core knows: no NaN, no invalid date, no object of the parser's.
        for (const s of wb.sheets) for (const r of s.rows) for (const v of r ?? []) expect(plain(v)).toBe(true);
      } catch (e) {
        expect(isFileRefusal(e)).toBe(true);
        expect((e as { key: string }).key).toMatch(/^file\./);
      }
    }),
    { numRuns: 400 },
  );
});
