import { enUS } from "../../src/core/i18n/catalog.en-US";
import { zhCN } from "../../src/core/i18n/catalog.zh-CN";
import type { Lang } from "../../src/core/i18n/types";

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
import { KINDS } from "../../src/core/ledgers";
import { BUILTIN } from "../../src/core/rules/registry";
import { FIRE, QUIET } from "./cases";
import { READING_FIRE } from "./reading-cases";

const RULES = BUILTIN.rules;
const ids = RULES.map((r) => r.id);
const ruleSeverity = (id: string) => BUILTIN.severity(id);
const ruleDecl = (id: string) => BUILTIN.get(id);

describe("rule registry", () => {
  test("ids are unique", () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  // LEDGERS.md, rule by rule.
  test.each([
    ["header.missing", "error"],
    ["header.unknown", "info"],
    ["header.duplicate", "info"],
    ["row.blank", "info"],
    ["total.mismatch", "warning"],
    ["cell.required", "error"],
    ["cell.error", "error"],
    ["cell.malformed", "error"],
    ["number.invalid", "error"],
    ["number.negative", "error"],
    ["number.text", "info"],
    ["uscc.format", "error"],
    ["uscc.checksum", "error"],
    ["uscc.case", "info"],
    ["uscc.region-differs", "info"],
    ["region.unknown", "error"],
    ["enum.invalid", "error"],
    ["date.invalid", "error"],
    ["bool.invalid", "error"],
    ["industry.invalid", "error"],
    ["industry.non-industrial", "warning"],
    ["settings.invalid", "warning"],
    ["profile.invalid", "warning"],
    ["workbook.no-ledgers", "error"],
    ["dup.uscc", "error"],
    ["growth.mismatch", "warning"],
    ["growth.review", "warning"],
    ["scale.should-include", "warning"],
    ["scale.below", "warning"],
    ["ledger.count", "warning"],
    ["cultivation.category-revenue", "error"],
    ["cultivation.new-needs-date", "error"],
    ["cultivation.plan-missing", "warning"],
    ["cultivation.date-out-of-year", "warning"],
    ["xref.already-scale", "error"],
    ["declining.type-mismatch", "error"],
    ["declining.plan-missing", "warning"],
    ["project.must-include", "error"],
    ["project.blocked", "warning"],
    ["project.ytd-exceeds-total", "error"],
    ["project.ytd-exceeds-plan", "warning"],
    ["project.dates", "error"],
    ["project.stage-dates", "error"],
    ["project.new-start-year", "warning"],
    ["project.continuing-started", "warning"],
    ["project.no-progress", "warning"],
    ["dup.project", "error"],
    ["batch.done-needs-date", "error"],
    ["batch.future-date", "error"],
    ["batch.needs-acceptance", "warning"],
    ["clusters.count", "info"],
    ["clusters.head-count", "info"],
    ["dup.energy-month", "error"],
    ["energy.intensity-mismatch", "warning"],
    ["energy.missing-month", "warning"],
    ["target.unknown", "warning"],
    ["target.differs", "warning"],
    ["target.missing-actual", "info"],
    ["target.ledger-differs", "warning"],
    ["xref.name-code", "warning"],
    ["xref.code-name", "warning"],
    ["xref.cross-file", "warning"],
  ])("%s is %s by default", (id, severity) => {
    expect(ruleSeverity(id)).toBe(severity);
  });

  test("an id outside the catalogue is a programming error", () => {
    expect(() => ruleSeverity("no.such-rule")).toThrow("no.such-rule");
    expect(ruleDecl("no.such-rule")).toBeUndefined();
  });

  test.each(ids)("%s has a message, a hint and a meaning in both languages", (id) => {
    for (const lang of LANGS) {
      const words = ruleDecl(id)?.words[lang];
      for (const field of ["message", "hint", "about"] as const) expect(words?.[field]).toEqual(expect.any(String));
    }
  });

  test("the UI catalogues hold no rule words: they live in the rules' declarations", () => {
    for (const catalog of [zhCN, enUS]) expect(Object.keys(catalog).filter((k) => /^(rule|hint|about)\./.test(k))).toEqual([]);
  });

  test("checks are registered only for kinds their rule declares, and only for catalogue rules", () => {
    for (const { kind } of KINDS) {
      for (const c of BUILTIN.checksFor(kind)) {
        const decl = ruleDecl(c.id);
        expect(decl).toBeDefined();
        expect(decl?.scope).not.toBe("reading");
        if (decl?.kinds) expect(decl.kinds).toContain(kind);
      }
    }
  });

  test("every rule declared for a kind has a check for that kind", () => {
    for (const r of RULES.filter((r) => r.kinds)) {
      for (const kind of r.kinds ?? []) expect(BUILTIN.checksFor(kind).map((c) => `${kind}:${c.id}`)).toContain(`${kind}:${r.id}`);
    }
  });

  test("every rule id has a case that fires it and one that keeps it quiet", () => {
    // Rules across files: test/check/check-workbook.test.ts (crossFile) covers xref.cross-file both ways, and
    // test/check/merge.test.ts and test/check/history.test.ts every merge.* and history.* rule (a case that fires it, and a clean roll-up that keeps it quiet).
    const acrossFiles = RULES.filter((r) => r.scope === "files").map((r) => r.id);
    const fired = new Set([...FIRE.map((c) => c.id), ...READING_FIRE.map(([id]) => id), ...acrossFiles]);
    const quiet = new Set([...QUIET.map((c) => c.id), ...READING_FIRE.map(([id]) => id), ...acrossFiles]);
    expect(ids.filter((id) => !fired.has(id))).toEqual([]);
    expect(ids.filter((id) => !quiet.has(id))).toEqual([]);
  });
});
