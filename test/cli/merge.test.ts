/** `gx-ledger merge` (MERGE.md "Faces"): directories, unreadable sources, refusals, exit statuses, output. */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { checkWorkbook } from "../../src/core/check";
import { t } from "../../src/core/i18n";
import { oleFile } from "../ports/file/fixtures";
import { CLEAN, code, run, writeBatches } from "./helpers";

jest.setTimeout(120_000);

let dir: string;
let counties: string;

const OTHER = [{ name: "宣化新材料有限公司", code: code("130705", "MA0F00001"), status: "推进中" as const }];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gx-merge-"));
  counties = join(dir, "counties");
  mkdirSync(counties);
  await writeBatches(join(counties, "宣化区.xlsx"), CLEAN);
  await writeBatches(join(counties, "桥东区.xlsx"), OTHER);
  // Not sources: a note, Excel's lock file.
  writeFileSync(join(counties, "说明.txt"), "各县区台账");
  writeFileSync(join(counties, "~$宣化区.xlsx"), "lock");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (f: string) => readFileSync(f).toString("base64");

describe("gx-ledger merge", () => {
  test("a directory means the .xlsx files directly in it; exit 0 when every source is read", async () => {
    const before = [bytes(join(counties, "宣化区.xlsx")), bytes(join(counties, "桥东区.xlsx"))];
    const out = join(dir, "全市.xlsx");
    const r = await run(["merge", counties, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("宣化区.xlsx");
    expect(r.stdout).toContain("桥东区.xlsx");
    expect(r.stdout).not.toContain("说明.txt");
    expect(r.stdout).toContain("汇总中未发现冲突");
    const merged = checkWorkbook(await readXlsxFile(out), { today: new Date(2022, 10, 15) });
    const sheet = merged.sheets.find((s) => s.kind === "three-batches");
    expect(sheet?.records.map((rec) => rec.values.name).sort()).toEqual([...CLEAN, ...OTHER].map((b) => b.name).sort());
    // The sources are only read.
    expect([bytes(join(counties, "宣化区.xlsx")), bytes(join(counties, "桥东区.xlsx"))]).toEqual(before);
  });

  test("a file named twice (through its directory, by name and through a link) is merged once, and the user is told", async () => {
    const link = join(dir, "宣化区-链接.xlsx");
    symlinkSync(join(counties, "宣化区.xlsx"), link);
    const out = join(dir, "一次.xlsx");
    const r = await run(["merge", counties, join(counties, "宣化区.xlsx"), link, "--out", out, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(r.stderr.match(/列出了不止一次/g)).toHaveLength(2);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(["宣化区.xlsx", "桥东区.xlsx"]);
    expect(json.conflicts).toEqual([]);
    expect(json.records).toBe(CLEAN.length + OTHER.length);
    rmSync(link);
  });

  test("sources sharing a file name (each county's 台账.xlsx in its own folder) are named with their folders", async () => {
    const east = join(dir, "same-name", "东区");
    const west = join(dir, "same-name", "西区");
    mkdirSync(east, { recursive: true });
    mkdirSync(west);
    await writeBatches(join(east, "台账.xlsx"), CLEAN);
    await writeBatches(join(west, "台账.xlsx"), OTHER);
    writeFileSync(join(west, "坏的.xlsx"), "这不是工作簿");
    const out = join(dir, "同名.xlsx");
    const r = await run(["merge", east, west, "--out", out, "--format", "json"]);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(["东区/台账.xlsx", "西区/台账.xlsx", "坏的.xlsx"]);
    const sheet = (await readXlsxFile(out)).sheets.find((s) => s.name === "三个一批");
    const header = sheet?.rows[0] as unknown[];
    const from = (sheet?.rows.slice(1) ?? []).map((row) => (row as unknown[])[header.indexOf("来源文件")]);
    expect(from).toEqual([...CLEAN.map(() => "东区/台账.xlsx"), ...OTHER.map(() => "西区/台账.xlsx")]);
  });

  test("a folder's .xls from one county is listed as unreadable with how to save it as .xlsx; the others are merged", async () => {
    const mixed = join(dir, "mixed");
    mkdirSync(mixed);
    await writeBatches(join(mixed, "宣化区.xlsx"), CLEAN);
    writeFileSync(join(mixed, "桥东区.xls"), oleFile("Workbook"));
    const r = await run(["merge", mixed, "--out", join(dir, "mixed.xlsx"), "--format", "json"]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { file: string; error?: string }) => [f.file, f.error ?? null])).toEqual([
      ["宣化区.xlsx", null],
      ["桥东区.xls", t("zh-CN", "file.xls")],
    ]);
    expect(json.records).toBe(CLEAN.length);
  });

  test("an unreadable source among readable ones: merged, listed, exit 1", async () => {
    const bad = join(dir, "坏文件.xlsx");
    writeFileSync(bad, "这不是工作簿");
    const out = join(dir, "带坏文件.xlsx");
    const r = await run(["merge", join(counties, "宣化区.xlsx"), bad, join(counties, "桥东区.xlsx"), "--out", out, "--format", "json"]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { file: string; error?: string }) => [f.file, f.error !== undefined])).toEqual([
      ["宣化区.xlsx", false],
      ["坏文件.xlsx", true],
      ["桥东区.xlsx", false],
    ]);
    expect(json.conflicts.map((c: { rule: string; file: string }) => `${c.rule}@${c.file}`)).toEqual(["merge.unreadable@坏文件.xlsx"]);
    expect(json.records).toBe(CLEAN.length + OTHER.length);
    const wb = await readXlsxFile(out);
    const summary = wb.sheets.find((s) => s.name === "汇总说明");
    expect(JSON.stringify(summary?.rows)).toContain("坏文件.xlsx");
    expect(JSON.stringify(summary?.rows)).toContain("无法读取");
  });

  test("an enterprise counted by two counties with different figures: written, exit 1", async () => {
    const twice = join(dir, "twice");
    mkdirSync(twice);
    await writeBatches(join(twice, "a.xlsx"), CLEAN);
    await writeBatches(join(twice, "b.xlsx"), [{ ...CLEAN[1], status: "已完成", done: new Date(Date.UTC(2022, 5, 1)) }]);
    const out = join(dir, "twice.xlsx");
    const r = await run(["merge", twice, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("merge.duplicate");
    expect(existsSync(out)).toBe(true);
  });

  test("refuses an OUT that is a source, also through a link, and one that exists without --force", async () => {
    const source = join(counties, "宣化区.xlsx");
    const before = bytes(source);
    const same = await run(["merge", source, "--out", source, "--force"]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain("输入文件");
    const link = join(dir, "link.xlsx");
    symlinkSync(source, link);
    const linked = await run(["merge", counties, "--out", link, "--force"]);
    expect(linked.status).toBe(2);
    expect(bytes(source)).toBe(before);
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "mine");
    const exists = await run(["merge", counties, "--out", out]);
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect((await run(["merge", counties, "--out", out, "--force"])).status).toBe(0);
  });

  test("a sheet that no ledger kind fits is named on the source's line and in the JSON: it is not carried", async () => {
    const extra = join(dir, "extra");
    mkdirSync(extra);
    const file = join(extra, "宣化区.xlsx");
    await writeBatches(file, CLEAN);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.addWorksheet("补充企业").addRows([["单位", "代码"], ["宣化补充有限公司", code("130705", "MA0F00009")]]);
    await wb.xlsx.writeFile(file);
    const text = await run(["merge", extra, "--out", join(dir, "extra-text.xlsx")]);
    expect(text.stdout).toContain("未汇总的工作表（未识别为台账）：补充企业");
    const json = JSON.parse((await run(["merge", extra, "--out", join(dir, "extra-json.xlsx"), "--format", "json"])).stdout);
    expect(json.files.map((f: { ignoredSheets: string[] }) => f.ignoredSheets)).toEqual([["补充企业"]]);
  });

  test("an OUT in a folder that does not exist is refused before any source is read, in words", async () => {
    const out = join(dir, "没有的文件夹", "全市.xlsx");
    const r = await run(["merge", counties, "--out", out], { stderrTty: true });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("文件夹");
    expect(r.stderr).toContain("不存在");
    expect(r.stderr).not.toContain("ENOENT");
    expect(r.stderr).not.toContain("（1/2）");
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors: no source, no --out, an empty directory", async () => {
    expect((await run(["merge", "--out", join(dir, "x.xlsx")])).status).toBe(2);
    expect((await run(["merge", counties])).status).toBe(2);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const r = await run(["merge", empty, "--out", join(dir, "x.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("没有 .xlsx 文件");
  });

  test("progress per file on a terminal only; --with-reports adds the report tabs", async () => {
    const quiet = await run(["merge", counties, "--out", join(dir, "q.xlsx")]);
    expect(quiet.stderr).toBe("");
    const shown = await run(["merge", counties, "--out", join(dir, "p.xlsx"), "--with-reports"], { stderrTty: true });
    expect(shown.stderr).toContain("（2/2）");
    expect(shown.stdout).toContain("县区汇总");
    const wb = await readXlsxFile(join(dir, "p.xlsx"));
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总说明", "三个一批", "目标任务", "县区汇总"]));
  });
  test("every merged record's cells carry their column's number format", async () => {
    const out = join(dir, "formats.xlsx");
    expect((await run(["merge", counties, "--out", out])).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("三个一批");
    const formatted: string[] = [];
    for (let c = 1; c <= ws!.columnCount; c++) {
      const numFmt = ws!.getColumn(c).numFmt;
      if (!numFmt) continue;
      for (let r = 2; r <= CLEAN.length + OTHER.length + 1; r++) {
        const cell = ws!.getCell(r, c);
        if (cell.value === null) continue;
        expect([cell.address, cell.numFmt]).toEqual([cell.address, numFmt]);
        formatted.push(cell.address);
      }
    }
    expect(formatted.length).toBeGreaterThan(CLEAN.length);
  });

  test("a figure too large for 万元 is an error of its source and is written as the source had it, never Infinity", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("百家重点企业台账");
    ws.addRow(["企业名称", "统一社会信用代码", "所属县区", "本年营业收入（亿元）"]);
    ws.addRow(["宣化钢铁有限公司", code("130705", "MA0F00002"), "宣化区", 1e305]);
    ws.addRow(["宣化机械有限公司", code("130705", "MA0F00003"), "宣化区", 2]);
    const source = join(dir, "超大.xlsx");
    writeFileSync(source, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(dir, "超大-全市.xlsx");
    const r = await run(["merge", source, "--out", out, "--format", "json"]);
    expect(r.status).toBe(0);
    const [file] = JSON.parse(r.stdout).files;
    expect(file.summary).toMatchObject({ ready: false });
    expect(file.summary.errors).toBeGreaterThan(0);
    const own = checkWorkbook(await readXlsxFile(source), { today: new Date(2022, 10, 15) });
    expect(own.findings.map((f) => `${f.rule}.${f.variant}@${f.row}`)).toContain("number.invalid.overflow@2");
    const merged = await readXlsxFile(out);
    const rows = merged.sheets.find((s) => s.name === "百家重点企业台账")?.rows ?? [];
    const col = (rows[0] as unknown[]).indexOf("本年营业收入");
    // The figure as the source had it (the converted one is written in 万元).
    expect(rows.slice(1).map((row) => (row as unknown[])[col])).toEqual([1e305, 20000]);
    expect(JSON.stringify(merged.sheets)).not.toMatch(/Infinity|NaN/);
  });
});
