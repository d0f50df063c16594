/**
 * The 设置 form's model: the editable numbers of a profile as the texts in the inputs, turned back into a
 * profile candidate for parseProfile to judge. Nothing is validated here: parseProfile's issues name the
 * fields, and the form shows them next to those fields.
 */
import { type Lang, type MessageParams, type Organisation, ORGANISATION_KEYS, parseProfile, type Profile, type ProfileIssue, type ProfileResult, type RuleOverride, t as translate, type Thresholds, type MessageKey } from "../core";
import { type CountyShare, DECOMPOSED_COUNTS, decompositionTotals, type Target } from "../core";
import { isRateTarget } from "../core";

export const THRESHOLD_KEYS: readonly (keyof Thresholds)[] = [
  "scaleRevenue",
  "cultivationFloor",
  "projectInvestment",
  "keyEnergy",
  "rateTolerance",
  "totalTolerance",
  "intensityTolerance",
  "ytdPlanFactor",
  "growthReviewHigh",
  "growthReviewLow",
];

/** Thresholds that are rates: typed and shown as percentages (5.5 for 5.5 %), stored as fractions. */
export const PERCENT_THRESHOLDS: ReadonlySet<keyof Thresholds> = new Set<keyof Thresholds>([
  "rateTolerance",
  "intensityTolerance",
  "growthReviewHigh",
  "growthReviewLow",
]);

/** A target typed as a percentage: growth rates and ratios. */
export function percentTarget(t: Target): boolean {
  return isRateTarget(t);
}

/** A fraction as the percentage typed (0.055 → "5.5"), without binary noise (0.061 × 100 is 6.1000000000000005). */
export function toPercentText(n: number | undefined): string {
  return n === undefined ? "" : String(Number((n * 100).toPrecision(12)));
}

/** A percentage typed ("5.5", "5.5 %", "5,5" is not a number) as the fraction stored; else what formNumber says. */
export function fromPercentText(text: string): number | string | undefined {
  const n = formNumber(text.replace(/[%％]\s*$/, ""));
  return typeof n === "number" ? Number((n / 100).toPrecision(12)) : n === undefined ? undefined : text;
}

export interface TargetFields {
  key: string;
  target: string;
  /** Only for a range target (op "range"). */
  max: string;
}

export interface ProfileForm {
  /** The profile the form started from: what the form does not edit (regions, industries, names) comes from it. */
  base: Profile;
  year: string;
  /** "" = not set: the period is derived (PLAN-PROFILE.md). */
  period: string;
  thresholds: Record<keyof Thresholds, string>;
  targets: TargetFields[];
  /** Rule id → override; "" = the rule's default severity. */
  rules: Record<string, RuleOverride | "">;
  /** The sign-off block of the report tabs; "" = a blank line to sign by hand. */
  organisation: Record<keyof Organisation, string>;
  /** 任务分解: county code → indicator key (a column of decompositionColumns) → the text typed; "" = not decomposed. */
  decomposition: Record<string, Record<string, string>>;
}

export interface DecompositionColumn {
  key: string;
  name: string;
  /** A decomposed count (a county's ledger count, and its target where the plan has one). */
  count: boolean;
  /** Typed and shown in per cent, as the targets above. */
  rate: boolean;
}

/** The 任务分解 table's columns in the order of the core's CSV: every target, then the counts that are no target. */
export function decompositionColumns(profile: Profile): DecompositionColumn[] {
  const counts = new Set<string>(DECOMPOSED_COUNTS);
  return decompositionTotals(profile).map(({ key, name }) => {
    const target = profile.targets.find((tg) => tg.key === key);
    return { key, name, count: counts.has(key), rate: target !== undefined && isRateTarget(target) };
  });
}

/** The shares as the table's texts (a count given as a target, as PLAN-PROFILE.md allows, shows in its column). */
export function decompositionFields(profile: Profile, shares: Record<string, CountyShare> | undefined): Record<string, Record<string, string>> {
  const cols = decompositionColumns(profile);
  const out: Record<string, Record<string, string>> = {};
  for (const region of profile.regions) {
    const share = shares?.[region.code];
    const counts: Partial<Record<string, number>> = share?.counts ?? {};
    out[region.code] = Object.fromEntries(
      cols.map((c) => {
        const v = c.count ? counts[c.key] ?? share?.targets?.[c.key] : share?.targets?.[c.key];
        return [c.key, c.rate ? toPercentText(v) : show(v)];
      }),
    );
  }
  return out;
}

/** The table back as `decomposition` for parseProfile (texts that are no number stay texts, so it names the cell). */
export function decompositionCandidate(form: Pick<ProfileForm, "base" | "decomposition">): Record<string, Record<string, Record<string, unknown>>> {
  const cols = decompositionColumns(form.base);
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [code, cells] of Object.entries(form.decomposition)) {
    const share: Record<string, Record<string, unknown>> = {};
    for (const c of cols) {
      const v = (c.rate ? fromPercentText : formNumber)(cells[c.key] ?? "");
      if (v === undefined) continue;
      const part = c.count ? "counts" : "targets";
      share[part] = { ...share[part], [c.key]: v };
    }
    if (Object.keys(share).length > 0) out[code] = share;
  }
  return out;
}

function show(n: number | undefined): string {
  return n === undefined ? "" : String(n);
}

export function toForm(profile: Profile): ProfileForm {
  const thresholds = {} as Record<keyof Thresholds, string>;
  for (const k of THRESHOLD_KEYS) thresholds[k] = PERCENT_THRESHOLDS.has(k) ? toPercentText(profile.thresholds[k]) : show(profile.thresholds[k]);
  return {
    base: profile,
    year: show(profile.year),
    period: show(profile.period),
    thresholds,
    targets: profile.targets.map((t) =>
      percentTarget(t) ? { key: t.key, target: toPercentText(t.target), max: toPercentText(t.max) } : { key: t.key, target: show(t.target), max: show(t.max) },
    ),
    rules: { ...profile.rules },
    organisation: Object.fromEntries(ORGANISATION_KEYS.map((k) => [k, profile.organisation?.[k] ?? ""])) as Record<keyof Organisation, string>,
    decomposition: decompositionFields(profile, profile.decomposition),
  };
}

/**
 * A typed number where the text is one (spaces and thousands separators allowed); the text itself where it is
 * not, so that parseProfile says 应为数字 for that field; undefined for a blank (缺少此项).
 */
export function formNumber(text: string): number | string | undefined {
  const s = text.trim().replace(/[,，\s]/g, "");
  if (s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : text;
}

/** The form as a whole profile, for parseProfile. */
export function formCandidate(form: ProfileForm): Record<string, unknown> {
  const base = form.base;
  const thresholds: Record<string, unknown> = { ...base.thresholds };
  for (const k of THRESHOLD_KEYS) thresholds[k] = PERCENT_THRESHOLDS.has(k) ? fromPercentText(form.thresholds[k]) : formNumber(form.thresholds[k]);
  const rules: Record<string, RuleOverride> = {};
  for (const [id, v] of Object.entries(form.rules)) if (v !== "") rules[id] = v;
  // Only the fields filled in: a profile without any keeps no organisation (the built-in plan stays itself).
  const { organisation: _unused, decomposition: _table, ...rest } = base;
  const organisation = Object.fromEntries(Object.entries(form.organisation).filter(([, v]) => v.trim() !== ""));
  const decomposition = decompositionCandidate(form);
  return {
    ...rest,
    ...(Object.keys(organisation).length > 0 ? { organisation } : {}),
    ...(Object.keys(decomposition).length > 0 ? { decomposition } : {}),
    year: formNumber(form.year),
    period: form.period.trim() === "" ? null : formNumber(form.period),
    thresholds,
    targets: base.targets.map((t, i) => {
      const fields = form.targets[i];
      const read = percentTarget(t) ? fromPercentText : formNumber;
      const out: Record<string, unknown> = { ...t, target: read(fields.target) };
      if (t.op === "range") out.max = read(fields.max);
      return out;
    }),
    rules,
  };
}

export function validateForm(form: ProfileForm): ProfileResult {
  return parseProfile(formCandidate(form));
}

/** The field an issue is about, in words: 规模以上标准 for `thresholds.scaleRevenue`, the target's name for `targets[3].target`. */
export function issueField(issue: Pick<ProfileIssue, "path">, profile: Profile, lang: Lang): string {
  const path = issue.path;
  if (path === "year" || path === "period") return translate(lang, `pane.settings.${path}`);
  const org = /^organisation\.(\w+)$/.exec(path);
  if (org && (ORGANISATION_KEYS as readonly string[]).includes(org[1])) return translate(lang, `pane.settings.organisation.${org[1]}` as MessageKey);
  const threshold = /^thresholds\.(\w+)$/.exec(path);
  if (threshold && (THRESHOLD_KEYS as readonly string[]).includes(threshold[1])) {
    return translate(lang, `pane.settings.threshold.${threshold[1] as keyof Thresholds}`);
  }
  const target = /^targets\[(\d+)\]\.(target|max)$/.exec(path);
  const named = target ? profile.targets[Number(target[1])] : undefined;
  if (target && named) return translate(lang, `pane.settings.target-field.${target[2] as "target" | "max"}`, { name: named.name });
  const share = /^decomposition\["(\w+)"\](?:\.(?:counts|targets)\.(\w+))?$/.exec(path);
  const county = share ? profile.regions.find((r) => r.code === share[1]) : undefined;
  if (share && county) {
    if (share[2] === undefined) return translate(lang, "pane.settings.decomposition.county", { county: county.name });
    const column = decompositionColumns(profile).find((c) => c.key === share[2]);
    return translate(lang, "pane.settings.decomposition.field", { county: county.name, name: column?.name ?? share[2] });
  }
  return path;
}

/** An issue in the UI language, naming the field in words and by its path. */
export function issueText(issue: ProfileIssue, profile: Profile, lang: Lang): string {
  const message = translate(lang, issue.key, issue.params as MessageParams);
  if (!issue.path) return message;
  const field = issueField(issue, profile, lang);
  return field === issue.path
    ? translate(lang, "profile.issue", { path: issue.path, message })
    : translate(lang, "pane.settings.issue", { field, path: issue.path, message });
}
