/**
 * County-level divisions of the profile's city, found from whatever a ledger writes: the 6-digit code (or an
 * old one, or a 9/12-digit 统计用区划代码 below it), the name, an alias, the short name (张北 → 张北县), the name
 * with the city (and province) in front (张家口市张北县, 张家口张北), or an old name (崇礼县 → 崇礼区, which
 * shortens to the same 崇礼). Spaces and full-width forms are ignored.
 */

import type { Profile, Region } from "../profile/types";
import { foldWidth } from "./parse";

export type RegionSource = Pick<Profile, "regions" | "cityName">;

/** Longest first, and only one is removed: 经济开发区 before 开发区 before 区. */
const SUFFIXES = ["经济开发区", "管理区", "开发区", "县", "区", "市"];
const PROVINCE_PREFIX = /^[^省]{2,3}省/;
const AMBIGUOUS = Symbol("ambiguous");

type Entry = Region | typeof AMBIGUOUS;

function norm(s: string): string {
  return foldWidth(s).replace(/\s+/g, "");
}

function stripSuffix(s: string): string {
  for (const suffix of SUFFIXES) {
    if (s.endsWith(suffix)) return s.length > suffix.length ? s.slice(0, -suffix.length) : s;
  }
  return s;
}

function put(map: Map<string, Entry>, key: string, region: Region): void {
  const had = map.get(key);
  map.set(key, had === undefined || had === region ? region : AMBIGUOUS);
}

/** Builds the lookup once (for a column of 100,000 cells); the returned function gives a Region or null. */
export function regionFinder(profile: RegionSource): (text: string | number) => Region | null {
  const city = norm(profile.cityName);
  const cityShort = stripSuffix(city);
  const cityPrefixes = [...new Set([city, cityShort])].filter((p) => p !== "");
  const withoutCity = (s: string): string => {
    const p = cityPrefixes.find((prefix) => s.startsWith(prefix) && s.length > prefix.length);
    return p ? s.slice(p.length) : s;
  };

  const codes = new Map<string, Entry>();
  const exact = new Map<string, Entry>();
  const short = new Map<string, Entry>();
  for (const region of profile.regions) {
    for (const code of [region.code, ...(region.oldCodes ?? [])]) put(codes, norm(code), region);
    for (const name of [region.name, ...region.aliases].map(norm)) {
      put(exact, name, region);
      const local = withoutCity(name);
      for (const key of new Set([stripSuffix(name), local, stripSuffix(local)])) {
        // 张家口经济开发区 shortens to 张家口: the city itself is never a county.
        if (key !== name && key !== city && key !== cityShort) put(short, key, region);
      }
    }
  }
  const found = (e: Entry | undefined): Region | null => (e === undefined || e === AMBIGUOUS ? null : e);

  return (text) => {
    if (typeof text === "number" && !(Number.isSafeInteger(text) && text > 0)) return null;
    const s = norm(String(text));
    if (/^\d+$/.test(s)) {
      // 9- and 12-digit 统计用区划代码 of towns and villages begin with their county's code.
      return s.length === 6 || s.length === 9 || s.length === 12 ? found(codes.get(s.slice(0, 6))) : null;
    }
    const unprovinced = s.replace(PROVINCE_PREFIX, "");
    for (const candidate of new Set([s, unprovinced, withoutCity(unprovinced)])) {
      if (candidate === "") continue;
      const hit = exact.get(candidate) ?? short.get(candidate) ?? short.get(stripSuffix(candidate));
      if (hit !== undefined) return found(hit);
    }
    return null;
  };
}
