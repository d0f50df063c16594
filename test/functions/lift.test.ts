import { completion, scaleStatus, yoy } from "../../src/functions/functions";
import { ErrorCode, installCustomFunctionsStandIn, StandInError } from "./custom-functions-stand-in";

installCustomFunctionsStandIn();

const err = (v: unknown) => (v instanceof StandInError ? { code: v.code, message: v.message } : v);
const errors = (m: unknown[][]) => m.map((row) => row.map(err));
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("broadcasting", () => {
  test("a 1×1 pairs with every element of a column", () => {
    expect(yoy(col(110, 120, 90), [[100]])).toEqual(col(0.1, 0.2, -0.1).map((r) => r.map((x) => expect.closeTo(x as number, 12))));
  });

  test("a row pairs with a matrix of its width, a column with a matrix of its height", () => {
    const m = [[110, 220], [120, 240]];
    expect(completion(m, [[100, 200]])).toEqual([[1.1, 1.1], [1.2, 1.2]]);
    expect(completion(m, [[100], [200]])).toEqual([[1.1, 2.2], [0.6, 1.2]]);
  });

  test.each<[unknown[][], unknown[][], string]>([
    [col(1, 2, 3), col(1, 2), "3×1 与 2×1"],
    [[[1, 2, 3]], [[1, 2]], "1×3 与 1×2"],
    [col(1, 2, 3), [[1, 2, 3]], "3×1 与 1×3"], // a row and a column alone are not a table
    [[[1, 2], [3, 4]], [[1, 2, 3]], "2×2 与 1×3"],
  ])("other shapes → one #VALUE! naming them", (a, b, shapes) => {
    expect(errors(yoy(a, b))).toEqual([[{ code: ErrorCode.invalidValue, message: `区域大小不匹配：${shapes}` }]]);
  });

  test("a row, a column and a matrix of both sizes broadcast together", () => {
    const r = scaleStatus([[2500, 1500], [500, 3000]], [[false, true]], [[2000], [1000]]);
    expect(r).toEqual([["应入统", "已入统"], ["规下", "已入统"]]);
  });
});

describe("blanks", () => {
  test.each<unknown>([null, undefined, "", "   ", "\u3000"])("a blank %p in a required argument gives \"\"", (blank) => {
    expect(yoy(col(blank, 120), col(100, blank))).toEqual(col("", ""));
  });

  test("an optional argument left out or blank takes its default", () => {
    expect(scaleStatus([[2500]])).toEqual([["应入统"]]);
    expect(scaleStatus([[2500]], [[null]], [[null]], [[null]])).toEqual([["应入统"]]);
    expect(scaleStatus(col(2500, 2500), col(null, true), col(3000, null))).toEqual(col("培育", "已入统"));
  });
});

describe("numbers written as text", () => {
  test.each<[unknown, number]>([
    ["1,234.5", 1234.5],
    ["１２３", 123],
    ["5.5%", 0.055],
    [" 42 ", 42],
  ])("%p reads as %p", (text, n) => {
    expect(completion([[text]], [[1]])[0][0]).toBeCloseTo(n, 12);
  });

  test.each<[unknown, string]>([
    ["abc", "“abc”不是数字"],
    ["12万", "“12万”不是数字"],
    [true, "“TRUE”不是数字"],
  ])("%p → #VALUE! naming it", (bad, message) => {
    expect(errors(yoy([[bad]], [[1]]))).toEqual([[{ code: ErrorCode.invalidValue, message }]]);
  });

  test("a long bad value is shortened in the message", () => {
    const [[e]] = errors(yoy([["x".repeat(50)]], [[1]])) as { message: string }[][];
    expect(e.message).toBe(`“${"x".repeat(20)}…”不是数字`);
  });
});

describe("errors in input cells stay in their element", () => {
  test("the same error object comes back, the other elements compute", () => {
    const na = new StandInError(ErrorCode.notAvailable, "lookup failed");
    const div = { code: "#DIV/0!" };
    const r = yoy(col(na, 120, 130), col(100, div, 100));
    expect(r[0][0]).toBe(na);
    expect(r[1][0]).toBe(div);
    expect(r[2][0]).toBeCloseTo(0.3, 12);
  });

  test("an error wins over a blank and over bad text in the same element", () => {
    const na = new StandInError(ErrorCode.notAvailable);
    expect(yoy([[null]], [[na]])[0][0]).toBe(na);
    expect(yoy([["abc"]], [[na]])[0][0]).toEqual(expect.objectContaining({ code: "#VALUE!" }));
    expect(yoy([[na]], [["abc"]])[0][0]).toBe(na);
  });

  test.each(["#REF!", "#NAME?", "#SPILL!"])("%s, which a function may not return, becomes #VALUE! naming it", (code) => {
    expect(errors(yoy([[{ code }]], [[1]]))).toEqual([[{ code: "#VALUE!", message: `输入单元格含错误 ${code}` }]]);
  });
});

describe("calc errors become runtime errors, messages only on #VALUE! and #N/A", () => {
  test("#DIV/0! and #NUM! carry none", () => {
    expect(errors(yoy(col(1, 1), col(0, -1)))).toEqual([[{ code: "#DIV/0!", message: undefined }], [{ code: "#NUM!", message: undefined }]]);
  });

  test("without a runtime the error keeps the plain shape", () => {
    const g = globalThis as { CustomFunctions?: unknown };
    const saved = g.CustomFunctions;
    delete g.CustomFunctions;
    try {
      expect(yoy([[1]], [[0]])).toEqual([[{ code: "#DIV/0!" }]]);
    } finally {
      g.CustomFunctions = saved;
    }
  });
});

describe("hosts that pass scalars or flat lists", () => {
  test("a scalar is a 1×1, a flat list a row, an empty list a blank", () => {
    expect(yoy(120 as never, 100 as never)[0][0]).toBeCloseTo(0.2, 12);
    expect(completion([1, 2] as never, [[2]])).toEqual([[0.5, 1]]);
    expect(yoy([] as never, [[100]])).toEqual([[""]]);
  });
});
