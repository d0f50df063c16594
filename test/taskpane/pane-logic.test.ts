/** Issue 17's pane logic: the 目标 summary and order, percentages in 设置, words in the right number. */
import fc from "fast-check";
import { enUS } from "../../src/core/i18n/catalog.en-US";
import { zhCN } from "../../src/core/i18n/catalog.zh-CN";
import { BUILTIN_PROFILE as builtin2022, parseProfile } from "../../src/core";
import type { TargetProgress, TargetStatus } from "../../src/core/reports/target-progress";
import { createI18n, pluralKey } from "../../src/taskpane/i18n";
import { formCandidate, fromPercentText, toForm, toPercentText, validateForm } from "../../src/taskpane/profile-form";
import { laggingFirst, summariseTargets } from "../../src/taskpane/target-summary";
import { unitText } from "../../src/taskpane/units";

const progress = (status: TargetStatus, name: string): TargetProgress =>
  ({ status, target: { ...builtin2022.targets[0], name, key: name } }) as unknown as TargetProgress;

describe("目标's summary line and order", () => {
  const all = [progress("done", "a"), progress("behind", "b"), progress("reached", "c"), progress("missing", "d"), progress("ahead", "e"), progress("below", "f")];

  test("counts 已完成 (done and reached), 超序时, 落后 (behind and below) and 未填报", () => {
    expect(summariseTargets(all)).toEqual({ done: 2, ahead: 1, behind: 2, missing: 1 });
  });

  test("puts what lags first, then what is not reported, ahead, done; the plan's order within each", () => {
    expect(laggingFirst(all).map((p) => p.target.name)).toEqual(["b", "f", "d", "e", "a", "c"]);
  });

  test("the summary reads as the issue asks, in both languages", () => {
    const zh = createI18n("zh-CN");
    expect(zh.t("pane.targets.summary", { done: 3, ahead: 1, behind: 2, missing: 0 })).toBe("已完成 3 · 超序时 1 · 落后 2 · 未填报 0");
    const en = createI18n("en-US");
    expect(en.t("pane.targets.summary", { done: 3, ahead: 1, behind: 2, missing: 0 })).toBe("Done 3 · ahead 1 · behind 2 · not reported 0");
  });
});

describe("rates typed as percentages in 设置", () => {
  test.each([
    [0.055, "5.5"],
    [0.061, "6.1"],
    [-0.3, "-30"],
    [0.001, "0.1"],
  ])("%p is shown as %p", (fraction, text) => {
    expect(toPercentText(fraction)).toBe(text);
    expect(fromPercentText(text)).toBe(fraction);
  });

  test("a typed % sign (half or full width) is allowed; a blank is missing; words stay words for the validator", () => {
    expect(fromPercentText("5.5 %")).toBe(0.055);
    expect(fromPercentText("5.5％")).toBe(0.055);
    expect(fromPercentText(" ")).toBeUndefined();
    expect(fromPercentText("五")).toBe("五");
  });

  test("the built-in profile goes through the form unchanged: rates shown in per cent, stored as fractions", () => {
    const form = toForm(builtin2022);
    const growth = builtin2022.targets.findIndex((t: { kind: string }) => t.kind === "growth");
    expect(form.targets[growth].target).toBe(toPercentText(builtin2022.targets[growth].target));
    expect(form.thresholds.growthReviewHigh).toBe(toPercentText(builtin2022.thresholds.growthReviewHigh));
    const result = validateForm(form);
    const builtin = parseProfile(builtin2022);
    expect(result.ok && builtin.ok && result.profile).toEqual(builtin.ok && builtin.profile);
    expect((formCandidate(form).thresholds as Record<string, unknown>).growthReviewHigh).toBe(builtin2022.thresholds.growthReviewHigh);
  });

  test("any rate with up to four decimals survives the round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const fraction = n / 10000;
        expect(fromPercentText(toPercentText(fraction))).toBe(fraction);
      }),
    );
  });
});

describe("words in the right number", () => {
  test("English takes the singular key for one, the plural for others; Chinese has one form", () => {
    expect(pluralKey("en-US", "pane.mark.marked", 1)).toBe("pane.mark.marked.one");
    expect(pluralKey("en-US", "pane.mark.marked", 2)).toBe("pane.mark.marked");
    expect(pluralKey("en-US", "pane.mark.marked", 0)).toBe("pane.mark.marked");
    const en = createI18n("en-US");
    expect(en.t(pluralKey("en-US", "pane.mark.marked", 1), { n: 1 })).toBe("Marked 1 cell");
    expect(en.t(pluralKey("en-US", "pane.templates.inserted", 1), { n: 1, sheets: "x" })).toBe("Inserted 1 sheet: x");
    const zh = createI18n("zh-CN");
    expect(zh.t(pluralKey("zh-CN", "pane.mark.marked", 1), { n: 1 })).toBe("已标记 1 个单元格");
  });

  test("every English message about {n} things that says a plural noun has its singular", () => {
    const pluralNouns = /\{n\} [a-z ]*?(cells|tabs|sheets|problems|files|rows|findings)\b/;
    const missing = Object.entries(enUS)
      .filter(([key, text]) => key.startsWith("pane.") && !key.endsWith(".one") && pluralNouns.test(text))
      .filter(([key]) => !(`${key}.one` in enUS))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  test("家, 项 and 个 are translated, and counted", () => {
    expect(unitText("en-US", "家", 1)).toBe("firm");
    expect(unitText("en-US", "家", 35)).toBe("firms");
    expect(unitText("en-US", "项", 2)).toBe("items");
    expect(unitText("en-US", "个", 4)).toBe("");
    expect(unitText("zh-CN", "家", 35)).toBe("家");
  });

  test("Chinese text in the pane's catalogue uses full-width brackets", () => {
    const han = /[\u4e00-\u9fff]/;
    const halfWidth = Object.entries(zhCN).filter(([key, text]) => (key.startsWith("pane.") || key.startsWith("report.checks")) && han.test(text) && /[()]/.test(text));
    expect(halfWidth).toEqual([]);
  });
});
