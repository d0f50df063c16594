import { enUS } from "../../src/core/i18n/catalog.en-US";
import { zhCN } from "../../src/core/i18n/catalog.zh-CN";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  test("zh-CN and en-US have exactly the same keys", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  test.each(Object.entries(zhCN))("%s has the same placeholders in both languages", (key, template) => {
    // The singular form (key.one, said of exactly one) may spell its count out instead of naming {n}.
    const others = (t: string) => placeholders(t).filter((name) => !(key.endsWith(".one") && name === "n"));
    expect(others((enUS as Record<string, string>)[key] ?? "")).toEqual(others(template));
  });

  test.each([
    ["zh-CN", zhCN],
    ["en-US", enUS],
  ])("%s is sorted by key, so that additions land in their group", (_lang, catalog) => {
    const keys = Object.keys(catalog);
    expect(keys).toEqual([...keys].sort());
  });

  test.each([
    ["zh-CN", zhCN],
    ["en-US", enUS],
  ])("%s has no empty message", (_lang, catalog) => {
    expect(Object.entries(catalog).filter(([, text]) => text.trim() === "")).toEqual([]);
  });
});
