import { intensity, keyEnergy } from "../../src/core/calc/energy";
import { DIV0, NUM } from "../../src/core/calc/errors";
import { projectStatus, scaleStatus } from "../../src/core/calc/status";

describe("scaleStatus (threshold 2000, floor 1000)", () => {
  test.each<[number, boolean, string]>([
    [5000, true, "已入统"],
    [0, true, "已入统"],
    [2000, false, "应入统"], // ≥ threshold
    [1999.99, false, "培育"],
    [1000, false, "培育"], // ≥ floor
    [999.99, false, "规下"],
    [0, false, "规下"],
    [-5, false, "规下"],
  ])("revenue %p, included %p → %s", (revenue, included, status) => {
    expect(scaleStatus(revenue, included, 2000, 1000)).toBe(status);
  });

  test("thresholds are parameters", () => {
    expect(scaleStatus(1500, false, 1500, 800)).toBe("应入统");
    expect(scaleStatus(900, false, 1500, 800)).toBe("培育");
  });
});

describe("projectStatus (threshold 500)", () => {
  test.each<[number, boolean, string]>([
    [100, true, "已入统"],
    [500, false, "应入统"],
    [800, false, "应入统"],
    [499.9, false, "未达标准"],
  ])("investment %p, included %p → %s", (inv, included, status) => {
    expect(projectStatus(inv, included, 500)).toBe(status);
  });
});

describe("energy", () => {
  test("intensity = energy / value added", () => {
    expect(intensity(5200, 10400)).toBe(0.5);
    expect(intensity(0, 10)).toBe(0);
    expect(intensity(5200, 0)).toEqual(DIV0);
    expect(intensity(5200, -1)).toEqual(NUM);
  });

  test("keyEnergy: at or above the threshold", () => {
    expect(keyEnergy(5000, 5000)).toBe(true);
    expect(keyEnergy(4999.9, 5000)).toBe(false);
    expect(keyEnergy(12000, 10000)).toBe(true);
  });
});
