/**
 * 与上期对比's reading of last month's workbook through the file port (in Node the host answers in-process):
 * checked with its records, and the workbook open in the page left as it is.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../../src/core/check";
import { checkPreviousFile, openWorkbookFile } from "../../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { isFileRefusal } from "../../../src/ports/file/shared/refusal";

const SAMPLES = join(__dirname, "../../../samples");
const NOW = new Date(Date.UTC(2022, 10, 15, 8));

function sampleFile(name: string): File {
  return new File([readFileSync(join(SAMPLES, name))], name);
}

describe("checkPreviousFile", () => {
  test("gives the check of last month's workbook with its records, as the engine checks it, and the open workbook stays usable", async () => {
    const open = await openWorkbookFile(await sampleFile("样例台账.xlsx").arrayBuffer(), "样例台账.xlsx");
    const previous = await checkPreviousFile(sampleFile("样例台账-上月.xlsx"), NOW);
    const expected = checkWorkbook(await readXlsx(readFileSync(join(SAMPLES, "样例台账-上月.xlsx")), "样例台账-上月.xlsx"), { today: NOW });
    expect(previous.period).toBe(expected.period);
    expect(previous.summary).toEqual(expected.summary);
    expect(previous.sheets.map((s) => s.records.length)).toEqual(expected.sheets.map((s) => s.records.length));
    expect(previous.sheets.some((s) => s.records.length > 0)).toBe(true);
    expect(await open.name()).toBe("样例台账.xlsx");
    expect((await open.read()).sheets.length).toBeGreaterThan(0);
  });

  test("a file that is no workbook is refused with the file port's reason", async () => {
    const e = await checkPreviousFile(new File([new Uint8Array([1, 2, 3, 4])], "上月.xlsx"), NOW).catch((x: unknown) => x);
    expect(isFileRefusal(e)).toBe(true);
  });
});
