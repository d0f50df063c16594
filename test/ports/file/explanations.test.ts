/**
 * Explanations in the standalone page's file port: explaining a warning again replaces its entry in 审核说明, as the
 * Excel port does, so that the next check shows the latest text (the engine reads the first entry for a finding).
 */

import { readFileSync } from "fs";
import { join } from "path";
import { EXPLANATIONS_SHEET, readExplanations } from "../../../src/core/read";
import { checkWorkbook, withExplanation } from "../../../src/core/check";
import type { AnyFinding as Finding } from "../../../src/core/findings";
import { openWorkbookFile, type FilePort } from "../../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../../src/ports/file/shared/read";
import type { SheetData } from "../../../src/core/read/types";

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const NOW = new Date(Date.UTC(2022, 10, 15, 8));

async function opened(): Promise<{ port: FilePort; warning: Finding }> {
  const b = readFileSync(SAMPLE);
  const port = await openWorkbookFile(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, "样例台账.xlsx");
  const warning = checkWorkbook(await port.read(), { today: NOW }).findings.find((f) => f.severity === "warning" && !f.explained && f.sheet && f.key);
  if (!warning) throw new Error("the sample has no unexplained warning of a record");
  return { port, warning };
}

/** 审核说明 of the workbook the page hands back, read as any workbook is. */
async function downloadedExplanations(port: FilePort): Promise<SheetData> {
  const wb = await readXlsx(new Uint8Array(await (await port.download()).arrayBuffer()), "下载.xlsx");
  const sheet = wb.sheets.find((s) => s.name === EXPLANATIONS_SHEET);
  if (!sheet) throw new Error("no 审核说明 in the download");
  return sheet;
}

const sameFinding = (f: Finding, w: Finding) => f.rule === w.rule && f.sheet === w.sheet && f.key === w.key;

test("explaining the same warning twice leaves one entry, with the latest text, and the check shows it", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "受疫情影响停产两月" };
  await port.addExplanation(e);
  await port.addExplanation({ ...e, text: "=改为：订单减少" });
  const again = checkWorkbook(await port.read(), { today: NOW });
  expect(again.findings.find((f) => sameFinding(f, warning))).toMatchObject({ explained: true, explanation: "=改为：订单减少" });
  const sheet = await downloadedExplanations(port);
  expect(readExplanations(sheet)).toEqual([{ ...e, text: "=改为：订单减少" }]);
});

test("an entry the user typed for the warning, on another row of the record, is the one rewritten", async () => {
  const { port, warning } = await opened();
  await port.addExplanation({ sheet: warning.sheet as string, key: ` ${(warning.key as string).toLowerCase()} `, rule: warning.rule, cell: "Z99", text: "旧说明" });
  await port.addExplanation({ sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "新说明" });
  const again = checkWorkbook(await port.read(), { today: NOW });
  expect(again.findings.find((f) => sameFinding(f, warning))?.explanation).toBe("新说明");
  const sheet = await downloadedExplanations(port);
  expect(readExplanations(sheet).map((x) => x.text)).toEqual(["新说明"]);
});

test("another warning gets its own entry below", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, text: "说明一" };
  await port.addExplanation(e);
  await port.addExplanation({ ...e, rule: "other.rule", text: "说明二" });
  const sheet = await downloadedExplanations(port);
  expect(readExplanations(sheet).map((x) => [x.rule, x.text])).toEqual([
    [warning.rule, "说明一"],
    ["other.rule", "说明二"],
  ]);
});

test("a withdrawn explanation leaves the warning unexplained on the next check, the other entries kept", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "受疫情影响停产两月" };
  await port.addExplanation({ ...e, rule: "other.rule", text: "别的说明" });
  await port.addExplanation(e);
  expect(await port.removeExplanation({ ...e, text: "" })).toBe(true);
  const again = checkWorkbook(await port.read(), { today: NOW });
  expect(again.findings.find((f) => sameFinding(f, warning))?.explained).toBeUndefined();
  const sheet = await downloadedExplanations(port);
  expect(readExplanations(sheet).map((x) => x.text)).toEqual(["别的说明"]);
  expect(await port.removeExplanation(e)).toBe(false);
});

test("withdrawing an entry the opened file already held reaches the download (the part-level copy knows the sheet changed)", async () => {
  const { port: first, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "受疫情影响停产两月" };
  await first.addExplanation(e);
  const bytes = await (await first.download()).arrayBuffer();
  // Opened again: this session has edited nothing before the withdrawal.
  const port = await openWorkbookFile(bytes, "样例台账.xlsx");
  expect(await port.removeExplanation(e)).toBe(true);
  const sheet = await downloadedExplanations(port);
  expect(readExplanations(sheet)).toEqual([]);
});

test("a result checked in the worker still knows 审核说明's entries when another warning is explained after it", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "受疫情影响停产两月" };
  await port.addExplanation(e);
  if (!port.check) throw new Error("the file port checks in its worker");
  const { result } = await port.check({ today: NOW });
  expect(result.findings.find((f) => sameFinding(f, warning))?.explained).toBe(true);
  const other = result.findings.find((f) => f.severity === "warning" && !f.explained && f.sheet && f.key && !sameFinding(f, warning));
  if (!other) throw new Error("the sample has a second unexplained warning");
  const after = withExplanation(result, { sheet: other.sheet as string, key: other.key as string, rule: other.rule, text: "已核实" });
  expect(after.findings.find((f) => sameFinding(f, other))?.explained).toBe(true);
  expect(after.findings.find((f) => sameFinding(f, warning))).toMatchObject({ explained: true, explanation: "受疫情影响停产两月" });
});

test("several explanations at once reach the download, in order", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, text: "说明一" };
  await port.addExplanations([e, { ...e, rule: "other.rule", text: "说明二" }]);
  const sheet = await downloadedExplanations(port);
  expect(readExplanations(sheet).map((x) => x.text)).toEqual(["说明一", "说明二"]);
});
