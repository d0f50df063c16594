/**
 * Everything about rules is a function of a list of declarations: a rule declared in a fixture, added to the
 * built-in list, shows up in the registry, the checks of its kind, its words, `gx-ledger rules`, docs/RULES.md
 * and the profile's override keys, without another file being touched.
 */

import { rulesListing } from "../../src/cli/rules";
import { BUILTIN_PROFILE, parseProfile } from "../../src/core/profile";
import { BUILTIN_RULES } from "../../src/core/rules/builtin";
import { describeFinding, ruleShortName } from "../../src/core/rules/describe";
import { rulesMarkdown } from "../../src/core/rules/docs";
import { ruleRegistry } from "../../src/core/rules/registry";
import { throwawayRule } from "../fixtures/rules/throwaway-rule";
import { context, sheet } from "./helpers";

const rules = [...BUILTIN_RULES, throwawayRule];
const registry = ruleRegistry(rules);
const ID = "fixture.revenue-round";

test("the registry knows the rule, its severity and the kind whose check runs it", () => {
  expect(registry.ids).toContain(ID);
  expect(registry.severity(ID)).toBe("info");
  expect(registry.checksFor("key-enterprises").map((c) => c.id)).toContain(ID);
  expect(registry.checksFor("cultivation").map((c) => c.id)).not.toContain(ID);
});

test("its check fires through the registry, and its finding is worded from its declaration", () => {
  const s = sheet("key-enterprises", [{ revenue: 3000 }, { revenue: 3001 }]);
  const check = registry.checksFor("key-enterprises").find((c) => c.id === ID);
  const findings = check?.run(context(s)) ?? [];
  expect(findings).toEqual([expect.objectContaining({ rule: ID, severity: "info", row: 2, params: { revenue: 3000 } })]);
  expect(describeFinding(findings[0], "zh-CN", registry)).toMatchObject({
    message: "本年营业收入 3000 万元恰为整千，请核实是否为估算",
    hint: "按财务报表填写实际数",
  });
  expect(ruleShortName(ID, "en-US", registry)).toBe("Round revenue");
});

test("gx-ledger rules lists it", () => {
  const line = rulesListing(rules, "zh-CN").split("\n").find((l) => l.startsWith(ID + " "));
  expect(line).toContain("营业收入为整千（测试规则）");
  expect(line).toContain("提示");
  expect(rulesListing(BUILTIN_RULES, "zh-CN")).not.toContain(ID);
});

test("the docs generator documents it", () => {
  const md = rulesMarkdown(rules);
  expect(md).toContain(`## \`${ID}\` 营业收入为整千 · Round revenue`);
  expect(md).toContain("| message | 本年营业收入 {revenue} 万元恰为整千，请核实是否为估算 |");
  expect(md).toContain(`${BUILTIN_RULES.length + 1} rules.`);
});

test("a profile may override it, and only where it is declared", () => {
  const profile = { ...BUILTIN_PROFILE, rules: { [ID]: "off" } };
  expect(parseProfile(profile, registry.ids).ok).toBe(true);
  const builtIn = parseProfile(profile);
  expect(builtIn.ok ? [] : builtIn.issues).toEqual([expect.objectContaining({ path: `rules["${ID}"]`, key: "profile.rule.unknown" })]);
});
