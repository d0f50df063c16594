/**
 * HISTORY.md "Explanations over time" in the CLI: an entry of an earlier period whose value has changed shows as
 * 上期说明（数值已变） and does not count; the previous workbook's explanation is listed (`explanation.previous`)
 * and never counted.
 */

import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { uscc } from "../rules/helpers";
import { run } from "./helpers";

const KE_HEADER = ["企业名称", "统一社会信用代码", "所属县区", "所属产业", "行业代码", "本年营业收入", "上年营业收入", "增长率", "是否规上"];
const SHEET = "百家重点企业台账";

/** Two enterprises with the growth `g1`, `g2` (both above the review band), revenues cumulative to `period`. */
async function write(path: string, period: number, g1: number, g2: number, entries: (string | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(KE_HEADER);
  const base = 100 * period;
  for (const [n, g] of [[1, g1], [2, g2]]) ws.addRow([`企业${n}`, uscc(n), "张北县", "冰雪装备", "C3512", Math.round(base * (1 + g)), base, g, "是"]);
  const ex = wb.addWorksheet("审核说明");
  ex.addRow(["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"]);
  ex.addRow([SHEET, "", "ledger.count", "", "其余企业下月补录"]);
  for (const e of entries) ex.addRow(e);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

interface Issue {
  rule: string;
  row: number | null;
  explained: boolean;
  message: string;
  explanation?: { text?: string; stale?: object; previous?: object };
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gx-explain-"));
  // Last month: 企业1 explained at 73.7 %; 企业2 explained at 90 %.
  await write(join(dir, "上期.xlsx"), 9, 0.737, 0.9, [
    [SHEET, uscc(1), "growth.review", "", "新投产线", "1-9月", "0.737"],
    [SHEET, uscc(2), "growth.review", "", "兼并重组", "1-9月", "0.9"],
  ]);
  // This month, copied from last month: 企业1 still 73.7 % (its entry counts), 企业2 now 120 % (it does not).
  await write(join(dir, "本期.xlsx"), 10, 0.737, 1.2, [
    [SHEET, uscc(1), "growth.review", "", "新投产线", "1-9月", "0.737"],
    [SHEET, uscc(2), "growth.review", "", "兼并重组", "1-9月", "0.9"],
  ]);
  // Nothing explained this month yet.
  await write(join(dir, "本期-空白.xlsx"), 10, 0.737, 1.2, []);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const review = (issues: Issue[], row: number) => issues.find((i) => i.rule === "growth.review" && i.row === row);

test("JSON: an entry of 1-9月 still explains at an unchanged value; at a changed one it is `explanation.stale`, not counted", async () => {
  const r = await run(["check", "本期.xlsx", "--period", "10", "--format", "json"], { cwd: dir });
  const [f] = JSON.parse(r.stdout).files as { issues: Issue[]; summary: { explained: number; ready: boolean } }[];
  expect(review(f.issues, 2)).toMatchObject({ explained: true, explanation: { text: "新投产线" } });
  expect(review(f.issues, 3)).toMatchObject({ explained: false, explanation: { stale: { text: "兼并重组", period: "1-9月", value: "0.9" } } });
  expect(f.summary).toMatchObject({ explained: 2, ready: false });
  expect(r.status).toBe(1);
});

test("text: 上期说明（数值已变） beside the warning, in Chinese and in English", async () => {
  const zh = await run(["check", "本期.xlsx", "--period", "10"], { cwd: dir });
  expect(zh.stdout).toContain("（上期说明（数值已变）：“兼并重组”，1-9月当时数值 0.9，不计为已说明）");
  const en = await run(["check", "本期.xlsx", "--period", "10", "--lang", "en"], { cwd: dir });
  expect(en.stdout).toContain("(explanation of an earlier period, value changed: “兼并重组”, 1-9月 at value 0.9; not counted)");
});

test("--previous: last month's explanations are listed on the warnings they match (`explanation.previous`), never counted", async () => {
  const r = await run(["check", "本期-空白.xlsx", "--period", "10", "--previous", "上期.xlsx", "--previous-period", "9", "--format", "json"], { cwd: dir });
  const [f] = JSON.parse(r.stdout).files as { issues: Issue[]; summary: { explained: number; ready: boolean } }[];
  expect(review(f.issues, 2)).toMatchObject({
    explained: false,
    explanation: { previous: { text: "新投产线", period: "1-9月", value: "0.737", file: "上期.xlsx", valueChanged: false } },
  });
  expect(review(f.issues, 3)?.explanation).toEqual({ previous: { text: "兼并重组", period: "1-9月", value: "0.9", file: "上期.xlsx", valueChanged: true } });
  // Only ledger.count, explained in the sheet itself.
  expect(f.summary).toMatchObject({ explained: 1, ready: false });

  const text = await run(["check", "本期-空白.xlsx", "--period", "10", "--previous", "上期.xlsx", "--previous-period", "9"], { cwd: dir });
  expect(text.stdout).toContain("（上期说明：“新投产线”，1-9月，可沿用）");
  expect(text.stdout).toContain("（上期说明：“兼并重组”，1-9月当时数值 0.9，数值已变）");
});

test("an explanation carrying terminal control characters is shown without them", async () => {
  await write(join(dir, "控制符.xlsx"), 10, 0.737, 1.2, [[SHEET, uscc(2), "growth.review", "", "兼并\u001b[31m重组", "1-9月", "0.9"]]);
  const r = await run(["check", "控制符.xlsx", "--period", "10"], { cwd: dir });
  expect(r.stdout).not.toContain("\u001b[31m");
  expect(r.stdout).toContain("上期说明（数值已变）");
});
