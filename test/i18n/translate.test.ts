import { normaliseLang, t, type MessageKey } from "../../src/core/i18n";

describe("t", () => {
  test.each([
    ["zh-CN", "profile.number.min", { min: 0 }, "不能小于 0"],
    ["en-US", "profile.number.min", { min: 0 }, "must not be less than 0"],
    ["en-US", "profile.duplicate.name", { name: "高新区" }, "name or alias “高新区” appears twice"],
    ["zh-CN", "profile.required", undefined, "缺少此项"],
  ] as const)("%s %s", (lang, key, params, text) => {
    expect(t(lang, key, params)).toBe(text);
  });

  test("an unknown key comes back as the key", () => {
    expect(t("en-US", "rule.not-yet-written" as MessageKey, { x: 1 })).toBe("rule.not-yet-written");
  });

  test("a key that is an Object member is still unknown", () => {
    expect(t("zh-CN", "constructor" as MessageKey)).toBe("constructor");
    expect(t("en-US", "toString" as MessageKey)).toBe("toString");
  });

  test("a placeholder without a parameter stays visible", () => {
    expect(t("en-US", "profile.number.min", {})).toBe("must not be less than {min}");
  });

  test("parameters are filled literally", () => {
    expect(t("en-US", "profile.enum", { values: "$& | $1" })).toBe("must be one of: $& | $1");
  });
});

describe("normaliseLang", () => {
  test.each([
    ["zh", "zh-CN"],
    ["zh-CN", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en", "en-US"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN_us", "en-US"],
    [" en ", "en-US"],
    ["fr-FR", "zh-CN"],
    ["english", "zh-CN"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
  ])("%p → %s", (tag, lang) => {
    expect(normaliseLang(tag)).toBe(lang);
  });
});
