/** The WPS port hands the core the matrices a file port would: dates as dates, errors as errors, merges, states. */

import type { WorkbookData } from "../../../src/core/read/types";
import { createWpsPort } from "../../../src/ports/wps";
import type { EtApplication } from "../../../src/ports/wps/et";
import { BLOCK_ROWS } from "../../../src/ports/wps/read";
import { createEtHost } from "../../support/simulated-et";

const DATA: WorkbookData = {
  name: "台账.xlsx",
  sheets: [
    {
      name: "重点企业",
      rows: [
        undefined,
        [null, "企业名称", "投产日期", "营业收入"],
        [null, "甲", new Date(Date.UTC(2022, 9, 31)), 1500],
        [null, "乙", "#N/A", { error: "#DIV/0!" }],
      ],
      merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
      state: "visible",
    },
    { name: "空表", rows: [], merges: [], state: "hidden" },
  ],
};

test("values, dates, errors, text that looks like an error, merges and sheet states come through as in the file", async () => {
  const port = createWpsPort(createEtHost(DATA).Application as EtApplication);
  expect(await port.read()).toEqual(DATA);
});

test("a long sheet is read in blocks, with progress and a cancel between them", async () => {
  const rows = Array.from({ length: BLOCK_ROWS * 2 + 5 }, (_, i) => ["企业" + i, i]);
  const host = createEtHost({ name: "长.xlsx", sheets: [{ name: "长表", rows, merges: [], state: "visible" }] });
  const port = createWpsPort(host.Application as EtApplication);
  const seen: number[] = [];
  const data = await port.read({ onProgress: (p) => seen.push(p.rowsDone) });
  expect(data.sheets[0].rows).toEqual(rows);
  expect(seen).toEqual([BLOCK_ROWS, BLOCK_ROWS * 2, BLOCK_ROWS * 2 + 5]);
  const controller = new AbortController();
  const reading = port.read({ signal: controller.signal, onProgress: () => controller.abort() });
  await expect(reading).rejects.toMatchObject({ name: "AbortError" });
});

test("without an open workbook the port refuses clearly, in Chinese first", async () => {
  const app = { ActiveWorkbook: null } as unknown as EtApplication;
  await expect(createWpsPort(app).read()).rejects.toThrow(/WPS 表格中没有打开的工作簿/);
});
