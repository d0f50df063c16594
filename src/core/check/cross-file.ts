/**
 * Files checked together (xref.cross-file): an enterprise or project that two counties both count. Runs after
 * each file's own check, over their results, and finishes each result again.
 */

import { kindsIdentifiedAs } from "../ledgers";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import type { ReadSheet } from "../read/result";
import { noted } from "../findings";
import { usccOf } from "../rules/duplicates";
import { columnOf, recordKey } from "../rules/context";
import { projectKey } from "../rules/projects";
import { BUILTIN, type Finding } from "../rules/registry";
import { show } from "../rules/message-values";
import { type CheckResult, finish } from "./check-workbook";

/** Kinds whose 信用代码 identifies an enterprise counted by the file's county (projects go by name + builder). */
const ENTERPRISE_KINDS: ReadonlySet<LedgerKind> = new Set(kindsIdentifiedAs("enterprise"));
const PROJECT_KINDS: ReadonlySet<LedgerKind> = new Set(kindsIdentifiedAs("project"));

interface Place {
  sheet: ReadSheet;
  rec: LedgerRecord;
}

/** Each identity (信用代码, or project) of a file with its first place in the file. */
function identities(result: CheckResult): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const sheet of result.sheets) {
    const isProject = PROJECT_KINDS.has(sheet.kind);
    if (!isProject && !ENTERPRISE_KINDS.has(sheet.kind)) continue;
    for (const rec of sheet.records) {
      const id = isProject ? projectKey(rec) : usccOf(rec);
      if (id !== null && !out.has(`${isProject ? "p" : "e"}:${id}`)) out.set(`${isProject ? "p" : "e"}:${id}`, { sheet, rec });
    }
  }
  return out;
}

/**
 * Files checked together: the same 信用代码, or the same project, in two files is an enterprise counted by two
 * counties. Each file gets xref.cross-file on the record's first row, naming the other files; its summary is
 * recomputed. Calling it again replaces the earlier cross-file findings. `names`: how each file is named in the
 * findings, where not by its workbook's name (two counties' 台账.xlsx, told apart by their folders).
 */
export function crossFile(results: CheckResult[], names: readonly string[] = results.map((r) => r.file)): void {
  const ids = results.map(identities);
  const files = new Map<string, number[]>();
  ids.forEach((m, i) => {
    for (const id of m.keys()) {
      const list = files.get(id);
      if (list) list.push(i);
      else files.set(id, [i]);
    }
  });
  results.forEach((result, i) => {
    const findings: Finding[] = result.findings.filter((f) => f.rule !== "xref.cross-file");
    if (result.profile.rules["xref.cross-file"] !== "off") {
      for (const [id, place] of ids[i]) {
        const where = files.get(id) ?? [];
        if (where.length < 2) continue;
        const { sheet, rec } = place;
        const isProject = id.startsWith("p:");
        const column = isProject ? "project" : "uscc";
        findings.push(
          BUILTIN.rate(
            noted("xref.cross-file", {
              variant: isProject ? "project" : "enterprise",
              sheet: sheet.sheet,
              row: rec.row,
              col: columnOf(sheet, column),
              value: show(rec.values[column]),
              params: { files: where.filter((j) => j !== i).map((j) => names[j]).join("、") },
              key: recordKey(sheet, rec),
            }),
          ),
        );
      }
    }
    result.findings = findings;
    finish(result);
  });
}
