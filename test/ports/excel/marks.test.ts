/** 标记 inside Excel: conditional formats of the add-in's own, cleared exactly. */

import type { AnyFinding as Finding } from "../../../src/core/findings";
import { MARK_FILLS, MARK_FORMULAS, planMarks } from "../../../src/ports/office-marks";
import { createExcelHost, sheetValues, type ExcelHost, type HostSheet } from "../../support/simulated-excel";
import { ledgerRows, portOf } from "./fixtures";

function finding(severity: Finding["severity"], row: number, col?: number, extra: Partial<Finding> = {}): Finding {
  return { rule: "x.rule", severity, sheet: "台账", row, ...(col === undefined ? {} : { col }), ...extra };
}

/** A ledger whose cells have the user's own fills, fonts, number formats and conditional formats. */
async function formattedHost(rows = 20): Promise<ExcelHost> {
  const host = createExcelHost({ sheets: [{ name: "台账", values: ledgerRows(rows) }, { name: "其他", values: [["x"]] }] });
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("台账");
    ws.getRange("A2:A3").format.fill.color = "#00B050";
    ws.getRange("B2").format.font.bold = true;
    ws.getRange("B2").format.font.color = "#FF0000";
    ws.getRange("D2:D5").numberFormat = [["#,##0.00"], ["#,##0.00"], ["0"], ["0"]];
    const own = ws.getRange("D2:D21").conditionalFormats.add("Custom");
    own.custom.rule.formula = "=$D2>1005";
    own.custom.format.fill.color = "#C6EFCE";
    ws.getRange("D2:D21").conditionalFormats.add("DataBar");
  });
  host.resetStats();
  return host;
}

/** Everything of a sheet that marking must leave as it was. */
function looks(sheet: HostSheet): unknown {
  return JSON.parse(
    JSON.stringify({ cells: [...sheet.cells.entries()], conditionalFormats: sheet.conditionalFormats, merges: sheet.merges, values: sheetValues(sheet) }),
  );
}

function ours(sheet: HostSheet) {
  return sheet.conditionalFormats.filter((cf) => cf.custom && Object.values(MARK_FORMULAS).includes(cf.custom.formula));
}

function gxMarks(host: ExcelHost): unknown {
  const text = sheetValues(host.sheet("_gx"))
    .map((r) => r[0])
    .join("");
  return (JSON.parse(text) as { marks?: unknown }).marks;
}

describe("marking", () => {
  it("colours errors and warnings differently, without touching a value or a format of the cells", async () => {
    const host = await formattedHost();
    const before = looks(host.sheet("台账"));
    const port = portOf(host);
    const n = await port.mark([finding("error", 2, 1), finding("error", 3, 1), finding("warning", 2, 2), finding("info", 4, 4)]);
    expect(n).toBe(3);
    const sheet = host.sheet("台账");
    expect(ours(sheet).map((cf) => [cf.custom?.formula, cf.custom?.fill, cf.areas])).toEqual([
      [MARK_FORMULAS.warning, MARK_FILLS.warning, [{ top: 2, left: 2, bottom: 2, right: 2 }]],
      [MARK_FORMULAS.error, MARK_FILLS.error, [{ top: 2, left: 1, bottom: 3, right: 1 }]],
    ]);
    // The marks are added on top of the user's formats, which stay as they were.
    const after = looks(sheet) as { cells: unknown; conditionalFormats: unknown[] };
    const original = before as { cells: unknown; conditionalFormats: unknown[] };
    expect(after.cells).toEqual(original.cells);
    expect(after.conditionalFormats.slice(2)).toEqual(original.conditionalFormats);
    expect(gxMarks(host)).toEqual({ 台账: ["A2:A3", "B2"] });
  });

  it("then clearing restores exactly what was there: fills, fonts, number formats, the user's conditional formats", async () => {
    const host = await formattedHost();
    const before = looks(host.sheet("台账"));
    const other = looks(host.sheet("其他"));
    const port = portOf(host);
    await port.mark([finding("error", 2, 1), finding("warning", 5, 4), finding("error", 7)]);
    expect(ours(host.sheet("台账"))).toHaveLength(2);
    expect(await port.clearMarks()).toBe(6);
    expect(looks(host.sheet("台账"))).toEqual(before);
    expect(looks(host.sheet("其他"))).toEqual(other);
    expect(gxMarks(host)).toBeUndefined();
    // Clearing again finds nothing of the add-in's.
    expect(await port.clearMarks()).toBe(0);
    expect(looks(host.sheet("台账"))).toEqual(before);
  });

  it("marks again by replacing the earlier marks", async () => {
    const host = await formattedHost();
    const port = portOf(host);
    await port.mark([finding("error", 2, 1)]);
    await port.mark([finding("warning", 3, 3)]);
    expect(ours(host.sheet("台账")).map((cf) => cf.areas)).toEqual([[{ top: 3, left: 3, bottom: 3, right: 3 }]]);
    expect(gxMarks(host)).toEqual({ 台账: ["C3"] });
  });

  it("finds marks the user copied elsewhere on the sheet, by their rule", async () => {
    const host = await formattedHost();
    const before = looks(host.sheet("台账"));
    const port = portOf(host);
    await port.mark([finding("error", 2, 1)]);
    // A copy of the marked cell's format, as a paste would leave it.
    const copy = { ...ours(host.sheet("台账"))[0], id: 9999, area: { top: 9, left: 3, bottom: 9, right: 3 }, areas: [{ top: 9, left: 3, bottom: 9, right: 3 }] };
    host.sheet("台账").conditionalFormats.push(copy);
    await port.clearMarks();
    expect(looks(host.sheet("台账"))).toEqual(before);
  });

  it("takes the same syncs for 10 findings as for 10,000", async () => {
    const syncs = async (count: number) => {
      const host = createExcelHost({ sheets: [{ name: "台账", values: ledgerRows(10_000) }] });
      // Scattered over rows and columns, errors and warnings: few adjacent cells.
      const findings = Array.from({ length: count }, (_, i) => finding(i % 3 === 0 ? "warning" : "error", 2 + ((i * 7919) % 10_000), 1 + (i % 4)));
      const port = portOf(host);
      host.resetStats();
      await port.mark(findings);
      const marking = host.stats.syncs;
      host.resetStats();
      await port.clearMarks();
      return { marking, clearing: host.stats.syncs };
    };
    const few = await syncs(10);
    const many = await syncs(10_000);
    expect(many.marking).toBe(few.marking);
    expect(many.clearing).toBe(few.clearing);
    // List the sheets, list the conditional formats, read the custom ones' rules, write.
    expect(many.clearing).toBe(4);
    expect(many.marking).toBeLessThanOrEqual(4);
  });

  it("cuts the address lists of many scattered cells into chunks Office accepts", async () => {
    const host = createExcelHost({ sheets: [{ name: "台账", values: ledgerRows(10_000) }] });
    const findings = Array.from({ length: 5000 }, (_, i) => finding("error", 2 + i * 2, 1));
    await portOf(host).mark(findings);
    const formats = ours(host.sheet("台账"));
    expect(formats.length).toBeGreaterThan(10);
    expect(formats.flatMap((cf) => cf.areas)).toHaveLength(5000);
  });
});

describe("which cells", () => {
  const used = new Map([["台账", { left: 2, right: 5 }]]);

  it("a row finding marks the row across the used columns; a sheet finding and infos mark nothing", () => {
    expect(planMarks([finding("warning", 7), { rule: "ledger.count", severity: "error", sheet: "台账" }, finding("info", 3, 3)], used)).toEqual([
      { sheet: "台账", severity: "warning", areas: [{ top: 7, left: 2, bottom: 7, right: 5 }] },
    ]);
  });

  it("an error wins over a warning on the same cell; an explained warning is not marked", () => {
    expect(planMarks([finding("warning", 4, 3), finding("error", 4, 3), finding("warning", 5, 3, { explained: true })], used)).toEqual([
      { sheet: "台账", severity: "error", areas: [{ top: 4, left: 3, bottom: 4, right: 3 }] },
    ]);
  });

  it("groups a column of cells and a block of rows into rectangles; skips sheets that are gone", () => {
    const f = [3, 4, 5, 6].flatMap((r) => [finding("error", r, 2), finding("error", r, 3)]);
    expect(planMarks([...f, finding("error", 9, 2), finding("error", 2, 2, { sheet: "没有" })], used)).toEqual([
      {
        sheet: "台账",
        severity: "error",
        areas: [
          { top: 3, left: 2, bottom: 6, right: 3 },
          { top: 9, left: 2, bottom: 9, right: 2 },
        ],
      },
    ]);
  });
});
