/**
 * Issue 13: a county's workbook judged by its own scope and month. Workbooks as counties write them: a title
 * row naming the months above the header, records of one county, a targets sheet of the county's own figures.
 */

import { existsSync, readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import type { GxSettings } from "../../src/core/read/result";
import { writeSettings } from "../../src/ports/file/shared/settings";
import { tempDir } from "../ports/file/fixtures";
import { code, run } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

const KE_HEADER = ["企业名称", "统一社会信用代码", "所属县区", "所属产业", "行业代码", "本年营业收入", "上年营业收入", "增长率", "是否规上"];

interface Ledger {
  sheet?: string;
  title?: string;
  /** 所属县区 of each record. */
  regions: string[];
}

/** A workbook of key-enterprises ledgers (each with its optional title row) and, if asked, a targets sheet. */
async function write(name: string, ledgers: Ledger[], opts: { targets?: [string, number, string][]; settings?: GxSettings } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  let n = 0;
  for (const [i, l] of ledgers.entries()) {
    const ws = wb.addWorksheet(l.sheet ?? (i === 0 ? "百家重点企业台账" : `重点企业${i + 1}`));
    if (l.title) ws.addRow([l.title]);
    ws.addRow(KE_HEADER);
    for (const region of l.regions) {
      n++;
      const county = region === "宣化区" ? "130705" : "130730";
      ws.addRow([`怀来企业${n}`, code(county, `MA0C${String(n).padStart(4, "0")}X`), region, "其他", "C3512", 3000, 2500, 0.2, "是"]);
    }
  }
  if (opts.targets) {
    const ws = wb.addWorksheet("目标任务");
    ws.addRow(["指标名称", "目标值", "单位", "实际完成"]);
    for (const row of opts.targets) ws.addRow(row);
  }
  if (opts.settings) writeSettings(wb, opts.settings);
  const path = tmp.path(name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

const HUAILAI_12 = Array<string>(12).fill("怀来县");
const TITLE = "2022年1-3月怀来县百家重点企业台账";

type JsonIssue = { rule: string; message: string; row: number | null; severity: string };
const checkJson = async (args: string[]) => {
  const r = await run(["check", ...args, "--format", "json"]);
  return { status: r.status, file: JSON.parse(r.stdout).files[0] as { profile: Record<string, unknown>; issues: JsonIssue[] } };
};
const rules = (issues: JsonIssue[], id: string) => issues.filter((i) => i.rule === id);

describe("the reporting period", () => {
  test("a county workbook titled 2022年1-3月 is checked as 1–3 月, from the title, and says so", async () => {
    const file = await write("huailai.xlsx", [{ title: TITLE, regions: HUAILAI_12 }]);
    const { file: f } = await checkJson([file]);
    expect(f.profile).toMatchObject({ period: 3, periodSource: "title", periodText: "2022年1-3月…" });
    const text = await run(["check", file]);
    expect(text.stdout).toContain("报告期 1–3 月（取自标题“2022年1-3月…”）");
    const en = await run(["check", file, "--lang", "en"]);
    expect(en.stdout).toContain("period months 1–3 (from the title “2022年1-3月…”)");
  });

  test("the file name 台账2022-3.xlsx alone gives 3, from the file name", async () => {
    const file = await write("台账2022-3.xlsx", [{ regions: HUAILAI_12 }]);
    const { file: f } = await checkJson([file]);
    expect(f.profile).toMatchObject({ period: 3, periodSource: "file-name", periodText: "台账2022-3.xlsx" });
    expect((await run(["check", file])).stdout).toContain("报告期 1–3 月（取自文件名“台账2022-3.xlsx”）");
  });

  test("--period wins over the title and the file name", async () => {
    const file = await write("台账2022-4.xlsx", [{ title: TITLE, regions: HUAILAI_12 }]);
    const { file: f } = await checkJson([file, "--period", "5"]);
    expect(f.profile).toMatchObject({ period: 5, periodSource: "option" });
    expect(f.profile.periodText).toBeUndefined();
  });

  test("a period in a header (1-3月完成投资 style) is read too", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("百家重点企业台账");
    ws.addRow(KE_HEADER.map((h) => (h === "本年营业收入" ? "1-3月营业收入" : h)));
    ws.addRow(["怀来企业1", code("130730", "MA0C0001X"), "怀来县", "其他", "C3512", 3000, 2500, 0.2, "是"]);
    const path = tmp.path("header.xlsx");
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { file: f } = await checkJson([path]);
    expect(f.profile).toMatchObject({ period: 3, periodSource: "header", periodText: "1-3月…" });
  });

  test("two ledgers titled 1-3月 and 1-4月 → period.conflict, naming both", async () => {
    const file = await write("conflict.xlsx", [
      { title: TITLE, regions: HUAILAI_12.slice(0, 6) },
      { title: "2022年1-4月怀来县重点企业（续）", regions: HUAILAI_12.slice(0, 6) },
    ]);
    const { file: f } = await checkJson([file]);
    const [conflict, ...more] = rules(f.issues, "period.conflict");
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ severity: "warning", row: null });
    expect(conflict.message).toContain("3、4 月");
    expect(conflict.message).toContain("百家重点企业台账“2022年1-3月…”");
    expect(conflict.message).toContain("重点企业2“2022年1-4月…”");
  });

  test("ledgers titled alike give no period.conflict", async () => {
    const file = await write("alike.xlsx", [{ title: TITLE, regions: HUAILAI_12.slice(0, 6) }, { title: "2022年1-3月续表", regions: HUAILAI_12.slice(0, 6) }]);
    expect(rules((await checkJson([file])).file.issues, "period.conflict")).toEqual([]);
  });
});

describe("a county's workbook", () => {
  const targets: [string, number, string][] = [["百家重点企业", 12, "家"]];
  let huailai: string;
  beforeAll(async () => {
    huailai = await write("怀来县.xlsx", [{ title: TITLE, regions: HUAILAI_12 }], { targets });
  });

  test("as the city's (no --scope): judged against 100, and the CLI hints at 怀来县 without switching", async () => {
    const { file: f } = await checkJson([huailai]);
    expect(f.profile).toMatchObject({ scope: "city", countyHint: { code: "130730", name: "怀来县", records: 12, total: 12 } });
    expect(rules(f.issues, "ledger.count")).toHaveLength(1);
    expect(rules(f.issues, "target.differs")).toHaveLength(1);
    expect(rules(f.issues, "scope.county")).toEqual([]);
    const text = await run(["check", huailai]);
    expect(text.stdout).toContain("提示：12 条记录中有 12 条属于怀来县。如是怀来县的台账，请加 --scope 怀来县 再检查（未自动切换）");
  });

  test("--scope 怀来县 without a decomposition: no ledger.count, no target.differs, one scope.county", async () => {
    const { file: f } = await checkJson([huailai, "--scope", "怀来县"]);
    expect(f.profile).toMatchObject({ scope: "130730", scopeName: "怀来县" });
    expect(f.profile.countyHint).toBeUndefined();
    expect(rules(f.issues, "ledger.count")).toEqual([]);
    expect(rules(f.issues, "target.differs")).toEqual([]);
    const county = rules(f.issues, "scope.county");
    expect(county).toHaveLength(1);
    expect(county[0]).toMatchObject({ severity: "info" });
    expect(county[0].message).toContain("按怀来县的台账审核：百家重点企业不与全市目标比较");
    const text = await run(["check", huailai, "--scope", "130730"]);
    expect(text.stdout).toContain("范围：怀来县（130730），按县区台账审核");
    expect(text.stdout).not.toContain("提示：");
  });

  test("with a decomposition of 15 key enterprises: ledger.count and target.differs against 15", async () => {
    const p = tmp.path("decomposed.json");
    writeFileSync(p, JSON.stringify({ decomposition: { "130730": { counts: { keyEnterprises: 15 } } } }));
    const { file: f } = await checkJson([huailai, "--scope", "怀来县", "--profile", p]);
    expect(rules(f.issues, "ledger.count").map((i) => i.message)).toEqual(["台账共 12 条，少于“百家重点企业”目标 15"]);
    expect(rules(f.issues, "target.differs").map((i) => i.message)).toEqual(["“百家重点企业”的目标值 12 与方案目标 15 不一致"]);
  });

  test("report --scope 怀来县: every tab's title begins with 怀来县, 县区汇总 lists 怀来县 alone", async () => {
    const out = tmp.path("怀来县-报表.xlsx");
    const r = await run(["report", huailai, "--scope", "怀来县", "--out", out]);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(r.stdout).not.toContain("提示：");
    expect(wb.getWorksheet("目标完成情况")?.getCell("A1").value).toBe("怀来县 2022年1-3月 目标完成情况");
    expect(wb.getWorksheet("校验结果")?.getCell("A1").value).toBe("怀来县 2022年1-3月 校验结果");
    const regions = wb.getWorksheet("县区汇总");
    const names: unknown[] = [];
    regions?.eachRow((row) => names.push(row.getCell(1).value));
    expect(names).toContain("怀来县");
    expect(names).not.toContain("宣化区");
  });

  test("report without --scope hints at the county too", async () => {
    const r = await run(["report", huailai, "--out", tmp.path("全市口径-报表.xlsx")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("请加 --scope 怀来县 再检查（未自动切换）");
  });

  test("a 宣化区 record in it → scope.foreign-region on that record", async () => {
    const file = await write("怀来县-混入.xlsx", [{ title: TITLE, regions: [...HUAILAI_12.slice(0, 11), "宣化区"] }]);
    const { file: f } = await checkJson([file, "--scope", "怀来县"]);
    expect(rules(f.issues, "scope.foreign-region")).toEqual([
      expect.objectContaining({ severity: "warning", row: 14, message: "该记录属于宣化区，不在本县（怀来县）台账范围" }),
    ]);
    expect(rules((await checkJson([file])).file.issues, "scope.foreign-region")).toEqual([]);
  });

  test("the scope stored with the workbook's profile is its own", async () => {
    const file = await write("stored.xlsx", [{ title: TITLE, regions: HUAILAI_12 }], { settings: { profile: { scope: "130730" } } });
    const { file: f } = await checkJson([file]);
    expect(f.profile).toMatchObject({ source: "workbook", scope: "130730" });
    expect(rules(f.issues, "ledger.count")).toEqual([]);
    // --scope city says it is the city's after all.
    expect((await checkJson([file, "--scope", "city"])).file.profile).toMatchObject({ scope: "city" });
  });
});

describe("several files at once", () => {
  test("each keeps its own scope; the total counts files per county", async () => {
    const county = await write("a-怀来.xlsx", [{ title: TITLE, regions: HUAILAI_12 }], { settings: { profile: { scope: "130730" } } });
    const city = await write("b-全市.xlsx", [{ regions: ["宣化区", "怀来县"] }]);
    const out = JSON.parse((await run(["check", county, city, "--format", "json"])).stdout);
    expect(out.files.map((f: { profile: { scope: string } }) => f.profile.scope)).toEqual(["130730", "city"]);
    const text = await run(["check", county, city]);
    expect(text.stdout).toMatch(/合计 2 个文件：.*（怀来县 1 个；全市 1 个）/);
  });
});

describe("template --scope", () => {
  /** 指标名称 → 目标值 of the template's targets sheet. */
  async function targetsOf(path: string): Promise<Map<string, unknown>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const out = new Map<string, unknown>();
    wb.getWorksheet("目标任务")?.eachRow((row, n) => {
      if (n > 1) out.set(String(row.getCell(2).value), row.getCell(3).value);
    });
    return out;
  }

  test("a county's targets sheet is pre-filled with its decomposed targets, the rest left blank; the scope travels", async () => {
    const p = tmp.path("decomposition-template.json");
    writeFileSync(p, JSON.stringify({ decomposition: { "130730": { counts: { keyEnterprises: 15 }, targets: { fixedInvestmentGrowth: 0.08 } } } }));
    const out = tmp.path("怀来县模板.xlsx");
    expect((await run(["template", "--out", out, "--profile", p, "--scope", "怀来县"])).status).toBe(0);
    const targets = await targetsOf(out);
    expect(targets.get("百家重点企业")).toBe(15);
    expect(targets.get("工业固定资产投资增速")).toBe(0.08);
    expect(targets.get("净增规模以上工业企业")).toBeNull();
    expect(targets.size).toBe(27);
    expect((await checkJson([out])).file.profile).toMatchObject({ source: "workbook", scope: "130730" });
  });

  test("without a decomposition every target is the county's to fill in; the city's template keeps the plan's", async () => {
    const county = tmp.path("怀来县空白模板.xlsx");
    expect((await run(["template", "--out", county, "--scope", "130730"])).status).toBe(0);
    expect([...(await targetsOf(county)).values()].every((v) => v === null)).toBe(true);
    expect((await checkJson([county])).file.profile).toMatchObject({ scope: "130730" });
    const city = tmp.path("全市模板.xlsx");
    expect((await run(["template", "--out", city])).status).toBe(0);
    expect((await targetsOf(city)).get("百家重点企业")).toBe(100);
  });

  test("an unknown county is a usage error, nothing written", async () => {
    const out = tmp.path("none.xlsx");
    const r = await run(["template", "--out", out, "--scope", "怀柔区"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("130730 怀来县");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the decomposition as a table", () => {
  test("decomposition --out D.csv writes the blank 任务分解表; filled in, --decomposition judges the county by it", async () => {
    const csv = tmp.path("任务分解.csv");
    expect((await run(["decomposition", "--out", csv])).status).toBe(0);
    const lines = readFileSync(csv, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0].startsWith("县区代码,县区,规模以上工业增加值增速,")).toBe(true);
    expect(lines).toHaveLength(20);
    const header = lines[0].split(",");
    const filled = lines.map((l) => (l.startsWith("130730,") ? l.split(",").map((c, i) => (header[i] === "百家重点企业" ? "15" : c)).join(",") : l));
    writeFileSync(csv, filled.join("\r\n"));
    const file = await write("怀来县-分解.xlsx", [{ title: TITLE, regions: HUAILAI_12 }]);
    const { file: f } = await checkJson([file, "--scope", "怀来县", "--decomposition", csv]);
    expect(rules(f.issues, "ledger.count").map((i) => i.message)).toEqual(["台账共 12 条，少于“百家重点企业”目标 15"]);
  });

  test("decomposition --out D.json and profile --decomposition carry the same shares", async () => {
    const csv = tmp.path("分解-手填.csv");
    writeFileSync(csv, "县区,百家重点企业,工业投资增速\n怀来县,15,8%\n");
    const jsonOut = tmp.path("分解.json");
    expect((await run(["decomposition", "--decomposition", csv, "--out", jsonOut])).status).toBe(0);
    const shares = { "130730": { counts: { keyEnterprises: 15 }, targets: { fixedInvestmentGrowth: 0.08 } } };
    expect(JSON.parse(readFileSync(jsonOut, "utf8"))).toEqual({ decomposition: shares });
    const profileOut = tmp.path("方案-分解.json");
    expect((await run(["profile", "--decomposition", jsonOut, "--out", profileOut])).status).toBe(0);
    expect(JSON.parse(readFileSync(profileOut, "utf8")).decomposition).toEqual(shares);
  });

  test("a broken table is a usage error naming row and column (exit 2)", async () => {
    const csv = tmp.path("分解-有误.csv");
    writeFileSync(csv, "县区,百家重点企业\n怀柔区,15\n怀来县,-3\n");
    const file = await write("any3.xlsx", [{ regions: HUAILAI_12 }]);
    const r = await run(["check", file, "--decomposition", csv]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("任务分解表第 2 行：“怀柔区”不是本市的县区");
  });
});

describe("bad input", () => {
  test("an unknown county in --scope is a usage error naming the known ones (exit 2)", async () => {
    const file = await write("any.xlsx", [{ regions: HUAILAI_12 }]);
    const r = await run(["check", file, "--scope", "怀柔区"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--scope 应为 city 或本市县区的代码或名称，而不是“怀柔区”");
    expect(r.stderr).toContain("130730 怀来县");
    expect(r.stderr).toContain("130705 宣化区");
  });

  test.each([
    ["negative", { "130730": { counts: { keyEnterprises: -1 } } }, "decomposition[\"130730\"].counts.keyEnterprises"],
    ["an unknown county code", { "130799": { counts: { keyEnterprises: 15 } } }, "decomposition[\"130799\"]"],
    ["an unknown target key", { "130730": { targets: { keyEnterprise: 15 } } }, "decomposition[\"130730\"].targets.keyEnterprise"],
  ])("a decomposition with %s is a schema error naming the field (exit 2)", async (_what, decomposition, field) => {
    const file = await write("any2.xlsx", [{ regions: HUAILAI_12 }]);
    const p = tmp.path("broken-decomposition.json");
    writeFileSync(p, JSON.stringify({ decomposition }));
    const r = await run(["check", file, "--profile", p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(field);
  });
});
