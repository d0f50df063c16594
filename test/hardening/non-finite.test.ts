/**
 * Numbers a double cannot hold never reach a message or a report cell (issue 19, class 9): the sample with every
 * other figure set to 1.7e308 makes growth rates, sums and gaps overflow to Infinity. Each message and each report
 * cell says 超出范围 / out of range instead of "Infinity 万元" or "NaN", and the report copy is a file Excel opens
 * (it has no cell for Infinity).
 */
import { readFile } from "fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { t } from "../../src/core/i18n";
import type { Lang } from "../../src/core/i18n/types";
import { buildReports, layoutReport } from "../../src/core/reports";
import type { WorkbookData } from "../../src/core/read/types";
import { describeFinding } from "../../src/core/rules/describe";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { reportCopy } from "../reports-writers/fixtures";
import { CTX, CTX_EN } from "../reports/fixtures";

const SAMPLE = "samples/样例台账.xlsx";
const SHOWN = /Infinity|NaN/;

let result: CheckResult;
beforeAll(async () => {
  const wb: WorkbookData = await readXlsxFile(SAMPLE);
  for (const s of wb.sheets) {
    for (const r of s.rows.slice(1)) {
      if (!r) continue;
      for (let j = 0; j < r.length; j += 2) if (typeof r[j] === "number") r[j] = 1.7e308;
    }
  }
  result = checkWorkbook(wb, {});
});

test.each([["zh-CN"], ["en-US"]] as [Lang][])("no message or hint shows Infinity or NaN; the overflowing ones say out of range (%s)", (lang) => {
  const texts = result.findings.map((f) => describeFinding(f, lang)).flatMap((d) => [d.message, d.hint ?? ""]);
  expect(texts.filter((m) => SHOWN.test(m))).toEqual([]);
  expect(texts.filter((m) => m.includes(t(lang, "value.out-of-range"))).length).toBeGreaterThan(0);
});

test.each([[CTX], [CTX_EN]])("no report cell holds a non-finite number or shows one; overflowing figures say out of range (%#)", (ctx) => {
  const cells = buildReports(result, ctx)
    .map(layoutReport)
    .flatMap((l) => l.cells.map((c) => ({ tab: l.tab, value: c.value })));
  expect(cells.filter((c) => (typeof c.value === "number" && !Number.isFinite(c.value)) || SHOWN.test(String(c.value)))).toEqual([]);
  expect(cells.filter((c) => c.value === t(ctx.lang, "value.out-of-range")).length).toBeGreaterThan(0);
});

test("the report copy holds no Infinity and opens", async () => {
  const layouts = buildReports(result, CTX).map(layoutReport);
  const { out } = await reportCopy(new Uint8Array(await readFile(SAMPLE)), layouts);
  const zip = await JSZip.loadAsync(out);
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith("xl/worksheets/sheet"))) {
    expect(await zip.file(path)!.async("string")).not.toMatch(/<v>(?:-?Infinity|NaN)<\/v>/);
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(out as unknown as ExcelJS.Buffer);
  expect(back.getWorksheet("校验结果")).toBeDefined();
});

test("a message given a non-finite number says out of range, in either language", () => {
  expect(t("zh-CN", "file.too-large", { limit: Infinity })).toContain("超出范围");
  expect(t("en-US", "file.too-large", { limit: NaN })).toContain("out of range");
});
