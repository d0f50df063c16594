/** The programmes' number of records against their targets (百家, 百家以上, 百项以上). */

import { countyCount, scopeRegion } from "../profile/scope";
import { sheetFinding } from "./context";
import { defineRule } from "./define";
import { LEDGER_COUNT_TARGETS, ledgerFigures } from "./ledger-figures";

/**
 * The programme's number of records (over every sheet of the kind, reported on the first) against its target:
 * the key-enterprises list is exactly 百家, the libraries are 百家以上 / 百项以上.
 */
export const ledgerCount = defineRule({
  id: "ledger.count",
  severity: "warning",
  scope: "sheet",
  kinds: ["key-enterprises", "cultivation", "declining", "projects", "tech-reform"],
  params: { count: "number", name: "text", target: "number" },
  check(ctx, rule) {
    const key = LEDGER_COUNT_TARGETS[ctx.sheet.kind];
    const target = ctx.profile.targets.find((t) => t.key === key);
    const first = ctx.sheets.find((s) => s.kind === ctx.sheet.kind);
    if (key === undefined || target === undefined || first !== ctx.sheet) return [];
    // A county's ledgers against its share of the decomposition, or not at all (PLAN-PROFILE.md, Scope).
    const county = scopeRegion(ctx.profile) !== undefined;
    const goal = county ? countyCount(ctx.profile, key) : target.target;
    if (goal === undefined) return [];
    const count = ledgerFigures(ctx.sheets)[key] ?? 0;
    const exact = ctx.sheet.kind === "key-enterprises";
    const max = !county && target.op === "range" ? target.max ?? goal : exact ? goal : Infinity;
    if (count >= goal && count <= max) return [];
    return [
      sheetFinding(ctx, rule, {
        variant: count < goal ? "fewer" : "more",
        value: count,
        params: { count, target: goal, name: target.name },
      }),
    ];
  },
  words: {
    "zh-CN": {
      name: "台账数量",
      message: "台账共 {count} 条，“{name}”目标为 {target}",
      variants: {
        fewer: "台账共 {count} 条，少于“{name}”目标 {target}",
        more: "台账共 {count} 条，多于“{name}”目标 {target}",
      },
      hint: "补齐台账，或在审核说明工作表中说明原因",
      about: "台账数量与目标不符",
    },
    "en-US": {
      name: "Record count",
      message: "The ledger has {count} records; the target of “{name}” is {target}",
      variants: {
        fewer: "The ledger has {count} records, fewer than the target of “{name}”, {target}",
        more: "The ledger has {count} records, more than the target of “{name}”, {target}",
      },
      hint: "Complete the ledger, or explain why in the 审核说明 sheet",
      about: "the number of records does not meet the target",
    },
  },
});
