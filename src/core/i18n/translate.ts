import { enUS } from "./catalog.en-US";
import { zhCN } from "./catalog.zh-CN";
import { MERGE_WORDS } from "../rules/merge";
import type { Lang, MessageParams } from "./types";

// Rule words declared beside their rules join the catalogues here.
const catalogs: Record<Lang, Readonly<Record<string, string>>> = {
  "zh-CN": { ...zhCN, ...MERGE_WORDS["zh-CN"] },
  "en-US": { ...enUS, ...MERGE_WORDS["en-US"] },
};

// Own keys only: a key such as "constructor" must not find Object.prototype's members.
function own(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * The message `key` in `lang` with its `{name}` placeholders filled from `params`.
 * A key missing in `lang` falls back to Chinese, then to the key itself; a placeholder without
 * a param stays visible as `{name}` rather than vanishing.
 */
export function t(lang: Lang, key: string, params?: MessageParams): string {
  const table = catalogs[lang] ?? catalogs["zh-CN"];
  const template = own(table, key) ? table[key] : own(catalogs["zh-CN"], key) ? catalogs["zh-CN"][key] : key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (own(params, name) ? String(params[name]) : whole));
}

/** Whether the catalogues have a message `key` (variants and hints are optional). */
export function hasMessage(key: string): boolean {
  return own(catalogs["zh-CN"], key);
}

/** A language tag as Office, a browser or the CLI's `--lang` gives it → one we speak; Chinese by default. */
export function normaliseLang(tag: string | null | undefined): Lang {
  return /^en(?:[-_]|$)/i.test((tag ?? "").trim()) ? "en-US" : "zh-CN";
}
