import fc from "fast-check";
import * as gx from "../../src/functions/functions";
import { ErrorCode, installCustomFunctionsStandIn, StandInError } from "./custom-functions-stand-in";

installCustomFunctionsStandIn();

type Fn = (...args: unknown[]) => unknown[][];
const names = Object.keys(gx) as (keyof typeof gx)[];

/** What a cell may hold, as Excel or a careless user hands it over. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.double(),
  fc.integer({ min: -3000, max: 3000 }),
  fc.constantFrom(0, 1, 12, 13, 44865, 130722, 3612, 911101087519133390),
  fc.boolean(),
  fc.string(),
  fc.constantFrom("1,234.5", "５．５％", "是", "否", "√", "day", "month", "1-10月", "2022-10-31", "张北", "崇礼县",
    "C3612", "91350100M000100Y43", "规上工业增加值增速", "#N/A", "Infinity"),
  fc.constantFrom(new StandInError(ErrorCode.notAvailable, "x"), { code: "#REF!" }, { code: "#DIV/0!" }),
);

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** A shape that often fits the others: 1×1, a row, a column or the full r×c. */
const argument = (r: number, c: number) =>
  fc.oneof(matrix(1, 1), matrix(1, c), matrix(r, 1), matrix(r, c), fc.integer({ min: 1, max: 4 }).chain((k) => matrix(k, k)));

/**
 * The broadcast rule of FUNCTIONS.md, written independently of lift.ts: the result is as large as the largest
 * argument in each direction, some argument fills it, and every argument is a 1×1, a row of its width, a
 * column of its height, or the full size.
 */
function expectedShape(args: unknown[][][]): [number, number] | null {
  const shapes = args.map((m) => [m.length, m[0].length] as const);
  const rows = Math.max(...shapes.map(([r]) => r));
  const cols = Math.max(...shapes.map(([, c]) => c));
  const fills = shapes.some(([r, c]) => r === rows && c === cols);
  const pairs = shapes.every(([r, c]) => (r === 1 || r === rows) && (c === 1 || c === cols));
  return fills && pairs ? [rows, cols] : null;
}

const isElement = (v: unknown) =>
  (typeof v === "number" && Number.isFinite(v)) ||
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string");

describe("any function, any shapes, any values", () => {
  test("never throws; the result has the broadcast shape (or is one #VALUE!) and holds cell values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.gen(),
        (name, r, c, gen) => {
          const fn = gx[name] as Fn;
          const count = gen(fc.integer, { min: 1, max: fn.length });
          const args = Array.from({ length: count }, () => gen(() => argument(r, c)) as unknown[][]);
          const result = fn(...args);
          const shape = expectedShape(args);
          expect(Array.isArray(result)).toBe(true);
          if (shape) {
            expect([result.length, result[0].length]).toEqual(shape);
            for (const row of result) {
              expect(row).toHaveLength(shape[1]);
              for (const v of row) expect(isElement(v)).toBe(true);
            }
          } else {
            expect(result).toHaveLength(1);
            expect(result[0]).toHaveLength(1);
            expect(result[0][0]).toMatchObject({ code: "#VALUE!" });
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("agreement with the definitions", () => {
  const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const positive = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
  const close = (a: unknown, b: number) =>
    typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

  test("YOY = (current − previous) / previous, element by element, numbers or their text", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, positive), { minLength: 1, maxLength: 20 }), fc.boolean(), (pairs, asText) => {
        const show = (x: number) => (asText ? String(x) : x);
        const r = gx.yoy(pairs.map(([c]) => [show(c)]), pairs.map(([, p]) => [show(p)]));
        pairs.forEach(([c, p], i) => expect(close(r[i][0], (c - p) / p)).toBe(true));
      }),
    );
  });

  test("COMPLETION = actual / target", () => {
    fc.assert(fc.property(finite, positive, (a, t) => close(gx.completion([[a]], [[t]])[0][0], a / t)));
  });

  test("PACE = completion − m/12 for every month, and by day at a year's end it is completion − 1", () => {
    fc.assert(
      fc.property(finite, positive, fc.integer({ min: 1, max: 12 }), (a, t, m) =>
        close(gx.pace([[a]], [[t]], [[m]])[0][0], a / t - m / 12),
      ),
    );
    fc.assert(
      fc.property(finite, positive, fc.integer({ min: 1901, max: 9998 }), (a, t, y) =>
        close(gx.pace([[a]], [[t]], [[`${y}-12-31`]], [["day"]])[0][0], a / t - 1),
      ),
    );
  });

  test("YOYTEXT says 增长 / 下降 / 持平 as the YOY is clearly above, below or within ±0.05 %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (c, p) => {
        const text = gx.yoyText([[c]], [[p]])[0][0] as string;
        const r = (c - p) / p;
        if (r > 0.00051) expect(text).toMatch(/^增长\d+\.\d%$/);
        else if (r < -0.00051) expect(text).toMatch(/^下降\d+\.\d%$/);
        else if (Math.abs(r) < 0.00049) expect(text).toBe("持平");
      }),
    );
  });
});
