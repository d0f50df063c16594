/** Opening the merged workbook in Excel (ExcelApi 1.8's createWorkbook), against the strict simulated host. */

import { canCreateWorkbook, createWorkbook, toBase64 } from "../../../src/ports/excel/create-workbook";
import { createExcelHost, installExcel, type ApiSets } from "../../support/simulated-excel";

const scope = globalThis as unknown as Record<string, unknown>;

function install(sets?: ApiSets) {
  const host = createExcelHost({ sheets: [{ name: "Sheet1" }] }, sets);
  installExcel(scope, host);
  return host;
}

afterEach(() => {
  delete scope.Excel;
  delete scope.Office;
});

describe("createWorkbook", () => {
  test("ExcelApi 1.8 and later: the workbook's bytes go to Excel as base64", async () => {
    const host = install({ ExcelApi: "1.8" });
    expect(canCreateWorkbook()).toBe(true);
    const bytes = new Uint8Array([80, 75, 3, 4, 255, 0, 128]);
    await createWorkbook(bytes);
    expect(host.createdWorkbooks).toEqual([Buffer.from(bytes).toString("base64")]);
  });

  test("before ExcelApi 1.8 there is no createWorkbook: the pane downloads instead", () => {
    const host = install({ ExcelApi: "1.7" });
    expect(host.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(canCreateWorkbook()).toBe(false);
  });

  test("the host refuses what is not base64, as Excel does", async () => {
    install();
    const excel = scope.Excel as { createWorkbook(b: string): Promise<void> };
    await expect(excel.createWorkbook("not base64!")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("base64 of a large file in slices equals Node's", () => {
    const big = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString("base64"));
  });
});
