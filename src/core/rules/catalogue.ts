/**
 * Every rule id the product knows, with its default severity and scope (LEDGERS.md). The reader emits the
 * `reading` ones; the checks in this folder emit the others. The profile's `rules` may override a severity.
 */

import type { LedgerKind } from "../ledgers/types";
import type { Severity } from "../profile/types";
import type { RuleDecl, RuleScope } from "./types";

const ENTERPRISES: LedgerKind[] = ["key-enterprises", "cultivation", "declining"];
const PROJECT_KINDS: LedgerKind[] = ["projects", "tech-reform"];

function rule(id: string, severity: Severity, scope: RuleScope, kinds?: LedgerKind[]): RuleDecl {
  return kinds ? { id, severity, scope, kinds } : { id, severity, scope };
}

export const RULES: readonly RuleDecl[] = [
  // Reading a sheet (src/core/read) and the workbook's settings.
  rule("header.missing", "error", "reading"),
  rule("header.unknown", "info", "reading"),
  rule("header.duplicate", "info", "reading"),
  rule("row.blank", "info", "reading"),
  rule("total.mismatch", "warning", "reading"),
  rule("cell.required", "error", "reading"),
  rule("cell.error", "error", "reading"),
  rule("number.invalid", "error", "reading"),
  rule("number.negative", "error", "reading"),
  rule("number.text", "info", "reading"),
  rule("uscc.format", "error", "reading"),
  rule("uscc.checksum", "error", "reading"),
  rule("uscc.case", "info", "reading"),
  rule("region.unknown", "error", "reading"),
  rule("enum.invalid", "error", "reading"),
  rule("date.invalid", "error", "reading"),
  rule("bool.invalid", "error", "reading"),
  rule("industry.invalid", "error", "reading"),
  rule("industry.non-industrial", "warning", "reading"),
  rule("settings.invalid", "warning", "workbook"),
  rule("profile.invalid", "warning", "workbook"),
  // Checking the wrong file must never read as 可以报送: an error, which no explanation clears.
  rule("workbook.no-ledgers", "error", "workbook"),
  // Any ledger with a 信用代码 and a 所属县区.
  rule("uscc.region-differs", "info", "cell"),
  // Enterprises.
  rule("dup.uscc", "error", "row", ENTERPRISES),
  rule("growth.mismatch", "warning", "row", ["key-enterprises", "clusters"]),
  rule("growth.review", "warning", "row", ["key-enterprises", "clusters"]),
  rule("scale.should-include", "warning", "row", ["key-enterprises", "cultivation"]),
  rule("scale.below", "warning", "row", ["key-enterprises"]),
  rule("ledger.count", "warning", "sheet", [...ENTERPRISES, ...PROJECT_KINDS]),
  rule("cultivation.category-revenue", "error", "row", ["cultivation"]),
  rule("cultivation.new-needs-date", "error", "row", ["cultivation"]),
  rule("cultivation.plan-missing", "warning", "row", ["cultivation"]),
  rule("cultivation.date-out-of-year", "warning", "row", ["cultivation"]),
  rule("xref.already-scale", "error", "row", ["cultivation"]),
  rule("declining.type-mismatch", "error", "row", ["declining"]),
  rule("declining.plan-missing", "warning", "row", ["declining"]),
  // Projects and tech-reform projects.
  rule("project.must-include", "error", "row", PROJECT_KINDS),
  rule("project.blocked", "warning", "row", PROJECT_KINDS),
  rule("project.ytd-exceeds-total", "error", "row", PROJECT_KINDS),
  rule("project.ytd-exceeds-plan", "warning", "row", PROJECT_KINDS),
  rule("project.dates", "error", "row", PROJECT_KINDS),
  rule("project.stage-dates", "error", "row", PROJECT_KINDS),
  rule("project.new-start-year", "warning", "row", PROJECT_KINDS),
  rule("project.continuing-started", "warning", "row", PROJECT_KINDS),
  rule("project.no-progress", "warning", "row", PROJECT_KINDS),
  rule("dup.project", "error", "row", PROJECT_KINDS),
  // 三个一批.
  rule("batch.done-needs-date", "error", "row", ["three-batches"]),
  rule("batch.future-date", "error", "row", ["three-batches"]),
  rule("batch.needs-acceptance", "warning", "row", ["three-batches"]),
  // Clusters.
  rule("clusters.count", "info", "sheet", ["clusters"]),
  rule("clusters.head-count", "info", "sheet", ["clusters"]),
  // Energy.
  rule("dup.energy-month", "error", "row", ["energy"]),
  rule("energy.intensity-mismatch", "warning", "row", ["energy"]),
  rule("energy.missing-month", "warning", "row", ["energy"]),
  // Targets.
  rule("target.unknown", "warning", "row", ["targets"]),
  rule("target.differs", "warning", "row", ["targets"]),
  rule("target.missing-actual", "info", "row", ["targets"]),
  rule("target.ledger-differs", "warning", "row", ["targets"]),
  // Across sheets and files.
  rule("xref.name-code", "warning", "workbook"),
  rule("xref.code-name", "warning", "workbook"),
  rule("xref.cross-file", "warning", "files"),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleDecl(id: string): RuleDecl | undefined {
  return BY_ID.get(id);
}

/** The default severity of a rule id; an id not in the catalogue is a programming error. */
export function ruleSeverity(id: string): Severity {
  const decl = BY_ID.get(id);
  if (!decl) throw new Error(`rule ${id} is not in the catalogue`);
  return decl.severity;
}
