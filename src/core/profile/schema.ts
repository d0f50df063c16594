import { z } from "zod";
import type { MessageKey } from "../i18n/catalog.zh-CN";
import { t } from "../i18n/translate";
import type { Lang, MessageParams } from "../i18n/types";
import { RULE_IDS } from "../rules/registry";
import { isRecord, withoutUnsafeKeys } from "./sanitize";
import { DECOMPOSED_COUNTS, type Profile } from "./types";

/**
 * One problem of a profile. `key` + `params` render it in any language (`formatProfileIssue`, or `t`
 * next to a form field); `message` is the Chinese text, the default language.
 */
export interface ProfileIssue {
  /** The field: `thresholds.scaleRevenue`, `targets[3].target`, `rules["uscc.checksum"]`; "" for the profile itself. */
  path: string;
  key: MessageKey;
  params: MessageParams;
  message: string;
}

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

// Before any schema is built: zod otherwise probes `new Function("")` for its compiled parsers, which the task
// pane's Content-Security-Policy (no 'unsafe-eval') reports as a violation even though zod catches the refusal.
z.config({ jitless: true });

type Ctx = z.core.$RefinementCtx;

// Custom issues carry their catalogue key in params; toIssue turns them back into key + params.
function flag(ctx: Ctx, path: (string | number)[], key: MessageKey, params: MessageParams = {}): void {
  ctx.addIssue({ code: "custom", path, message: key, params: { ...params, key } });
}

interface Claim {
  value: string;
  owner: number;
  path: (string | number)[];
}

/** Flags a value (a code, a name or alias) that a second entry of a list claims again. */
function flagRepeats(ctx: Ctx, claims: Claim[], key: MessageKey, param: string): void {
  const owners = new Map<string, number>();
  for (const claim of claims) {
    const first = owners.get(claim.value);
    if (first === undefined) owners.set(claim.value, claim.owner);
    else if (first !== claim.owner) flag(ctx, claim.path, key, { [param]: claim.value });
  }
}

/**
 * The name of each entry and its other spellings (`field`): together they must identify one entry.
 * Names come first, so that a clash between a name and another entry's alias is blamed on the alias.
 */
function nameClaims<T extends { name: string }>(list: T[], others: (item: T) => string[], field: string): Claim[] {
  return [
    ...list.map((item, i): Claim => ({ value: item.name, owner: i, path: [i, "name"] })),
    ...list.flatMap((item, i) => others(item).map((value, j): Claim => ({ value, owner: i, path: [i, field, j] }))),
  ];
}

const text = z.string().trim().min(1);
const names = z.array(text).default([]);
const code6 = z
  .string()
  .trim()
  .refine((s) => /^\d{6}$/.test(s), { params: { key: "profile.code6" } });
const nonNegative = z.number().min(0);
const countOf = z.number().int().min(0);

const thresholdsSchema = z
  .object({
    scaleRevenue: nonNegative,
    cultivationFloor: nonNegative,
    projectInvestment: nonNegative,
    keyEnergy: nonNegative,
    rateTolerance: nonNegative,
    totalTolerance: nonNegative,
    intensityTolerance: nonNegative,
    ytdPlanFactor: z.number().positive(),
    growthReviewHigh: z.number(),
    growthReviewLow: z.number(),
    // Added with history (HISTORY.md): profiles stored before then still parse.
    jumpFloor: nonNegative.default(100),
    jumpHigh: z.number().positive().default(3),
    jumpLow: nonNegative.default(0.2),
  })
  .superRefine((th, ctx) => {
    // The cultivation band is cultivationFloor..scaleRevenue (plan 二.2: 1000～2000万元).
    if (th.cultivationFloor > th.scaleRevenue) {
      flag(ctx, ["cultivationFloor"], "profile.cultivationBand", { max: th.scaleRevenue });
    }
    if (th.growthReviewLow >= th.growthReviewHigh) {
      flag(ctx, ["growthReviewLow"], "profile.growthBand", { max: th.growthReviewHigh });
    }
  });

// Blank fields are left out: the sign-off block then keeps a line to sign by hand.
const signOffText = z
  .string()
  .max(100)
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s === "" ? undefined : s));
const organisationSchema = z
  .object({ unit: signOffText, head: signOffText, statistician: signOffText, preparer: signOffText, phone: signOffText })
  .transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));

const referenceSchema = z.object({ clusters: countOf, clusterHeadFirms: countOf });

const regionSchema = z.object({ code: code6, name: text, aliases: names, oldCodes: z.array(code6).optional() });

const industrySchema = z.object({ name: text, synonyms: names });

const targetSchema = z
  .object({
    key: z.string().refine((s) => /^[A-Za-z][A-Za-z0-9_]*$/.test(s), { params: { key: "profile.targetKey" } }),
    name: text,
    aliases: names,
    kind: z.enum(["growth", "count", "ratio", "amount"]),
    op: z.enum([">=", "range"]),
    target: z.number(),
    max: z.number().optional(),
    unit: z.string().trim().default(""),
    clause: z.string().trim().default(""),
    pace: z.enum(["elapsed", "none"]).optional(),
  })
  .superRefine((tg, ctx) => {
    if (tg.op === "range") {
      if (tg.max === undefined) flag(ctx, ["max"], "profile.range.maxMissing");
      else if (tg.max < tg.target) flag(ctx, ["max"], "profile.range.maxBelow", { min: tg.target });
    }
    // A completion ratio of 80 instead of 0.8 is the likely slip; growth rates may exceed 100 %.
    if (tg.kind === "ratio") {
      for (const field of ["target", "max"] as const) {
        const value = tg[field];
        if (value !== undefined && (value < 0 || value > 1)) flag(ctx, [field], "profile.ratio.fraction");
      }
    }
  });

const countyShareSchema = z.object({
  targets: z.record(z.string(), nonNegative).optional(),
  counts: z.record(z.string(), countOf).optional(),
});

const overrideSchema = z.enum(["error", "warning", "info", "off"]);

/** The profile's schema; `rules` may name only the rules declared (an unknown id is a misspelling, named). */
function profileSchema(ruleIds: readonly string[]) {
  const known = new Set(ruleIds);
  return z.object({
    year: z.number().int().min(2000).max(2100),
    // null is how a form or a merge patch says "not set": the period is then derived.
    period: z.number().int().min(1).max(12).nullish(),
    cityCode: code6,
    cityName: text,
    provinceCode: code6,
    thresholds: thresholdsSchema,
    reference: referenceSchema,
    regions: z
      .array(regionSchema)
      .min(1)
      .superRefine((regions, ctx) => {
        // Today's codes first: a clash with an old code is blamed on the old code.
        const codes: Claim[] = [
          ...regions.map((r, i): Claim => ({ value: r.code, owner: i, path: [i, "code"] })),
          ...regions.flatMap((r, i) => (r.oldCodes ?? []).map((value, j): Claim => ({ value, owner: i, path: [i, "oldCodes", j] }))),
        ];
        flagRepeats(ctx, codes, "profile.duplicate.code", "code");
        flagRepeats(ctx, nameClaims(regions, (r) => r.aliases, "aliases"), "profile.duplicate.name", "name");
      }),
    industries: z
      .array(industrySchema)
      .min(1)
      .superRefine((industries, ctx) => {
        flagRepeats(ctx, nameClaims(industries, (d) => d.synonyms, "synonyms"), "profile.duplicate.name", "name");
      }),
    targets: z.array(targetSchema).superRefine((targets, ctx) => {
      flagRepeats(ctx, targets.map((tg, i) => ({ value: tg.key, owner: i, path: [i, "key"] })), "profile.duplicate.key", "key");
      flagRepeats(ctx, nameClaims(targets, (tg) => tg.aliases, "aliases"), "profile.duplicate.name", "name");
    }),
    rules: z
      .record(z.string(), overrideSchema)
      .superRefine((rules, ctx) => {
        for (const id of Object.keys(rules)) if (!known.has(id)) flag(ctx, [id], "profile.rule.unknown", { rule: id });
      })
      .default({}),
    organisation: organisationSchema.optional(),
    scope: z.string().trim().optional(),
    decomposition: z.record(z.string(), countyShareSchema).optional(),
  })
  .superRefine((p, ctx) => checkScope(p, ctx));
}

/** `scope` and `decomposition` name regions and targets of the same profile: a code or key it lacks is named. */
function checkScope(p: { scope?: string; decomposition?: Record<string, { targets?: Record<string, number>; counts?: Record<string, number> }>; regions: { code: string; name: string }[]; targets: { key: string }[] }, ctx: Ctx): void {
  const codes = new Set(p.regions.map((r) => r.code));
  const known = p.regions.map((r) => `${r.code} ${r.name}`).join("、");
  if (p.scope !== undefined && p.scope !== "city" && !codes.has(p.scope)) flag(ctx, ["scope"], "profile.scope.unknown", { known });
  const keys = new Set(p.targets.map((tg) => tg.key));
  const countKeys = new Set<string>(DECOMPOSED_COUNTS);
  for (const [code, share] of Object.entries(p.decomposition ?? {})) {
    if (!codes.has(code)) flag(ctx, ["decomposition", code], "profile.decomposition.region", { known });
    for (const key of Object.keys(share.targets ?? {})) {
      if (!keys.has(key)) flag(ctx, ["decomposition", code, "targets", key], "profile.decomposition.target", { name: key });
    }
    for (const key of Object.keys(share.counts ?? {})) {
      if (!countKeys.has(key)) flag(ctx, ["decomposition", code, "counts", key], "profile.decomposition.count", { name: key, keys: DECOMPOSED_COUNTS.join(", ") });
    }
  }
}

// The schema of the built-in rules, built once: the task pane validates the form on every keystroke.
let builtinSchema: ReturnType<typeof profileSchema> | undefined;

function schemaFor(ruleIds: readonly string[]): ReturnType<typeof profileSchema> {
  if (ruleIds !== RULE_IDS) return profileSchema(ruleIds);
  return (builtinSchema ??= profileSchema(RULE_IDS));
}

const TYPE_KEYS: Record<string, MessageKey> = {
  number: "profile.type.number",
  int: "profile.type.integer",
  string: "profile.type.string",
  array: "profile.type.array",
  object: "profile.type.object",
  record: "profile.type.object",
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === "number") value = value[segment];
    else if (isRecord(value) && typeof segment === "string" && Object.prototype.hasOwnProperty.call(value, segment)) value = value[segment];
    else return undefined;
  }
  return value;
}

/** `["targets", 3, "target"]` → `targets[3].target`; keys that are not identifiers are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

function describe(issue: z.core.$ZodIssue, input: unknown): { key: MessageKey; params: MessageParams } {
  switch (issue.code) {
    case "invalid_type":
    case "invalid_value":
      if (valueAt(input, issue.path) === undefined) return { key: "profile.required", params: {} };
      if (issue.code === "invalid_value") return { key: "profile.enum", params: { values: issue.values.map(String).join(" | ") } };
      return { key: TYPE_KEYS[issue.expected] ?? "profile.invalid", params: {} };
    case "too_small":
      if (issue.origin === "string") return { key: "profile.string.empty", params: {} };
      if (issue.origin === "array") return { key: "profile.array.min", params: { min: Number(issue.minimum) } };
      return { key: issue.inclusive ? "profile.number.min" : "profile.number.above", params: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: "profile.number.max", params: { max: Number(issue.maximum) } };
    case "custom": {
      const { key, ...params } = (issue.params ?? {}) as { key?: MessageKey } & Record<string, string | number>;
      return { key: key ?? "profile.invalid", params };
    }
    default:
      return { key: "profile.invalid", params: {} };
  }
}

function toIssue(issue: z.core.$ZodIssue, input: unknown): ProfileIssue {
  const { key, params } = describe(issue, input);
  return { path: formatPath(issue.path), key, params, message: t("zh-CN", key, params) };
}

/**
 * Checks a whole profile (parsed JSON) against the schema. Unknown fields are dropped (a newer version's
 * profile still loads); `__proto__`, `constructor` and `prototype` keys are dropped at every depth before
 * anything reads the input. Names and codes are trimmed; missing alias lists, units and clauses default to
 * empty, missing `rules` to `{}`; a `period` of null means not set. `rules` may override only the rules of
 * `ruleIds` (the built-in ones unless a caller declares more).
 */
export function parseProfile(json: unknown, ruleIds: readonly string[] = RULE_IDS): ProfileResult {
  const input = withoutUnsafeKeys(json);
  const result = schemaFor(ruleIds).safeParse(input);
  if (!result.success) return { ok: false, issues: result.error.issues.map((issue) => toIssue(issue, input)) };
  // Rebuilt so that a null or absent period leaves no key, and period follows year in exported JSON.
  const { year, period, ...rest } = result.data;
  return { ok: true, profile: period == null ? { year, ...rest } : { year, period, ...rest } };
}

/** `targets[3].target：不能小于 0` in the chosen language; just the message for the profile itself. */
export function formatProfileIssue(issue: ProfileIssue, lang: Lang): string {
  const message = t(lang, issue.key, issue.params);
  return issue.path ? t(lang, "profile.issue", { path: issue.path, message }) : message;
}
