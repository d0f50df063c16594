import { enUS } from "./catalog.en-US";
import { zhCN, type MessageKey } from "./catalog.zh-CN";
import type { Lang, MessageParams } from "./types";

const catalogs: Record<Lang, Readonly<Record<string, string>>> = { "zh-CN": zhCN, "en-US": enUS };

// Own keys only: a key such as "constructor" must not find Object.prototype's members.
function own(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** `template` with its `{name}` placeholders filled from `params`; a placeholder without a param stays visible. */
export function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (own(params, name) ? String(params[name]) : whole));
}

/**
 * `params` with every number a double cannot hold (Infinity, NaN: a division by zero, a sum of absurd values)
 * replaced by a word the reader understands, so that no message says "Infinity 万元".
 */
export function finiteParams(lang: Lang, params: MessageParams): MessageParams {
  let out: Record<string, string | number> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "number" || Number.isFinite(v)) continue;
    out ??= { ...params };
    out[k] = (catalogs[lang] ?? zhCN)["value.out-of-range"] ?? zhCN["value.out-of-range"];
  }
  return out ?? params;
}

/**
 * The message `key` in `lang` with its `{name}` placeholders filled from `params`. A key missing in `lang`
 * falls back to Chinese, then (a key from data, cast) to the key itself. Rules' words live with their rules
 * (src/core/rules/describe.ts).
 */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const table = catalogs[lang] ?? catalogs["zh-CN"];
  const template = own(table, key) ? table[key] : own(zhCN, key) ? (zhCN as Record<string, string>)[key] : key;
  return fill(template, params && finiteParams(lang, params));
}

/** A language tag as Office, a browser or the CLI's `--lang` gives it → one we speak; Chinese by default. */
export function normaliseLang(tag: string | null | undefined): Lang {
  return /^en(?:[-_]|$)/i.test((tag ?? "").trim()) ? "en-US" : "zh-CN";
}
