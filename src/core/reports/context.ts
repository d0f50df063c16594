/** What every tab is built from, and the words, title and subtitle they share. */

import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import { scopeRegion } from "../profile/scope";
import type { Profile } from "../profile/types";
import { type HistoryOutcome } from "../check/history";
import type { ReportCheck } from "./check";

export type { ReportCheck } from "./check";

export interface ReportContext {
  lang: Lang;
  /** The time of generation shown in the subtitle (passed in, so a report is reproducible). */
  now: Date;
  workbookName: string;
  /** The comparison with a previous workbook, when one was given: the tab 与上期对比 is written only then. */
  history?: HistoryOutcome;
}

/** A key of the report tabs' words, without its `report.` prefix. */
type WithoutPrefix<K> = K extends `report.${infer R}` ? R : never;
export type ReportWordKey = WithoutPrefix<MessageKey>;

/** The tab's words: `report.<key>` of the i18n catalogue. */
export type Words = (key: ReportWordKey, params?: MessageParams) => string;

export function words(lang: Lang): Words {
  return (key, params) => t(lang, `report.${key}`, params);
}

/**
 * `2022年1-10月 目标完成情况` (a period of 1 is `2022年1月`), a county's with its name in front (`怀来县 2022年…`).
 * Tab names are the standard Chinese ones in every language.
 */
export function reportTitle(check: ReportCheck, tab: string, lang: Lang): string {
  const w = words(lang);
  const params = { year: check.profile.year, period: check.period, tab };
  const title = check.period === 1 ? w("title.single", params) : w("title", params);
  const county = scopeRegion(check.profile);
  return county === undefined ? title : `${county.name} ${title}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local time, the statistician's clock: 2022-11-05 14:30. */
function showTime(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Where a form leaves room to write by hand: the field's line when the profile does not fill it. */
const BLANK = "________";

/** Row 2: 填报单位, the workbook, the profile (its year and where it came from), the time of generation. */
export function reportSubtitle(check: ReportCheck, ctx: ReportContext): string {
  const w = words(ctx.lang);
  return w("subtitle", {
    unit: check.profile.organisation?.unit ?? BLANK,
    workbook: ctx.workbookName,
    profile: w(`profile.${check.profileSource}`, { year: check.profile.year }),
    time: showTime(ctx.now),
  });
}

/** The sign-off line of the statistical forms, from the profile's `organisation`; 报出日期 is the day of generation. */
export function signOffLine(profile: Profile, lang: Lang, now: Date): string {
  const o = profile.organisation ?? {};
  return words(lang)("signOff", {
    head: o.head ?? BLANK,
    statistician: o.statistician ?? BLANK,
    preparer: o.preparer ?? BLANK,
    phone: o.phone ?? BLANK,
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
  });
}

/** What every tab starts and ends with: its name, title, subtitle and sign-off. */
export function reportFrame(check: ReportCheck, tab: string, ctx: ReportContext): { tab: string; title: string; subtitle: string; signOff: string } {
  return { tab, title: reportTitle(check, tab, ctx.lang), subtitle: reportSubtitle(check, ctx), signOff: signOffLine(check.profile, ctx.lang, ctx.now) };
}
