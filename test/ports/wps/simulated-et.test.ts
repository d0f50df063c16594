/** The simulated ET host is strict where WPS is (or is assumed to be): the WPS port's tests rely on it. */

import { createEtHost, EtError } from "../../support/simulated-et";

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- ET is untyped COM

function app(): Any {
  return createEtHost({
    name: "台账.xlsx",
    sheets: [
      { name: "台账", rows: [["企业名称", "营业收入"], ["甲", 100], ["乙", { error: "#N/A" }], [new Date(Date.UTC(2022, 9, 31)), "#N/A"]], merges: [{ top: 6, left: 1, bottom: 7, right: 2 }] },
      { name: "_gx", rows: [], merges: [], state: "veryHidden" },
    ],
  }).Application as Any;
}

test("collections are 1-based: Item(0) and Item(Count + 1) throw, Item(1) is the first sheet", () => {
  const sheets = app().ActiveWorkbook.Sheets;
  expect(sheets.Count).toBe(2);
  expect(sheets.Item(1).Name).toBe("台账");
  expect(() => sheets.Item(0)).toThrow(EtError);
  expect(() => sheets.Item(3)).toThrow(EtError);
  expect(() => sheets.Item("没有")).toThrow(EtError);
});

test("Value2: one cell gives its value, several cells rows of values, blanks undefined, a date its serial", () => {
  const ws = app().ActiveWorkbook.Sheets.Item(1);
  expect(ws.Range("B2").Value2).toBe(100);
  expect(ws.Range("A1:B2").Value2).toEqual([["企业名称", "营业收入"], ["甲", 100]]);
  expect(ws.Range("C1:C2").Value2).toEqual([[undefined], [undefined]]);
  expect(ws.Range("A4").Value2).toBe(44865);
  expect(ws.Range("A4").NumberFormat).toBe("yyyy-mm-dd");
  expect(ws.Range("A3:A4").NumberFormat).toBeNull();
});

test("an error value reads as its name; only IsError tells it from the same text", () => {
  const a = app();
  const ws = a.ActiveWorkbook.Sheets.Item(1);
  expect([ws.Range("B3").Value2, ws.Range("B4").Value2]).toEqual(["#N/A", "#N/A"]);
  expect([a.WorksheetFunction.IsError(ws.Range("B3")), a.WorksheetFunction.IsError(ws.Range("B4"))]).toEqual([true, false]);
});

test("writing a matrix of another shape, a formula by accident, an unknown member: each is refused or shown", () => {
  const ws = app().ActiveWorkbook.Sheets.Item(1);
  expect(() => (ws.Range("A1:B2").Value2 = [["x"]])).toThrow(EtError);
  ws.Range("D1").Value2 = "=1+1";
  expect(ws.Range("D1").Value2).toBe("#NAME?");
  ws.Range("D2").NumberFormat = "@";
  ws.Range("D2").Value2 = "=1+1";
  expect(ws.Range("D2").Value2).toBe("=1+1");
  expect(() => ws.Range("A1").Text).toThrow(/not supported/);
  expect(() => ws.Range("A1").Value).toThrow(/not supported/);
});

test("merges: MergeCells true, false or null (partly), MergeArea of a cell", () => {
  const ws = app().ActiveWorkbook.Sheets.Item(1);
  expect(ws.Range("A6:B7").MergeCells).toBe(true);
  expect(ws.Range("A1:B2").MergeCells).toBe(false);
  expect(ws.Range("A5:B7").MergeCells).toBeNull();
  const area = ws.Range("B7").MergeArea;
  expect([area.Row, area.Column, area.Rows.Count, area.Columns.Count]).toEqual([6, 1, 2, 2]);
});

test("Select needs the sheet active; a hidden sheet cannot be activated; the last visible sheet cannot be deleted", () => {
  const a = app();
  const sheets = a.ActiveWorkbook.Sheets;
  expect(() => sheets.Item(2).Activate()).toThrow(EtError);
  expect(() => sheets.Item(1).Delete()).toThrow(EtError);
  const added = sheets.Add(null, sheets.Item(2));
  expect(a.ActiveSheet.Name).toBe(added.Name);
  expect(() => sheets.Item(1).Range("A1").Select()).toThrow(EtError);
  sheets.Item(1).Activate();
  sheets.Item(1).Range("B2").Select();
});

test("every member used is counted", () => {
  const host = createEtHost({ name: "x.xlsx", sheets: [{ name: "A", rows: [[1]], merges: [] }] });
  const a = host.Application as Any;
  const reads = [a.ActiveWorkbook.Sheets.Item(1).Range("A1").Value2, a.ActiveWorkbook.Sheets.Item(1).Range("A1").Value2];
  expect(reads).toEqual([1, 1]);
  expect(host.calls["Sheets.Item"]).toBe(2);
  expect(host.calls["Range.Value2"]).toBe(2);
});
