/**
 * The peer: the per-cell part of the rules (types, required cells, code shape, county names, enum values,
 * ranges) as JSON Schemas compiled by ajv, run over the same records. A reference for what a well-tuned
 * validator costs; it knows nothing of headers, totals, checksums, units or cross-row rules, so the engine is
 * expected to take longer.
 */

import Ajv, { type ValidateFunction } from "ajv";
import { kindSpec } from "../../src/core/ledgers";
import type { ColumnSpec, EnumValue, LedgerKind } from "../../src/core/ledgers/types";
import type { Profile } from "../../src/core/profile/types";
import type { CellValue, WorkbookData } from "../../src/core/read/types";
import type { CheckResult } from "../../src/core/check";

type Json = string | number | boolean;
type JsonRecord = Record<string, Json>;

const USCC = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$";
const DATE = "^\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?|[./]\\d{1,2}(?:[./]\\d{1,2})?|年\\d{1,2}月(?:\\d{1,2}日)?)$";
const SEPARATOR = "[、,，;；/\\s]+";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function enumWords(column: ColumnSpec, profile: Profile): string[] {
  const values: EnumValue[] = column.values === "industries" ? profile.industries.map((i) => ({ value: i.name, synonyms: i.synonyms })) : (column.values ?? []);
  return values.flatMap((v) => [v.value, ...v.synonyms]);
}

function columnSchema(column: ColumnSpec, profile: Profile): object {
  switch (column.type) {
    case "uscc":
      return { type: "string", pattern: USCC };
    case "region":
      return { enum: profile.regions.flatMap((r) => [r.name, r.code, ...r.aliases, ...(r.oldCodes ?? [])]) };
    case "enum":
      return { enum: enumWords(column, profile) };
    case "enumMulti": {
      const word = `(?:${enumWords(column, profile).map(escape).join("|")})`;
      return { type: "string", pattern: `^${word}(?:${SEPARATOR}${word})*$` };
    }
    case "money":
      return column.negatives ? { type: "number" } : { type: "number", minimum: 0 };
    case "number":
    case "rate":
      return { type: "number" };
    case "int":
      return { type: "integer", minimum: column.min ?? 0, ...(column.max !== undefined ? { maximum: column.max } : {}) };
    case "date":
      return { type: "string", pattern: DATE };
    case "bool":
      return { enum: [true, false, "是", "否", "Y", "N", "YES", "NO", "√", "×", 1, 0, "TRUE", "FALSE"] };
    case "industry":
      return { type: ["string", "integer"], pattern: "^[A-Ta-t]?\\d{2,4}$" };
    case "name":
      return { type: "string", minLength: 1 };
    default:
      // text and plan: whatever the cell holds (序号 is a number, a plan may be 是).
      return { type: ["string", "number", "boolean"] };
  }
}

function kindSchema(kind: LedgerKind, profile: Profile): object {
  const columns = kindSpec(kind).columns;
  return {
    type: "object",
    properties: Object.fromEntries(columns.map((c) => [c.key, columnSchema(c, profile)])),
    required: columns.filter((c) => c.required && c.blankIsRule === undefined).map((c) => c.key),
  };
}

/** A cell as JSON: blank cells are left out, dates become yyyy-mm-dd text, error values their name. */
function jsonOf(v: CellValue | undefined): Json | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return v;
}

export interface PeerInput {
  validators: Map<LedgerKind, ValidateFunction>;
  sheets: { kind: LedgerKind; records: JsonRecord[] }[];
  compileSeconds: number;
}

/** The validators and the records as JSON objects (what a JSON-schema pipeline would be handed), untimed. */
export function peerInput(wb: WorkbookData, result: CheckResult): PeerInput {
  const started = performance.now();
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = new Map<LedgerKind, ValidateFunction>();
  for (const s of result.sheets) if (!validators.has(s.kind)) validators.set(s.kind, ajv.compile(kindSchema(s.kind, result.profile)));
  const compileSeconds = (performance.now() - started) / 1000;
  const sheets = result.sheets.map((s) => {
    const rows = wb.sheets.find((x) => x.name === s.sheet)?.rows ?? [];
    const records = s.records.map((rec) => {
      const row = rows[rec.row - 1] ?? [];
      const out: JsonRecord = {};
      for (const c of s.columns) {
        const v = jsonOf(row[c.col - 1]);
        if (v !== undefined) out[c.key] = v;
      }
      return out;
    });
    return { kind: s.kind, records };
  });
  return { validators, sheets, compileSeconds };
}

/** Validates every record; returns the number of errors found. */
export function runPeer(input: PeerInput): number {
  let errors = 0;
  for (const s of input.sheets) {
    const validate = input.validators.get(s.kind) as ValidateFunction;
    for (const r of s.records) if (!validate(r)) errors += validate.errors?.length ?? 0;
  }
  return errors;
}
