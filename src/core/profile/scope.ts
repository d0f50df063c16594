/**
 * Whose workbook this is (PLAN-PROFILE.md, Scope): the city's, or one county's, judged by that county's share
 * of the city's 任务分解 (`decomposition`) instead of the city's totals.
 */

import { regionFinder } from "../calc/region";
import type { CountyShare, Profile, Region, Target } from "./types";

/** The county a profile is scoped to; undefined for the city. */
export function scopeRegion(profile: Pick<Profile, "scope" | "regions">): Region | undefined {
  const scope = profile.scope;
  if (scope === undefined || scope === "city") return undefined;
  return profile.regions.find((r) => r.code === scope);
}

/** The profile judging a county's workbook (`code`) or the city's ("city"). */
export function withScope(profile: Profile, code: string): Profile {
  if (code === "city") {
    const city = { ...profile };
    delete city.scope;
    return city;
  }
  return { ...profile, scope: code };
}

/**
 * The scope a user typed (`--scope 130730`, `--scope 怀来县`, 怀来, an old code): "city" for the city itself
 * (city, 全市, 市本级, the city's name or code), a region's code, or undefined when it names none.
 */
export function findScope(profile: Pick<Profile, "regions" | "cityName" | "cityCode">, text: string): string | undefined {
  const typed = text.trim();
  if (typed === "") return undefined;
  if (/^(city|全市|市本级|市级)$/i.test(typed) || typed === profile.cityName || typed === profile.cityCode) return "city";
  return regionFinder(profile)(typed)?.code;
}

function shareOf(profile: Profile): CountyShare | undefined {
  const region = scopeRegion(profile);
  return region === undefined ? undefined : profile.decomposition?.[region.code];
}

/**
 * The figure a county's ledgers are counted against: its `counts`, else the same key among its decomposed
 * `targets` (百家重点企业 is both a list and a target). Undefined when the county has none, or for the city.
 */
export function countyCount(profile: Profile, key: string): number | undefined {
  const share = shareOf(profile);
  const counts: Partial<Record<string, number>> = share?.counts ?? {};
  return counts[key] ?? share?.targets?.[key];
}

/**
 * A target as it applies in the profile's scope: the city's as it stands; a county's decomposed figure
 * (the lower bound of a range becomes the county's one figure); undefined for a county without one.
 */
export function targetInScope(profile: Profile, target: Target): Target | undefined {
  if (scopeRegion(profile) === undefined) return target;
  // 百家重点企业 given only as the county's count of key enterprises is its target too.
  const figure = shareOf(profile)?.targets?.[target.key] ?? countyCount(profile, target.key);
  if (figure === undefined) return undefined;
  const county: Target = { ...target, op: ">=", target: figure };
  delete county.max;
  return county;
}

/** What the detection found: the county most records name, when it names ≥ 90 % of at least 5. */
export interface CountyHint {
  code: string;
  name: string;
  /** Records naming that county, and records in all. */
  records: number;
  total: number;
}

/** The county share that makes a workbook look like a county's, and the fewest records that can tell. */
const HINT_SHARE = 0.9;
const HINT_RECORDS = 5;

/**
 * The county a city-scoped workbook seems to belong to (PLAN-PROFILE.md: ≥ 90 % of at least 5 records), from
 * the 所属县区 of its records, blank ones left out. Never applied by itself: the caller asks or hints.
 */
export function detectCounty(profile: Profile, regionTexts: Iterable<string | number>): CountyHint | undefined {
  if (scopeRegion(profile) !== undefined) return undefined;
  const find = regionFinder(profile);
  // A few dozen distinct texts over 100,000 records: each is counted, then looked up once.
  const perText = new Map<string | number, number>();
  let total = 0;
  for (const text of regionTexts) {
    total++;
    perText.set(text, (perText.get(text) ?? 0) + 1);
  }
  const counts = new Map<Region, number>();
  for (const [text, n] of perText) {
    const region = find(text);
    if (region !== null) counts.set(region, (counts.get(region) ?? 0) + n);
  }
  if (total < HINT_RECORDS) return undefined;
  for (const [region, n] of counts) {
    if (n >= HINT_SHARE * total) return { code: region.code, name: region.name, records: n, total };
  }
  return undefined;
}
