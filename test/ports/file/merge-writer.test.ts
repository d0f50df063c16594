/**
 * The roll-up's two writers: the CLI's streaming one writes the records straight into the sheets' XML, the
 * page's fills an ExcelJS workbook. For any text, number and day in the records, both read back cell for cell
 * the same (values, and the number format each column gives its cells).
 */

import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildMergedOutput } from "../../../src/core/check/merge-output";
import { readSource } from "../../../src/cli/merge-read";
import { writeMergedBytes, writeMergedFile } from "../../../src/ports/file/shared/merge-writer";
import { uscc } from "../../rules/helpers";
import { sheetPart } from "../../reports-writers/fixtures";
import { rangeName as blockName } from "../../../src/core/sheet";

jest.setTimeout(300_000);

const TODAY = new Date(Date.UTC(2022, 10, 5));

/** Text as users type it, and what XML and OOXML must escape: quotes, <>&, control characters, `_x000D_`. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("A&B <公司>", `"引号" '单引号'`, "回车\r换行\n制表\t", "_x000D_字面", "\u0001\u0008\u000b\u001f\u007f控制", "  前后空格  "),
);
const project = fc.record({ name: text, unit: text, invest: fc.double({ min: -1e9, max: 1e9, noNaN: true }), day: fc.integer({ min: 0, max: 20000 }) });

async function countyFile(path: string, projects: { name: string; unit: string; invest: number; day: number }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ke = wb.addWorksheet("百家重点企业台账");
  ke.addRow(["企业名称", "统一社会信用代码", "所属县区", "本年营业收入"]);
  ke.addRow(["企业1", uscc(1, "130705"), "宣化区", 1234.5]);
  const pr = wb.addWorksheet("百项工业项目库");
  pr.addRow(["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "开工时间", "是否入统"]);
  projects.forEach((p, i) => pr.addRow([`${p.name}${i}`, p.unit, "宣化区", "续建", p.invest, p.invest / 2, new Date(Date.UTC(1990, 0, 1) + p.day * 86_400_000), "是"]));
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Every sheet's cells as read back: value and number format by address. */
async function cells(bytes: Uint8Array): Promise<Record<string, [unknown, string | undefined][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out: Record<string, [unknown, string | undefined][]> = {};
  for (const ws of wb.worksheets) {
    const list: [unknown, string | undefined][] = [];
    ws.eachRow((row) => row.eachCell((cell) => list.push([cell.value instanceof Date ? cell.value.toISOString() : cell.value, cell.numFmt])));
    out[ws.name] = list;
  }
  return out;
}

/** The sources read and merged, and the roll-up as each writer writes it: streamed to a file in `dir` (the CLI) and in memory (the page). */
async function bothWriters(dir: string, paths: readonly string[], opts: { period?: number; withReports?: boolean } = {}) {
  const inputs = [];
  for (const path of paths) inputs.push(await readSource({ path, period: opts.period, today: TODAY.getTime(), lang: "zh-CN" }));
  const out = buildMergedOutput(inputs, { lang: "zh-CN", now: TODAY, name: "全市.xlsx", withReports: opts.withReports });
  const file = join(dir, "全市.xlsx");
  await writeMergedFile(file, out);
  return { out, streamed: new Uint8Array(readFileSync(file)), inMemory: await writeMergedBytes(out) };
}

test("a file that cannot be written (no such folder, a full disk) ends the writing with the file system's error, never leaves it waiting", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gx-merge-writer-fail-"));
  try {
    const source = join(dir, "县区.xlsx");
    // Rows enough (several MB of XML) that the writing waits for the zip, which a failed file never drains.
    await countyFile(source, Array.from({ length: 15_000 }, (_, i) => ({ name: "扩建项目", unit: `建设单位${i}`, invest: i, day: i % 20_000 })));
    const out = buildMergedOutput([await readSource({ path: source, today: TODAY.getTime(), lang: "zh-CN" })], { lang: "zh-CN", now: TODAY, name: "全市.xlsx" });
    await expect(writeMergedFile(join(dir, "没有的文件夹", "全市.xlsx"), out)).rejects.toMatchObject({ code: "ENOENT" });
    // Linux's /dev/full opens, then refuses every write: a disk that fills while the rows are written.
    if (existsSync("/dev/full")) await expect(writeMergedFile("/dev/full", out)).rejects.toMatchObject({ code: "ENOSPC" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("the streamed roll-up reads back cell for cell like the one written through an ExcelJS workbook", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gx-merge-writer-"));
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(project, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), async (counties) => {
        const files = counties.map((_, i) => join(dir, `县区${i + 1}.xlsx`));
        await Promise.all(counties.map((c, i) => countyFile(files[i], c)));
        const { streamed, inMemory } = await bothWriters(dir, files, { period: 10 });
        const a = await cells(streamed);
        const b = await cells(inMemory);
        expect(a).toEqual(b);
        expect(a["百项工业项目库"].length).toBeGreaterThan(0);
      }),
      { numRuns: 15 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a roll-up of several megabytes streams every row, in order, across the writer's chunks", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gx-merge-writer-"));
  try {
    // 3,000 rows of long Chinese names: about 4 MB of sheet XML, several of the writer's chunks.
    const long = "张家口市宣化区某某新材料科技有限公司".repeat(12);
    const files = [join(dir, "县区1.xlsx"), join(dir, "县区2.xlsx")];
    for (const [f, path] of files.entries()) {
      await countyFile(path, Array.from({ length: 1500 }, (_, i) => ({ name: `${long}${f}-`, unit: `${long}单位${i}`, invest: i + 0.25, day: i })));
    }
    const { streamed, inMemory } = await bothWriters(dir, files, { period: 10 });
    const a = await cells(streamed);
    expect(a).toEqual(await cells(inMemory));
    const names = a["百项工业项目库"].filter(([v]) => typeof v === "string" && v.startsWith(long) && !v.includes("单位")).map(([v]) => v);
    expect(names).toEqual([0, 1].flatMap((f) => Array.from({ length: 1500 }, (_, i) => `${long}${f}-${i}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The sheet XML of each tab and the workbook's defined names, from either writer's bytes. */
async function tabParts(bytes: Uint8Array, tabs: readonly string[]): Promise<{ xml: Map<string, string>; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = new Map<string, string>();
  for (const tab of tabs) xml.set(tab, await zip.file(await sheetPart(zip, tab))!.async("string"));
  return { xml, workbook: (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'") };
}

test.each(["streamed (CLI)", "in memory (page)"])(
  "with reports, %s: 汇总说明 and every report tab print as REPORTS.md asks, and their links stay inside the workbook",
  async (writer) => {
    const dir = mkdtempSync(join(tmpdir(), "gx-merge-print-"));
    try {
      const sample = join(__dirname, "..", "..", "..", "samples", "样例台账.xlsx");
      const { out, streamed, inMemory } = await bothWriters(dir, [sample], { withReports: true });
      const bytes = writer.startsWith("streamed") ? streamed : inMemory;
      const tabs = out.layouts.map((l) => l.tab);
      expect(tabs.length).toBeGreaterThan(5);
      const { xml, workbook } = await tabParts(bytes, tabs);
      let bars = 0;
      let tall = 0;
      let links = 0;
      for (const layout of out.layouts) {
        const part = xml.get(layout.tab)!;
        const at = { tab: layout.tab };
        expect({ ...at, fit: /<pageSetUpPr[^>]*fitToPage="1"/.test(part) }).toEqual({ ...at, fit: true });
        const setup = /<pageSetup\b[^>]*>/.exec(part)?.[0] ?? "";
        for (const a of ['paperSize="9"', 'orientation="landscape"', 'fitToWidth="1"', 'fitToHeight="0"']) expect({ ...at, setup: setup.includes(a) }).toEqual({ ...at, setup: true });
        expect({ ...at, centred: /<printOptions\b[^>]*horizontalCentered="1"/.test(part) }).toEqual({ ...at, centred: true });
        expect(part).toMatch(/<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"\/>/);
        expect(part).toContain("<oddFooter>&amp;L&amp;A&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>");
        const titles = layout.printTitles;
        if (titles) expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="\\d+">'${layout.tab}'!\\$${titles.top}:\\$${titles.bottom}</definedName>`));
        for (const bar of layout.dataBars) {
          expect(part).toContain(`<conditionalFormatting sqref="${blockName(bar)}">`);
          bars++;
        }
        expect(part).not.toMatch(/<cfvo type="(min|max)"/);
        for (const { row, lines } of layout.rowLines) {
          expect(part).toMatch(new RegExp(`<row r="${row}"[^>]*ht="${lines * 15}"`));
          tall++;
        }
        // The page corrects its links after writing (file-host.ts); the CLI's are written inside the workbook.
        if (writer.startsWith("streamed")) {
          for (const el of part.match(/<hyperlink\b[^>]*>/g) ?? []) {
            expect(el).toMatch(/location="/);
            expect(el).not.toMatch(/r:id=/);
            links++;
          }
        }
      }
      expect(bars).toBeGreaterThan(0);
      expect(tall).toBeGreaterThan(0);
      if (writer.startsWith("streamed")) expect(links).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
