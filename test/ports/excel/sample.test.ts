/** The sample workbook checked inside Excel gives what the CLI gives for the file. */

import { join } from "path";
import type { Merge } from "../../../src/core/read/types";
import { checkWorkbook } from "../../../src/core/check";
import { readXlsxFile } from "../../../src/ports/file/node/index";
import { PAYLOAD_LIMIT } from "../../support/simulated-excel";
import { fixtureOf, hostWith } from "./fixtures";

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const TODAY = new Date(2022, 10, 15);

test("checkWorkbook on the port's read of the sample equals checkWorkbook on the file", async () => {
  const file = await readXlsxFile(SAMPLE);
  const { host, port } = hostWith(fixtureOf(file));
  const read = await port.read();
  const inExcel = checkWorkbook(read, { today: TODAY });
  const direct = checkWorkbook(file, { today: TODAY });
  expect(inExcel.summary).toEqual(direct.summary);
  expect(inExcel.summary.errors).toBeGreaterThan(0);
  const rules = (r: typeof direct) => r.findings.map((f) => [f.rule, f.sheet, f.row, f.col, f.severity]);
  expect(rules(inExcel)).toEqual(rules(direct));
  const sorted = (merges: Merge[]) => [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  expect(read.sheets.map((s) => [s.name, s.state, sorted(s.merges)])).toEqual(file.sheets.map((s) => [s.name, s.state, sorted(s.merges)]));
  expect(host.stats.syncs).toBeLessThanOrEqual(4);
  expect(Math.max(...host.stats.records.map((r) => r.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
});
