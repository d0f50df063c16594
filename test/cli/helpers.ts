import { writeFileSync } from "fs";
import ExcelJS from "exceljs";
import { usccCheckChar } from "../../src/core/calc/uscc";
import type { GxSettings } from "../../src/core/read/result";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { writeSettings } from "../../src/ports/file/shared/settings";

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  tty?: boolean;
  stderrTty?: boolean;
  env?: Record<string, string>;
}

/** Runs gx-ledger in-process with captured output (the spawn tests cover the real process). */
export async function run(argv: string[], opts: RunOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.stderrTty ?? false },
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    // The period follows the calendar when a workbook has no targets sheet: November 2022 → 1–11月.
    today: new Date(2022, 10, 15),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

export function code(county: string, body: string): string {
  const first17 = `91${county}${body}`;
  return first17 + usccCheckChar(first17);
}

export interface BatchRow {
  name: string;
  code: string;
  status: "已完成" | "推进中";
  done?: Date;
}

/** A 三个一批 ledger: no count rule applies to it, so clean rows make a workbook ready to submit. */
export async function writeBatches(path: string, rows: BatchRow[], opts: { sheet?: string; settings?: GxSettings } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? "三个一批");
  ws.addRow(["企业名称", "统一社会信用代码", "所属县区", "类别", "进展状态", "完成时间", "验收情况"]);
  for (const r of rows) ws.addRow([r.name, r.code, "宣化区", "搬迁入园进区", r.status, r.done ?? null, r.status === "已完成" ? "已验收" : null]);
  if (opts.settings) writeSettings(wb, opts.settings);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

export const CLEAN: BatchRow[] = [
  { name: "张家口宏达机械有限公司", code: code("130705", "MA0CXXX1A"), status: "已完成", done: new Date(Date.UTC(2022, 4, 10)) },
  { name: "宣化瑞丰食品有限公司", code: code("130705", "MA0D12345"), status: "推进中" },
];

/** The same ledger with a relocation reported done but without its date (batch.done-needs-date, an error). */
export const FAULTY: BatchRow[] = [...CLEAN, { name: "河北华盛建材有限公司", code: code("130705", "MA0E54321"), status: "已完成" }];
