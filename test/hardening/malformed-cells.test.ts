/**
 * Damaged cells (issue 19, class 9): a cell whose type and content disagree is reported by cell as
 * cell.malformed, never guessed (a bad shared-string index was read as 999999 or refused the whole file, a bad
 * `t="d"` as 2022, "12abc" as 12). A valid `t="d"` date is read as the date it names, and "false" as FALSE.
 */
import { writeFileSync } from "fs";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/check";
import { describeFinding } from "../../src/core/rules/describe";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { typedCell } from "../../src/ports/file/shared/typed-cells";
import { tempDir } from "../ports/file/fixtures";
import { batchRows, rawXlsx, row, textCell } from "../support/hostile/xlsx";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** [cell, its XML, the variant of cell.malformed] */
const DAMAGED: [string, string, string][] = [
  ["A4", `<c r="A4" t="s"><v>999999</v></c>`, "shared-string"],
  ["F5", `<c r="F5" t="d"><v>2022-13-45</v></c>`, "date"],
  ["F6", `<c r="F6" t="n"><v>abc</v></c>`, "number"],
  ["F7", `<c r="F7"><v>12abc</v></c>`, "number"],
  ["F8", `<c r="F8" t="b"><v>7</v></c>`, "boolean"],
];

async function ledger(): Promise<string> {
  const path = tmp.path("damaged.xlsx");
  const rows = [
    row(4, DAMAGED[0][1] + textCell("C4", "宣化区") + textCell("D4", "搬迁入园进区") + textCell("E4", "推进中")),
    ...DAMAGED.slice(1).map(([, xml], i) => row(5 + i, textCell(`A${5 + i}`, `企业${5 + i}`) + textCell(`C${5 + i}`, "宣化区") + textCell(`D${5 + i}`, "搬迁入园进区") + textCell(`E${5 + i}`, "已完成") + xml)),
    row(9, textCell("A9", "企业9") + textCell("C9", "宣化区") + textCell("D9", "搬迁入园进区") + textCell("E9", "已完成") + `<c r="F9" t="d"><v>2022-03-04</v></c>`),
  ];
  const raw = rawXlsx({ sheets: [{ name: "三个一批", rows: batchRows(2) + rows.join("") }], sharedStrings: ["甲"] });
  // Zipped again by JSZip, as an ordinary program would.
  const zip = await JSZip.loadAsync(raw);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return path;
}

describe("the file reader", () => {
  test("each damaged cell is one cell.malformed finding naming its cell and what the file says; none is guessed", async () => {
    const wb = await readXlsxFile(await ledger());
    const sheet = wb.sheets[0];
    // The file reader holds no guessed value: no 999999, no 2022, no 12, no TRUE.
    for (const [cell] of DAMAGED.slice(1)) expect(sheet.rows[Number(cell.slice(1)) - 1]?.[5]).toMatchObject({ malformed: expect.any(String) });
    const found = checkWorkbook(wb, {}).findings.filter((f) => f.rule === "cell.malformed");
    const shown = found.map((f) => [describeFinding(f, "zh-CN").cell, f.variant]);
    expect(shown.sort()).toEqual(DAMAGED.map(([cell, , variant]) => [cell, variant]).sort());
    const f7 = found.find((f) => describeFinding(f, "zh-CN").cell === "F7")!;
    expect(describeFinding(f7, "zh-CN").message).toBe("“完成时间”的单元格标为数字，但“12abc”不是数字，无法读取");
    expect(describeFinding(f7, "en-US").message).toContain("“12abc” is no number");
  });

  test("a valid t=\"d\" date is read as that date, and raises no cell.malformed", async () => {
    const wb = await readXlsxFile(await ledger());
    expect(wb.sheets[0].rows[8]?.[5]).toEqual(new Date(Date.UTC(2022, 2, 4)));
    const f9 = checkWorkbook(wb, {}).findings.filter((f) => f.rule === "cell.malformed" && f.row === 9);
    expect(f9).toEqual([]);
  });
});

test.each([
  [undefined, "12", undefined],
  [undefined, " -1.5e3 ", undefined],
  [undefined, "", undefined],
  ["n", "1e999", { error: "1e999", malformed: "number" }],
  ["s", "0", undefined],
  ["s", "1", { error: "1", malformed: "shared-string" }],
  ["s", "x", { error: "x", malformed: "shared-string" }],
  ["d", "2024-02-29", new Date(Date.UTC(2024, 1, 29))],
  ["d", "2023-02-29", { error: "2023-02-29", malformed: "date" }],
  ["d", "2022-03-04T10:30:00Z", new Date(Date.UTC(2022, 2, 4, 10, 30))],
  ["b", "false", false],
  ["b", "1", undefined],
  ["str", "anything", undefined],
])("t=%s, <v>%s</v> → %p", (type, text, expected) => {
  expect(typedCell(type, text, 1)).toEqual(expected);
});
