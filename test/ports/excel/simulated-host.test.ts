/** The simulated Excel host is strict where Office is: the port's tests are only as good as it. */

import { cellAt, createExcelHost, OfficeError, PAYLOAD_LIMIT, type ExcelHost } from "../../support/simulated-excel";

function host(): ExcelHost {
  return createExcelHost({
    sheets: [
      { name: "台账", values: [["企业名称", "营业收入"], ["甲", 100], ["乙", 200]] },
      { name: "隐藏", visibility: "Hidden", values: [["x"]] },
    ],
  });
}

async function rejects(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toMatchObject({ code });
}

describe("proxy objects", () => {
  it("throws PropertyNotLoaded for a property never loaded, and for one loaded but not yet synced", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("台账").getRange("A1:B3");
      expect(() => range.values).toThrow(OfficeError);
      range.load("values");
      let code = "";
      try {
        void range.values;
      } catch (e) {
        code = (e as OfficeError).code;
      }
      expect(code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["企业名称", "营业收入"], ["甲", 100], ["乙", 200]]);
      expect(() => range.numberFormat).toThrow(/numberFormat/);
    });
  });

  it("queues writes until sync, then applies them in order; a written property reads back locally", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("台账").getRange("C1");
      cell.values = [["新"]];
      expect(cell.values).toEqual([["新"]]);
      expect(cellAt(h.sheet("台账"), 1, 3)).toBeUndefined();
      await context.sync();
      expect(cellAt(h.sheet("台账"), 1, 3)?.value).toBe("新");
    });
  });

  it("loads worksheets as items, and learns whether a null object exists only at sync", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/visibility");
      const missing = sheets.getItemOrNullObject("没有");
      const present = sheets.getItemOrNullObject("台账");
      expect(() => sheets.items).toThrow(/items/);
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["台账", "Visible"], ["隐藏", "Hidden"]]);
      expect(() => sheets.items[0].position).toThrow(/position/);
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("fails the sync on a missing sheet; actions before the failure stay applied", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRange("D1").values = [["先"]];
      context.workbook.worksheets.getItem("没有").getRange("A1").values = [["后"]];
      await rejects(context.sync(), "ItemNotFound");
    });
    expect(cellAt(h.sheet("台账"), 1, 4)?.value).toBe("先");
  });

  it("refuses a values array of the wrong shape", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRange("A1:B2").values = [["a", "b"]];
      await rejects(context.sync(), "InvalidArgument");
    });
  });

  it("counts syncs, including Excel.run's closing one, and measures each request", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("台账").getRange("E1").values = [["尾"]];
    });
    expect(h.stats.syncs).toBe(2);
    expect(h.stats.records[0].requestBytes).toBeGreaterThan(0);
    expect(h.stats.records[0].responseBytes).toBeGreaterThan(0);
  });
});

describe("what Excel makes of a string", () => {
  test.each([
    ["=1+1", { formula: "=1+1" }],
    ["+A1", { formula: "=+A1" }],
    ["-A1", { formula: "=-A1" }],
    ["@SUM(A1)", { formula: "=@SUM(A1)" }],
    ["-5", { value: -5 }],
    ["0012", { value: 12 }],
    ["12%", { value: 0.12 }],
    ["TRUE", { value: true }],
    ["2022-10-01", { value: 44835 }],
    ["'=1+1", { value: "=1+1" }],
    ["\t=1+1", { value: "\t=1+1" }],
    ["普通文字", { value: "普通文字" }],
  ])("%j under General", async (input, expected) => {
    const h = host();
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRange("F1").values = [[input]];
    });
    const cell = cellAt(h.sheet("台账"), 1, 6);
    expect(cell).toMatchObject(expected);
    if (!("formula" in expected)) expect(cell?.formula).toBeUndefined();
  });

  test.each(["=1+1", "+A1", "-A1", "@SUM(A1)", "0012", "TRUE", "2022-10-01", "#N/A"])("%j stays text under the text format", async (input) => {
    const h = host();
    await h.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("台账").getRange("F1");
      r.numberFormat = [["@"]];
      r.values = [[input]];
    });
    const cell = cellAt(h.sheet("台账"), 1, 6);
    expect(cell?.value).toBe(input);
    expect(cell?.formula).toBeUndefined();
  });

  it("applies the format set after the values too late: the formula is already there", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("台账").getRange("F1");
      r.values = [["=1+1"]];
      r.numberFormat = [["@"]];
    });
    expect(cellAt(h.sheet("台账"), 1, 6)?.formula).toBe("=1+1");
  });
});

describe("Office's limits", () => {
  it("refuses a request over 5 MB", async () => {
    const h = host();
    const big = "x".repeat(30000);
    await h.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("台账").getRange("A10:A209");
      r.values = Array.from({ length: 200 }, () => [big]);
      await rejects(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(h.stats.records[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(cellAt(h.sheet("台账"), 10, 1)).toBeUndefined();
  });

  it("refuses a response over 5 MB", async () => {
    const h = createExcelHost({ sheets: [{ name: "大", values: Array.from({ length: 200 }, () => ["y".repeat(30000)]) }] });
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("大").getRange("A1:A200").load("values");
      await rejects(context.sync(), "ResponsePayloadSizeLimitExceeded");
    });
  });

  it("refuses to read more than 5,000,000 cells at once, and reads 5,000,000 cells' count", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("A1:E1000001").load("values");
      await rejects(context.sync(), "RangeExceedsLimit");
      const whole = ws.getRange("A:E");
      whole.load("rowCount, columnCount, address");
      await context.sync();
      expect([whole.rowCount, whole.columnCount, whole.address]).toEqual([1048576, 5, "'台账'!A1:E1048576"]);
    });
  });
});

describe("sheets", () => {
  it("keeps one visible sheet: neither deleting nor hiding the last one", async () => {
    const h = createExcelHost({ sheets: [{ name: "唯一" }, { name: "_gx", visibility: "VeryHidden" }] });
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("唯一").delete();
      await rejects(context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("唯一").visibility = "Hidden";
      await rejects(context.sync(), "InvalidOperation");
    });
  });

  it("refuses a duplicate name without regard to case, and names Excel refuses", async () => {
    const h = createExcelHost({ sheets: [{ name: "Data" }] });
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.add("data");
      await rejects(context.sync(), "ItemAlreadyExists");
      context.workbook.worksheets.add("a/b");
      await rejects(context.sync(), "InvalidArgument");
    });
  });

  it("moves, activates and selects", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("新");
      ws.position = 0;
      ws.getRange("B2").select();
    });
    expect(h.sheetNames()).toEqual(["新", "台账", "隐藏"]);
    expect(h.state.activeSheetId).toBe(h.sheet("新").id);
    expect(h.state.selection?.area).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it("refuses a table over merged cells, and merging inside a table", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("A5:B5").merge();
      ws.tables.add("A5:B8", true);
      await rejects(context.sync(), "InvalidOperation");
      ws.tables.add("A1:B3", true);
      ws.getRange("A2:B2").merge();
      await rejects(context.sync(), "InvalidOperation");
    });
    expect(h.sheet("台账").tables).toHaveLength(1);
  });

  it("refuses inside borders on a range without inner edges", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const row = context.workbook.worksheets.getItem("台账").getRange("A1:C1");
      row.format.borders.getItem("InsideVertical").style = "Continuous";
      await context.sync();
      row.format.borders.getItem("InsideHorizontal").style = "Continuous";
      await rejects(context.sync(), "InvalidArgument");
    });
    expect(cellAt(h.sheet("台账"), 1, 1)?.borders?.right?.style).toBe("Continuous");
  });

  it("reports formats of a range, null where its cells differ", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("A1:B1").format.fill.color = "#DDEBF7";
      const a = ws.getRange("A1:B1").format.fill.load("color");
      const b = ws.getRange("A1:B2").format.fill.load("color");
      await context.sync();
      expect([a.color, b.color]).toEqual(["#DDEBF7", null]);
    });
  });
});
