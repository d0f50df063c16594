/**
 * Explanations through the Excel port, on the sample inside the simulated host: explaining a warning again
 * replaces its entry in 审核说明 (the engine reads the first entry for a finding), as the file port does.
 */

import { join } from "path";
import { EXPLANATIONS_SHEET, readExplanations } from "../../../src/core/read";
import { checkWorkbook } from "../../../src/core/check";
import type { AnyFinding as Finding } from "../../../src/core/findings";
import { readXlsxFile } from "../../../src/ports/file/node/index";
import type { WorkbookPort } from "../../../src/ports/port";
import { fixtureOf, hostWith } from "./fixtures";

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const TODAY = new Date(2022, 10, 15);

async function opened(): Promise<{ port: WorkbookPort; warning: Finding }> {
  const { port } = hostWith(fixtureOf(await readXlsxFile(SAMPLE)));
  const warning = checkWorkbook(await port.read(), { today: TODAY }).findings.find((f) => f.severity === "warning" && !f.explained && f.sheet && f.key);
  if (!warning) throw new Error("the sample has no unexplained warning of a record");
  return { port, warning };
}

async function entries(port: WorkbookPort) {
  const wb = await port.read({ sheets: [] });
  return readExplanations(wb.sheets.find((s) => s.name === EXPLANATIONS_SHEET));
}

const sameFinding = (f: Finding, w: Finding) => f.rule === w.rule && f.sheet === w.sheet && f.key === w.key;

test("explaining the same warning twice leaves one entry, with the latest text, and the check shows it", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "受疫情影响停产两月" };
  await port.addExplanation(e);
  await port.addExplanation({ ...e, text: "=改为：订单减少" });
  const again = checkWorkbook(await port.read(), { today: TODAY });
  expect(again.findings.find((f) => sameFinding(f, warning))).toMatchObject({ explained: true, explanation: "=改为：订单减少" });
  expect(await entries(port)).toEqual([{ ...e, text: "=改为：订单减少" }]);
});

test("an entry the user typed for the warning, on another row of the record, is the one rewritten", async () => {
  const { port, warning } = await opened();
  await port.addExplanation({ sheet: warning.sheet as string, key: ` ${(warning.key as string).toLowerCase()} `, rule: warning.rule, cell: "Z99", text: "旧说明" });
  await port.addExplanation({ sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "新说明" });
  const again = checkWorkbook(await port.read(), { today: TODAY });
  expect(again.findings.find((f) => sameFinding(f, warning))?.explanation).toBe("新说明");
  expect((await entries(port)).map((x) => x.text)).toEqual(["新说明"]);
});

test("a withdrawn explanation leaves the warning unexplained on the next check, the other entries kept", async () => {
  const { port, warning } = await opened();
  const e = { sheet: warning.sheet as string, key: warning.key as string, rule: warning.rule, cell: "F5", text: "受疫情影响停产两月" };
  await port.addExplanation({ ...e, rule: "other.rule", text: "别的说明" });
  await port.addExplanation(e);
  expect(await port.removeExplanation({ ...e, text: "" })).toBe(true);
  const again = checkWorkbook(await port.read(), { today: TODAY });
  expect(again.findings.find((f) => sameFinding(f, warning))?.explained).toBeUndefined();
  expect((await entries(port)).map((x) => x.text)).toEqual(["别的说明"]);
  expect(await port.removeExplanation(e)).toBe(false);
});

test("several explanations at once (全部沿用) take the syncs of one, and each is found by the next check", async () => {
  const syncsFor = async (count: number): Promise<number> => {
    const { host, port } = hostWith(fixtureOf(await readXlsxFile(SAMPLE)));
    const warnings = checkWorkbook(await port.read(), { today: TODAY }).findings.filter((f) => f.severity === "warning" && !f.explained && f.sheet && f.key);
    const es = warnings.slice(0, count).map((w) => ({ sheet: w.sheet as string, key: w.key as string, rule: w.rule, text: `说明 ${w.rule}` }));
    expect(es).toHaveLength(count);
    const before = host.stats.syncs;
    await port.addExplanations(es);
    const syncs = host.stats.syncs - before;
    const again = checkWorkbook(await port.read(), { today: TODAY });
    for (const w of warnings.slice(0, count)) expect(again.findings.find((f) => sameFinding(f, w))?.explained).toBe(true);
    return syncs;
  };
  expect(await syncsFor(3)).toBe(await syncsFor(1));
});
