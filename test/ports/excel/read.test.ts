/** Reading the open workbook through the Excel port, against the strict simulated host. */

import { readDate } from "../../../src/core/read";
import { checkWorkbook } from "../../../src/core/check";
import type { PortProgress } from "../../../src/ports/port";
import { createExcelHost, MERGED_AREAS_LIMIT, PAYLOAD_LIMIT, type ExcelHost, type Scalar } from "../../support/simulated-excel";
import { hostWith, ledgerRows, portOf } from "./fixtures";

/** Syncs and blocks of one read; blocks are counted by their progress reports. */
async function measure(host: ExcelHost, read: (onProgress: (p: PortProgress) => void) => Promise<unknown>) {
  host.resetStats();
  let blocks = 0;
  await read(() => blocks++);
  const records = host.stats.records;
  return {
    syncs: host.stats.syncs,
    blocks,
    maxRequest: Math.max(...records.map((r) => r.requestBytes)),
    maxResponse: Math.max(...records.map((r) => r.responseBytes)),
    responseBytes: records.reduce((n, r) => n + r.responseBytes, 0),
  };
}

describe("reading in row blocks", () => {
  const SMALL = { bytes: 64 * 1024, cells: 1_000_000 };

  test.each([1_000, 100_000])("%i rows: a sync per block plus two, blocks sized by the budget, not by the rows", async (rows) => {
    const host = createExcelHost({ sheets: [{ name: "台账", values: ledgerRows(rows) }] });
    const m = await measure(host, (onProgress) => portOf(host, { readBudget: SMALL }).read({ onProgress }));
    // One sync lists the sheets, one gets the used ranges; every other sync brings a block.
    expect(m.syncs).toBe(m.blocks + 2);
    // Each block fills at least a third of the budget: their number follows the bytes, not the rows.
    expect(m.blocks).toBeLessThanOrEqual(Math.ceil(m.responseBytes / (SMALL.bytes / 3)) + 1);
    expect(m.maxResponse).toBeLessThan(SMALL.bytes * 1.2);
  });

  it("reads 100,000 rows in a handful of syncs under Office's real limits", async () => {
    const host = createExcelHost({ sheets: [{ name: "台账", values: ledgerRows(100_000) }] });
    const port = portOf(host);
    const m = await measure(host, (onProgress) => port.read({ onProgress }));
    expect(m.syncs).toBe(m.blocks + 2);
    expect(m.syncs).toBeLessThanOrEqual(6);
    expect(m.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(m.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    const wb = await port.read();
    expect(wb.sheets[0].rows).toHaveLength(100_001);
    expect(wb.sheets[0].rows[100_000]).toEqual(["企业100000", "91130800MA00100000", "双桥区", 51000]);
  });

  it("reads a 5,000,000-cell used range in blocks, none over Office's cell or payload limits", async () => {
    // Two values at opposite corners: the used range is A1:E1000000, which Office refuses to read at once.
    const values: Scalar[][] = [["角"]];
    values[999_999] = ["", "", "", "", "底"];
    const host = createExcelHost({ sheets: [{ name: "大表", values }] });
    const m = await measure(host, (onProgress) => portOf(host).read({ onProgress }));
    expect(m.blocks).toBeGreaterThan(5);
    expect(m.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    const wb = await portOf(host).read();
    expect(wb.sheets[0].rows[0]).toEqual(["角"]);
    expect(wb.sheets[0].rows[999_999]).toEqual([null, null, null, null, "底"]);
    expect(wb.sheets[0].rows.filter((r) => r !== undefined)).toHaveLength(2);
  });

  it("puts small sheets together in one request", async () => {
    const sheets = Array.from({ length: 9 }, (_, i) => ({ name: `台账${i + 1}`, values: ledgerRows(50) }));
    const host = createExcelHost({ sheets });
    const m = await measure(host, (onProgress) => portOf(host).read({ onProgress }));
    expect(m.blocks).toBe(9);
    expect(m.syncs).toBe(3);
  });

  it("reads rows fuller than the first block promised in smaller blocks instead of failing", async () => {
    // Short rows first, then rows of long text: the measured size of the first block is far too small.
    const values: Scalar[][] = ledgerRows(2000);
    for (let i = 1000; i <= 2000; i++) values[i][0] = "长".repeat(2000);
    const host = createExcelHost({ sheets: [{ name: "台账", values }] });
    const budget = { bytes: 512 * 1024, cells: 1_000_000 };
    const wb = await portOf(host, { readBudget: budget }).read();
    expect(wb.sheets[0].rows[2000]?.[0]).toBe("长".repeat(2000));
    expect(wb.sheets[0].rows.slice(1).map((r) => r?.[0])).toEqual(values.slice(1).map((r) => r[0]));
    // Office refused one response; the same rows then came in smaller blocks.
    expect(host.stats.records.filter((r) => r.responseBytes > PAYLOAD_LIMIT)).toHaveLength(1);
  });
});

describe("dates typed as dates", () => {
  /** A ledger whose fourth column is money, with dates in the given rows (1-based) of `col`, formatted as dates. */
  function ledgerWithDates(n: number, col: number, dated: number[]): { values: Scalar[][]; numberFormats: (string | null)[][] } {
    const values = ledgerRows(n).map((r) => [...r, "无"]);
    values[0][4] = "备注";
    const numberFormats: (string | null)[][] = values.map(() => []);
    for (const row of dated) {
      values[row - 1][col - 1] = 44865 + row;
      numberFormats[row - 1][col - 1] = "yyyy-mm-dd";
    }
    return { values, numberFormats };
  }
  const dayOf = (row: number) => new Date(Date.UTC(2022, 9, 31) + row * 86400000);

  it("hands a date typed into a money column over as a date, as the file port does, so the check refuses it as an amount", async () => {
    const { port } = hostWith({ sheets: [{ name: "台账", ...ledgerWithDates(5, 4, [4]) }] });
    const wb = await port.read();
    expect(wb.sheets[0].rows[3]?.[3]).toEqual(dayOf(4));
    const check = checkWorkbook(wb, { today: new Date(2022, 10, 15) });
    expect(check.findings.filter((f) => f.row === 4 && f.col === 4).map((f) => f.rule)).toContain("number.invalid");
  });

  it("reads the formats of the columns of numbers with their block: still a sync per block plus two", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => i + 2).filter((r) => r % 7 === 0);
    const host = createExcelHost({ sheets: [{ name: "台账", ...ledgerWithDates(3000, 4, rows) }] });
    const m = await measure(host, (onProgress) => portOf(host, { readBudget: { bytes: 64 * 1024, cells: 1_000_000 } }).read({ onProgress }));
    expect(m.blocks).toBeGreaterThan(2);
    expect(m.syncs).toBe(m.blocks + 2);
    const wb = await portOf(host, { readBudget: { bytes: 64 * 1024, cells: 1_000_000 } }).read();
    for (const r of rows) expect(wb.sheets[0].rows[r - 1]?.[3]).toEqual(dayOf(r));
    expect(wb.sheets[0].rows[2]?.[3]).toBe(1001);
  });

  it("looks again, in the next sync, at a date in a column that held only text in the blocks before", async () => {
    const host = createExcelHost({ sheets: [{ name: "台账", ...ledgerWithDates(3000, 5, [2500, 2600]) }] });
    const m = await measure(host, (onProgress) => portOf(host, { readBudget: { bytes: 64 * 1024, cells: 1_000_000 } }).read({ onProgress }));
    // The second look rides with a later block when it fits, or takes one sync more.
    expect(m.syncs).toBeLessThanOrEqual(m.blocks + 3);
    const wb = await portOf(host, { readBudget: { bytes: 64 * 1024, cells: 1_000_000 } }).read();
    expect(wb.sheets[0].rows[2499]?.[4]).toEqual(dayOf(2500));
    expect(wb.sheets[0].rows[2599]?.[4]).toEqual(dayOf(2600));
    expect(wb.sheets[0].rows[2598]?.[4]).toBe("无");
  });
});

describe("what a sheet becomes", () => {
  it("keeps the sheet's own numbering when the used range starts at C3", async () => {
    const { port } = hostWith({ sheets: [{ name: "台账", values: [[], [], [null, null, "企业名称", "营业收入"], [null, null, "甲", 100]] }] });
    const wb = await port.read();
    expect(wb.sheets[0].rows).toEqual([undefined, undefined, [null, null, "企业名称", "营业收入"], [null, null, "甲", 100]]);
  });

  it("gives error values as errors, text that looks like one as text, a date as its date and a plain serial as a number", async () => {
    const { host, port } = hostWith({
      sheets: [
        {
          name: "台账",
          values: [["名称", "结果", "开工时间", "投产时间"], ["#N/A", { error: "#N/A" }, 44835, 44835], ["甲", { error: "#DIV/0!" }, true]],
          numberFormats: [[], [null, null, "yyyy/m/d"]],
        },
      ],
    });
    const wb = await port.read();
    expect(wb.sheets[0].rows[1]).toEqual(["#N/A", { error: "#N/A" }, new Date(Date.UTC(2022, 9, 1)), 44835]);
    expect(wb.sheets[0].rows[2]).toEqual(["甲", { error: "#DIV/0!" }, true]);
    expect(readDate(wb.sheets[0].rows[1]?.[2])).toEqual({ y: 2022, m: 10, d: 1 });
    expect(readDate(wb.sheets[0].rows[1]?.[3])).toEqual({ y: 2022, m: 10, d: 1 });
    // One more request asks the value types of the suspect cells: list, layout, values, types.
    expect(host.stats.syncs).toBe(4);
  });

  it("gives a number in a percentage format as the text it shows, so that a targets sheet does not divide it again (issue 12)", async () => {
    const { port } = hostWith({
      sheets: [{ name: "目标", values: [["指标名称", "实际完成"], ["增速", 0.055], ["增速", 0.8]], numberFormats: [[], [null, "0.0%"], [null, "0.00"]] }],
    });
    const wb = await port.read();
    expect(wb.sheets[0].rows.slice(1).map((r) => r?.[1])).toEqual(["5.5%", 0.8]);
  });

  it("reads merged areas, and the sheets' visibility", async () => {
    const { port } = hostWith({
      sheets: [
        { name: "台账", values: [["标题"], ["企业名称", "指标"], ["甲", 1]], merges: [{ top: 1, left: 1, bottom: 1, right: 4 }] },
        { name: "隐藏", visibility: "Hidden", values: [["x"]] },
        { name: "My, sheet", values: [["a", "b"]], merges: [{ top: 1, left: 1, bottom: 2, right: 1 }] },
      ],
    });
    const wb = await port.read();
    expect(wb.sheets.map((s) => [s.name, s.state, s.merges])).toEqual([
      ["台账", "visible", [{ top: 1, left: 1, bottom: 1, right: 4 }]],
      ["隐藏", "hidden", []],
      ["My, sheet", "visible", [{ top: 1, left: 1, bottom: 2, right: 1 }]],
    ]);
  });

  it(`reads more merged areas than Office lists at once (${MERGED_AREAS_LIMIT}) in row chunks`, async () => {
    const rows = 1500;
    const merges = Array.from({ length: rows }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 }));
    const { port } = hostWith({ sheets: [{ name: "台账", values: ledgerRows(rows - 1), merges }] });
    const wb = await port.read();
    expect(wb.sheets[0].merges).toEqual(merges);
  });

  it("reads the values without merges when Office will not list them even a few rows at a time", async () => {
    // 40 merged pairs a row: any chunk of rows holds more merged areas than Office lists.
    const merges = Array.from({ length: 40 * 40 }, (_, i) => ({ top: Math.floor(i / 40) + 1, left: (i % 40) * 2 + 1, bottom: Math.floor(i / 40) + 1, right: (i % 40) * 2 + 2 }));
    const { port } = hostWith({ sheets: [{ name: "台账", values: ledgerRows(39), merges }] });
    const wb = await port.read();
    expect(wb.sheets[0].merges).toEqual([]);
    expect(wb.sheets[0].rows[39]?.[0]).toBe("企业39");
  });

  it("reads only the asked sheets and the add-in's own, and never the add-in's report tabs", async () => {
    const gx = JSON.stringify({ reports: ["校验结果"] });
    const { port } = hostWith({
      sheets: [
        { name: "台账", values: [["a"]] },
        { name: "其他", values: [["b"]] },
        { name: "校验结果", values: [["报表"]] },
        { name: "审核说明", values: [["规则", "说明"]] },
        { name: "_gx", visibility: "VeryHidden", values: [[gx]] },
      ],
    });
    expect((await port.read()).sheets.map((s) => [s.name, s.state])).toEqual([
      ["台账", "visible"],
      ["其他", "visible"],
      ["审核说明", "visible"],
      ["_gx", "veryHidden"],
    ]);
    const active = await port.read({ sheets: ["其他"] });
    expect(active.sheets.map((s) => s.name)).toEqual(["其他", "审核说明", "_gx"]);
    expect(active.sheets[2].rows).toEqual([[gx]]);
  });
});

describe("progress and cancel", () => {
  it("reports each block with its sheet and rows, sheet by sheet", async () => {
    const host = createExcelHost({ sheets: [{ name: "甲", values: ledgerRows(3000) }, { name: "空" }, { name: "乙", values: ledgerRows(10) }] });
    const seen: PortProgress[] = [];
    await portOf(host, { readBudget: { bytes: 32 * 1024, cells: 1_000_000 } }).read({ onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.sheet === "甲").length).toBeGreaterThan(1);
    expect(seen.filter((p) => p.sheet === "甲").map((p) => p.rowsDone)).toEqual(
      [...seen.filter((p) => p.sheet === "甲").map((p) => p.rowsDone)].sort((a, b) => a - b),
    );
    expect(seen.at(-1)).toEqual({ sheet: "乙", sheetIndex: 2, sheetCount: 3, rowsDone: 11, rowsTotal: 11 });
    expect(seen.find((p) => p.sheet === "空")).toEqual({ sheet: "空", sheetIndex: 1, sheetCount: 3, rowsDone: 0, rowsTotal: 0 });
  });

  it("stops between blocks when cancelled, rejecting with an AbortError", async () => {
    const host = createExcelHost({ sheets: [{ name: "台账", values: ledgerRows(5000) }] });
    const port = portOf(host, { readBudget: { bytes: 32 * 1024, cells: 1_000_000 } });
    const controller = new AbortController();
    let blocks = 0;
    const reading = port.read({
      signal: controller.signal,
      onProgress: () => {
        blocks++;
        controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(blocks).toBe(1);
    expect(host.stats.syncs).toBe(3);
    await expect(port.read({ signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(host.stats.syncs).toBe(3);
  });
});
