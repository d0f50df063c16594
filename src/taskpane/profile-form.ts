/**
 * The 设置 form's model: the editable numbers of a profile as the texts in the inputs, turned back into a
 * profile candidate for parseProfile to judge. Nothing is validated here: parseProfile's issues name the
 * fields, and the form shows them next to those fields.
 */
import { type Lang, type MessageParams, type Organisation, ORGANISATION_KEYS, parseProfile, type Profile, type ProfileIssue, type ProfileResult, type RuleOverride, t as translate, type Thresholds, type MessageKey } from "../core";
import { type Target } from "../core";
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
  const { organisation: _unused, ...rest } = base;
  const organisation = Object.fromEntries(Object.entries(form.organisation).filter(([, v]) => v.trim() !== ""));
  return {
    ...rest,
    ...(Object.keys(organisation).length > 0 ? { organisation } : {}),
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
