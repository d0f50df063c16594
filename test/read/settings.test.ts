import { parseSettings, settingsToCells, SETTINGS_CHUNK } from "../../src/core/read";
import type { GxSettings } from "../../src/core/read/result";
import { BUILTIN } from "../../src/core/rules/registry";
import { sheet } from "./helpers";

/** The settings of a `_gx` sheet, its notes rated as the check pipeline rates them. */
function fromCells(cells: (string | number | null)[]) {
  const r = parseSettings(sheet("_gx", cells.map((c) => [c])));
  return { ...r, findings: r.findings.map(BUILTIN.rate) };
}

describe("_gx settings", () => {
  test("no sheet, or an empty one: empty settings, no finding", () => {
    expect(parseSettings()).toEqual({ settings: {}, findings: [] });
    expect(fromCells([])).toEqual({ settings: {}, findings: [] });
  });

  test("round trip through cells, split in chunks no longer than the limit", () => {
    const settings: GxSettings = {
      profile: { year: 2023, note: "说".repeat(70000) },
      kinds: { 数据: "key-enterprises", 说明: "none" },
      mappings: { 数据: { uscc: "代码" } },
      reports: ["校验结果"],
    };
    const cells = settingsToCells(settings);
    expect(cells.length).toBeGreaterThan(2);
    expect(cells.every((c) => c.length <= SETTINGS_CHUNK)).toBe(true);
    expect(fromCells(cells)).toEqual({ settings, findings: [] });
  });

  test("chunks never cut a surrogate pair", () => {
    const cells = settingsToCells({ profile: { s: "😀".repeat(40000) } });
    for (const c of cells) expect(/[\ud800-\udbff]$/.test(c)).toBe(false);
    expect(fromCells(cells).settings).toEqual({ profile: { s: "😀".repeat(40000) } });
  });

  test("broken JSON → settings.invalid (warning, file-level) and empty settings", () => {
    const r = fromCells(['{"kinds": {"a": "projects"', null, "oops"]);
    expect(r.settings).toEqual({});
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: "settings.invalid", severity: "warning" });
    expect(r.findings[0].sheet).toBeUndefined();
  });

  test("__proto__, constructor and prototype keys are dropped", () => {
    const r = fromCells(['{"__proto__": {"polluted": true}, "kinds": {"constructor": "projects", "a": "targets", "prototype": "none"}}']);
    expect(r.settings).toEqual({ kinds: { a: "targets" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.settings.kinds)).toBe(Object.prototype);
  });

  test("entries of the wrong shape are dropped and named in one warning", () => {
    const r = fromCells([JSON.stringify({ kinds: { a: "projects", b: "nonsense", c: 3 }, mappings: { s: { uscc: 5 } }, reports: "x" })]);
    expect(r.settings).toEqual({ kinds: { a: "projects" }, mappings: {} });
    expect(r.findings).toEqual([
      { rule: "settings.invalid", severity: "warning", variant: "shape", params: { field: "kinds.b, kinds.c, mappings.s, reports" } },
    ]);
  });

  test("与上期对比 remembers the previous workbook's name only; another type is dropped and named", () => {
    const settings: GxSettings = { previousFile: "张北县-9月.xlsx" };
    expect(fromCells(settingsToCells(settings))).toEqual({ settings, findings: [] });
    const r = fromCells([JSON.stringify({ previousFile: { name: "x.xlsx", bytes: [1, 2] } })]);
    expect(r.settings).toEqual({});
    expect(r.findings).toEqual([{ rule: "settings.invalid", severity: "warning", variant: "shape", params: { field: "previousFile" } }]);
  });

  test("a JSON value that is not an object is reported", () => {
    expect(fromCells(["[1,2]"]).findings[0]).toMatchObject({ rule: "settings.invalid", variant: "shape" });
  });
});
