/** HISTORY.md and INTERFACES.md: `check` and `report` with --previous, --previous-period and --previous-dir. */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { run } from "./helpers";

const PROJ = ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "是否入统"];

interface Proj {
  name: string;
  stage: string;
  ytd: number;
}

/** A projects ledger and a targets sheet whose 截止月份 says the period. */
async function writeProjects(path: string, period: number, rows: Proj[], totalHeader = "总投资", total = 50000): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("百项工业项目库");
  ws.addRow(PROJ.map((h) => (h === "总投资" ? totalHeader : h)));
  for (const r of rows) ws.addRow([r.name, `${r.name}公司`, "宣化区", r.stage, total, r.ytd, "是"]);
  const tg = wb.addWorksheet("目标任务");
  tg.addRow(["指标名称", "目标值", "单位", "实际完成", "截止月份"]);
  tg.addRow(["百项工业项目库", 100, "个", 90, period]);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gx-history-"));
  await writeProjects(join(dir, "本期.xlsx"), 10, [{ name: "甲项目", stage: "续建", ytd: 700 }, { name: "乙项目", stage: "前期", ytd: 300 }]);
  await writeProjects(join(dir, "上期.xlsx"), 9, [{ name: "甲项目", stage: "续建", ytd: 800 }, { name: "乙项目", stage: "续建", ytd: 280 }, { name: "丙项目", stage: "续建", ytd: 100 }]);
  // 5 亿元 in the previous file, 50000 万元 now: the same 总投资.
  await writeProjects(join(dir, "上期-亿元.xlsx"), 9, [{ name: "甲项目", stage: "续建", ytd: 600 }, { name: "乙项目", stage: "前期", ytd: 250 }], "总投资(亿元)", 5);
  await writeProjects(join(dir, "下期.xlsx"), 11, [{ name: "甲项目", stage: "续建", ytd: 900 }]);
  writeFileSync(join(dir, "坏文件.xlsx"), "not a workbook");
  mkdirSync(join(dir, "上月"));
  await writeProjects(join(dir, "上月", "本期.xlsx"), 9, [{ name: "甲项目", stage: "续建", ytd: 800 }]);
  await writeProjects(join(dir, "另一县.xlsx"), 10, [{ name: "丁项目", stage: "续建", ytd: 100 }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonIssue {
  rule: string;
  severity: string;
  message: string;
  cell: string | null;
}
interface JsonFile {
  file: string;
  previous?: { file: string; year?: number; period?: number; comparison?: string; error?: string };
  issues: JsonIssue[];
  summary: { ready: boolean };
  error?: string;
}

const history = (f: JsonFile) => f.issues.filter((i) => i.rule.startsWith("history.")).map((i) => `${i.rule}@${i.cell ?? "-"}`).sort();

describe("gx-ledger check --previous", () => {
  test("the full comparison: history findings, the JSON's previous object, exit 1", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "上期.xlsx", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const [f] = JSON.parse(r.stdout).files as JsonFile[];
    expect(f.previous).toEqual({ file: "上期.xlsx", year: 2022, period: 9, comparison: "full" });
    expect(history(f)).toEqual(["history.removed@-", "history.status-regressed@D3", "history.ytd-decreased@F2"]);
    const fell = f.issues.find((i) => i.rule === "history.ytd-decreased");
    expect(fell).toMatchObject({ severity: "warning", message: "本年完成投资由上期 800 万元降至 700 万元；累计数不应下降" });
    expect(f.issues.find((i) => i.rule === "history.removed")?.message).toContain("丙项目");
  });

  test("the text format names the previous file and the comparison", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "上期.xlsx"], { cwd: dir });
    expect(r.stdout).toContain("上期：上期.xlsx（2022年1-9月，全面对比）");
    expect(r.stdout).toContain("history.ytd-decreased");
    const en = await run(["check", "本期.xlsx", "--previous", "上期.xlsx", "--lang", "en"], { cwd: dir });
    expect(en.stdout).toContain("Previous: 上期.xlsx (2022 months 1–9, full comparison)");
  });

  test("5 亿元 then 50000 万元 is the same 总投资", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "上期-亿元.xlsx", "--format", "json"], { cwd: dir });
    const [f] = JSON.parse(r.stdout).files as JsonFile[];
    expect(history(f)).toEqual([]);
  });

  test("--previous-period 2021-12: the year-start comparison, where cumulative figures restart", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "上期.xlsx", "--previous-period", "2021-12", "--format", "json"], { cwd: dir });
    const [f] = JSON.parse(r.stdout).files as JsonFile[];
    expect(f.previous).toEqual({ file: "上期.xlsx", year: 2021, period: 12, comparison: "year-start" });
    expect(history(f)).toEqual(["history.removed@-", "history.status-regressed@D3"]);
  });

  test("a previous workbook of a later period: usage error, exit 2, nothing compared", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "下期.xlsx"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("上期报告期应早于本期：上期为 2022年1-11月，本期为 2022年1-10月，未作对比");
    expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  });

  test("two years earlier: usage error, exit 2", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "上期.xlsx", "--previous-period", "2020-12", "--lang", "en"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("must be of this year or last year");
  });

  test("an unreadable previous file: the current one is still checked, the reason given, exit 2", async () => {
    const r = await run(["check", "本期.xlsx", "--previous", "坏文件.xlsx", "--format", "json"], { cwd: dir });
    expect(r.status).toBe(2);
    const [f] = JSON.parse(r.stdout).files as JsonFile[];
    expect(f.previous?.file).toBe("坏文件.xlsx");
    expect(f.previous?.error).toEqual(expect.any(String));
    expect(f.issues.length).toBeGreaterThan(0);
    expect(history(f)).toEqual([]);
    const text = await run(["check", "本期.xlsx", "--previous", "坏文件.xlsx"], { cwd: dir });
    expect(text.stdout).toContain("上期文件 坏文件.xlsx 无法读取，未作历史对比");
  });

  test.each([
    [["check", "本期.xlsx", "另一县.xlsx", "--previous", "上期.xlsx"], "--previous 只能与一个文件同用"],
    [["check", "本期.xlsx", "--previous", "上期.xlsx", "--previous-dir", "上月"], "不能同时使用"],
    [["check", "本期.xlsx", "--previous-period", "9"], "--previous-period 需与"],
    [["check", "本期.xlsx", "--previous", "上期.xlsx", "--previous-period", "13"], "--previous-period 应为"],
    [["check", "本期.xlsx", "--previous-dir", "没有的目录"], "找不到上期目录"],
  ])("usage: %j", async (argv, message) => {
    const r = await run(argv, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("gx-ledger check --previous-dir", () => {
  test("pairs by file name; a file without a counterpart gets history.no-previous and is checked alone", async () => {
    const r = await run(["check", "本期.xlsx", "另一县.xlsx", "--previous-dir", "上月", "--format", "json"], { cwd: dir });
    const [a, b] = JSON.parse(r.stdout).files as JsonFile[];
    expect(a.previous).toEqual({ file: join("上月", "本期.xlsx"), year: 2022, period: 9, comparison: "full" });
    expect(history(a)).toEqual(["history.added@A3", "history.ytd-decreased@F2"]);
    expect(b.previous).toBeUndefined();
    expect(b.issues.filter((i) => i.rule === "history.no-previous")).toEqual([
      expect.objectContaining({ severity: "info", message: "上月 中没有同名的上期文件，本文件未作历史对比" }),
    ]);
  });

  test("files that share a name (each county's 台账.xlsx) are paired under the same folders, never with one previous file", async () => {
    for (const county of ["东区", "西区"]) {
      mkdirSync(join(dir, "本月", county), { recursive: true });
      await writeProjects(join(dir, "本月", county, "台账.xlsx"), 10, [{ name: `${county}项目`, stage: "续建", ytd: 700 }]);
    }
    mkdirSync(join(dir, "上月", "东区"));
    await writeProjects(join(dir, "上月", "东区", "台账.xlsx"), 9, [{ name: "东区项目", stage: "续建", ytd: 800 }]);
    // A previous file of the same name at the top would have been the previous file of both.
    await writeProjects(join(dir, "上月", "台账.xlsx"), 9, [{ name: "别的项目", stage: "续建", ytd: 1 }]);
    const r = await run(["check", join("本月", "东区", "台账.xlsx"), join("本月", "西区", "台账.xlsx"), "--previous-dir", "上月", "--format", "json"], { cwd: dir });
    const [east, west] = JSON.parse(r.stdout).files as JsonFile[];
    expect(east.previous).toMatchObject({ file: join("上月", "东区", "台账.xlsx"), period: 9 });
    expect(history(east)).toEqual(["history.ytd-decreased@F2"]);
    expect(west.previous).toBeUndefined();
    expect(west.issues.map((i) => i.rule)).toContain("history.no-previous");
  });
});

describe("gx-ledger report --previous", () => {
  const tabsOf = async (path: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb.worksheets.map((w) => w.name);
  };

  test("writes the tab 与上期对比 beside the seven; without --previous it is not written", async () => {
    const r = await run(["report", "本期.xlsx", "--previous", "上期.xlsx", "--out", "对比.xlsx"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(await tabsOf(join(dir, "对比.xlsx"))).toContain("与上期对比");
    const ws = new ExcelJS.Workbook();
    await ws.xlsx.readFile(join(dir, "对比.xlsx"));
    expect(ws.getWorksheet("与上期对比")?.getCell("A1").value).toBe("2022年1-10月 与上期（1-9月）对比");
    const plain = await run(["report", "本期.xlsx", "--out", "无对比.xlsx"], { cwd: dir });
    expect(plain.status).toBe(0);
    expect(await tabsOf(join(dir, "无对比.xlsx"))).not.toContain("与上期对比");
  });

  test("a refused comparison writes nothing", async () => {
    const r = await run(["report", "本期.xlsx", "--previous", "下期.xlsx", "--out", "不写.xlsx"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(await tabsOf(join(dir, "不写.xlsx")).catch(() => null)).toBeNull();
  });
});
