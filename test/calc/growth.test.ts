import fc from "fast-check";
import { DIV0, NUM } from "../../src/core/calc/errors";
import { completion, contrib, gap, needed, pull, yoy, yoyText } from "../../src/core/calc/growth";
import { cleanDifference, roundHalfAway } from "../../src/core/calc/round";

describe("yoy", () => {
  test.each<[number, number, unknown]>([
    [120, 100, 0.2],
    [95, 100, -0.05],
    [0, 100, -1],
    [-10, 100, -1.1],
    [1, 0, DIV0],
    [-5, -10, NUM],
    [0, 0, DIV0],
  ])("yoy(%p, %p) = %p", (c, p, r) => {
    const v = yoy(c, p);
    if (typeof r === "number") expect(v).toBeCloseTo(r, 12);
    else expect(v).toEqual(r);
  });
});

describe("yoyText: every row of the wording table", () => {
  // [current, previous, text, digits] — digits written out, since jest hands a missing column over as `done`.
  test.each<[number, number, string, number]>([
    // previous > 0, current ≥ 0
    [100, 100, "持平", 1],
    [100.04, 100, "持平", 1], // +0.04 % rounds to 0.0
    [99.96, 100, "持平", 1], // −0.04 % rounds to −0.0
    [105.6, 100, "增长5.6%", 1],
    [96.8, 100, "下降3.2%", 1],
    [0, 100, "下降100.0%", 1],
    [100.05, 100, "增长0.1%", 1], // half away from zero
    [99.95, 100, "下降0.1%", 1],
    [105.55, 100, "增长5.6%", 1],
    [105.56, 100, "增长6%", 0],
    [105.56, 100, "增长5.56%", 2],
    [300, 100, "增长200.0%", 1],
    // previous > 0, current < 0
    [-1, 100, "由盈转亏", 1],
    // previous < 0
    [5, -20, "扭亏为盈", 1],
    [-5, -20, "减亏", 1],
    [0, -20, "减亏", 1],
    [-30, -20, "增亏", 1],
    [-20, -20, "持平", 1],
    // previous = 0
    [5, 0, "新增", 1],
    [-5, 0, "新增亏损", 1],
    [0, 0, "持平", 1],
  ])("yoyText(%p, %p) = %s with %p digits", (c, p, text, digits) => {
    expect(yoyText(c, p, digits)).toBe(text);
  });

  test("digits default to 1, a fractional digits is truncated, outside 0–10 is #NUM!", () => {
    expect(yoyText(105.6, 100)).toBe("增长5.6%");
    expect(yoyText(105.56, 100, 2.9)).toBe("增长5.56%");
    expect(yoyText(105.6, 100, -1)).toEqual(NUM);
    expect(yoyText(105.6, 100, 11)).toEqual(NUM);
  });
});

describe("roundHalfAway", () => {
  test.each<[number, number, number]>([
    [5.55, 1, 5.6],
    [-5.55, 1, -5.6],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.005, 2, 1.01],
    [0.049999, 1, 0],
  ])("roundHalfAway(%p, %p) = %p", (x, d, r) => expect(roundHalfAway(x, d)).toBe(r));
});

describe("completion and gap", () => {
  test.each<[number, number, unknown]>([
    [77.2, 100, 0.772],
    [0, 100, 0],
    [120, 100, 1.2],
    [1, 0, DIV0],
    [1, -5, NUM],
  ])("completion(%p, %p) = %p", (a, t, r) => {
    const v = completion(a, t);
    if (typeof r === "number") expect(v).toBeCloseTo(r, 12);
    else expect(v).toEqual(r);
  });

  test("gap is actual − target, in percentage points for rates", () => {
    expect(gap(0.062, 0.055)).toBeCloseTo(0.007, 12);
    expect(gap(80, 100)).toBe(-20);
  });
});

describe("contrib and pull", () => {
  test("contrib: Δpart / Δtotal, a falling total included", () => {
    expect(contrib(30, 20, 130, 100)).toBeCloseTo(1 / 3, 12);
    expect(contrib(15, 20, 90, 100)).toBeCloseTo(0.5, 12);
    expect(contrib(30, 20, 100, 100)).toEqual(DIV0);
  });

  test("pull: Δpart / total_previous; the pulls of the parts add up to the total's yoy", () => {
    expect(pull(30, 20, 100)).toBeCloseTo(0.1, 12);
    expect(pull(30, 20, 0)).toEqual(DIV0);
    expect(pull(30, 20, -100)).toEqual(NUM);
    const parts: [number, number][] = [[30, 20], [50, 60], [40, 20]];
    const [tc, tp] = [120, 100];
    const sum = parts.reduce((s, [c, p]) => s + (pull(c, p, tp) as number), 0);
    expect(sum).toBeCloseTo(yoy(tc, tp) as number, 12);
  });
});

describe("needed", () => {
  test("the growth over the remaining months that reaches the annual target", () => {
    expect(needed(0.055, 520, 500, 1000)).toBeCloseTo(0.07, 12);
    // Check by construction: growing the rest of the year at `needed` gives exactly the target for the year.
    const [g, a, bt, b] = [0.07, 800, 760, 1000];
    const n = needed(g, a, bt, b) as number;
    expect((a + (b - bt) * (1 + n)) / b - 1).toBeCloseTo(g, 12);
  });

  test.each<[number, number, number, number]>([
    // Issue 12: 1100 already exceeds 1000 × 1.055 − the rest: the target holds even with no output → #NUM!
    [0.055, 1100, 900, 1000],
    [0.1, 2000, 500, 1000],
  ])("below −1 (the target is already secured): needed(%p, %p, %p, %p) → #NUM! 目标已可确保完成", (g, a, bt, b) => {
    expect(needed(g, a, bt, b)).toEqual({ error: "#NUM!", message: "目标已可确保完成" });
  });

  test("for all inputs, a rate it gives is at least −1, and #NUM! with the message means the target is already met", () => {
    const money = fc.double({ min: 0, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 2, noNaN: true }), money, money, money, (g, a, bt, b) => {
        const r = needed(g, a, bt, b);
        if (typeof r === "number") expect(r).toBeGreaterThanOrEqual(-1 - 1e-9);
        else if (r.message !== undefined) expect(a).toBeGreaterThan(b * (1 + g) - 1e-6 * Math.max(1, b));
      }),
    );
  });

  test("exactly −1 (no output needed for the rest of the year) is still a rate", () => {
    expect(needed(0.1, 1100, 500, 1000)).toBeCloseTo(-1, 12);
  });

  test("nothing left of last year → #NUM!", () => {
    expect(needed(0.055, 520, 1000, 1000)).toEqual(NUM);
    expect(needed(0.055, 520, 1200, 1000)).toEqual(NUM);
  });
});

describe("cleanDifference", () => {
  test("removes the noise of a subtraction, keeps real digits", () => {
    expect(100.05 - 100).not.toBe(0.05);
    expect(cleanDifference(100.05, 100)).toBe(0.05);
    expect(cleanDifference(105.55, 100)).toBe(5.55);
    expect(cleanDifference(1e-20, 0)).toBe(1e-20);
    expect(cleanDifference(0, 0)).toBe(0);
    expect(cleanDifference(123456789.123, 123456789)).toBeCloseTo(0.123, 6);
  });
});
