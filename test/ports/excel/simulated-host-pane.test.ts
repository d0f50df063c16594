/** The simulated host's parts the task pane's port uses, strict where Office is. */

import {
  cellAt,
  createExcelHost,
  INLINE_LIST_LIMIT,
  MAX_ADDRESS_AREAS,
  MERGED_AREAS_LIMIT,
  type ChangedEventArgs,
  type ExcelHost,
} from "../../support/simulated-excel";

function host(): ExcelHost {
  return createExcelHost({
    name: "样例.xlsx",
    sheets: [
      { name: "台账", values: [["企业名称", "营业收入"], ["甲", 100], ["乙", 200]], merges: [{ top: 5, left: 1, bottom: 6, right: 2 }] },
      { name: "其他", values: [["x"]] },
    ],
  });
}

async function rejects(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toMatchObject({ code });
}

describe("conditional formats", () => {
  it("adds custom rules first in priority, on a range or on several areas, and lists those that intersect", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("B2:B3").conditionalFormats.add("DataBar");
      const cf = ws.getRanges("A2, B5:C6").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=ISTEXT("m")';
      cf.custom.format.fill.color = "#ffc7ce";
      await context.sync();
      const all = ws.getRange().conditionalFormats.load("items/type");
      const some = ws.getRange("C6").conditionalFormats.load("items/type");
      await context.sync();
      expect(all.items.map((x) => x.type)).toEqual(["Custom", "DataBar"]);
      expect(some.items.map((x) => x.type)).toEqual(["Custom"]);
      const rule = all.items[0].custom.rule.load("formula");
      const cells = all.items[0].getRanges().load("cellCount, address, areaCount");
      await context.sync();
      expect([rule.formula, cells.cellCount, cells.areaCount, cells.address]).toEqual(['=ISTEXT("m")', 5, 2, "'台账'!A2, '台账'!B5:C6"]);
      all.items[0].delete();
      await context.sync();
    });
    expect(h.sheet("台账").conditionalFormats.map((cf) => cf.type)).toEqual(["DataBar"]);
  });

  it("refuses a rule that is not a formula, and reading the custom rule of a data bar", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "ISTEXT(1)";
      await rejects(context.sync(), "InvalidArgument");
      const bar = ws.getRange("A1").conditionalFormats.add("DataBar");
      bar.custom.rule.load("formula");
      await rejects(context.sync(), "InvalidOperation");
    });
  });

  it(`refuses an address list of more than ${MAX_ADDRESS_AREAS} areas`, async () => {
    const h = host();
    const address = Array.from({ length: MAX_ADDRESS_AREAS + 1 }, (_, i) => `A${i + 1}`).join(",");
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("台账").getRanges(address).load("areaCount");
      await rejects(context.sync(), "InvalidArgument");
    });
  });
});

describe("merged areas", () => {
  it("lists only the merged areas whose top-left cell is in the range, null when none", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      const whole = ws.getRange().getMergedAreasOrNullObject().load("address");
      const below = ws.getRange("A6:B6").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect(whole.address).toBe("'台账'!A5:B6");
      expect(below.isNullObject).toBe(true);
    });
  });

  it(`fails past ${MERGED_AREAS_LIMIT} merged areas in a range`, async () => {
    const merges = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 }));
    const h = createExcelHost({ sheets: [{ name: "表", merges }] });
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表").getRange().getMergedAreasOrNullObject().load("address");
      await rejects(context.sync(), "GeneralException");
    });
  });
});

describe("data validation", () => {
  it("sets a list over a range, replacing what its cells had, and reads it back", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("C2:C10").dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 12, operator: "Between" } };
      const dv = ws.getRange("C2:C5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "是,否" } };
      dv.errorAlert = { showAlert: false, style: "Stop", title: "是否", message: "请选择" };
      dv.load("type, rule, errorAlert");
      const mixed = ws.getRange("C4:C7").dataValidation.load("type");
      await context.sync();
      expect([dv.type, dv.rule, dv.errorAlert.showAlert, mixed.type]).toEqual(["List", { list: { inCellDropDown: true, source: "是,否" } }, false, "Inconsistent"]);
    });
    expect(h.sheet("台账").validations.map((v) => v.area)).toEqual([
      { top: 6, left: 3, bottom: 10, right: 3 },
      { top: 2, left: 3, bottom: 5, right: 3 },
    ]);
  });

  it("refuses an inline list past 255 characters and a reference to a missing sheet", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("台账").getRange("C2").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "x".repeat(INLINE_LIST_LIMIT + 1) } };
      await rejects(context.sync(), "InvalidArgument");
      dv.rule = { list: { inCellDropDown: true, source: "='没有'!$A$1:$A$3" } };
      await rejects(context.sync(), "InvalidArgument");
      dv.rule = { list: { inCellDropDown: true, source: "=其他!$A$1:$A$3" } };
      await context.sync();
    });
  });
});

describe("events", () => {
  it("fires for a user's edit and for an add-in's write, telling them apart; not once removed", async () => {
    const h = host();
    const seen: ChangedEventArgs[] = [];
    const handler = (args: ChangedEventArgs) => seen.push(args);
    const registration = await h.Excel.run(async (context) => {
      const r = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return r;
    });
    await h.userEdit("台账", "B2", [[150]]);
    expect(cellAt(h.sheet("台账"), 2, 2)?.value).toBe(150);
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("其他").getRange("A1:B1").values = [["a", "b"]];
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.map((a) => [a.worksheetId, a.address, a.triggerSource])).toEqual([
      [`{${h.sheet("台账").id}}`, "B2", "Unknown"],
      [`{${h.sheet("其他").id}}`, "A1:B1", "ThisLocalAddin"],
    ]);
    registration.remove();
    await registration.context.sync();
    await h.userEdit("台账", "B3", [[1]]);
    expect(seen).toHaveLength(2);
  });
});

describe("the rest", () => {
  it("names the workbook, finds a sheet by its id, sets row heights, inserts whole rows", async () => {
    const h = host();
    await h.Excel.run(async (context) => {
      context.workbook.load("name");
      const byId = context.workbook.worksheets.getItem(`{${h.sheet("其他").id}}`).load("name");
      const ws = context.workbook.worksheets.getItem("台账");
      ws.getRange("A1:B1").format.rowHeight = 30;
      ws.getRange("2:2").insert("Down");
      await context.sync();
      expect([context.workbook.name, byId.name]).toEqual(["样例.xlsx", "其他"]);
      ws.getRange("A1:B1").insert("Down");
      await rejects(context.sync(), "InvalidArgument");
    });
    const ws = h.sheet("台账");
    expect(ws.rowHeights.get(1)).toBe(30);
    expect([cellAt(ws, 2, 1), cellAt(ws, 3, 1)?.value, ws.merges]).toEqual([undefined, "甲", [{ top: 6, left: 1, bottom: 7, right: 2 }]]);
  });
});
