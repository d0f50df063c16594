/**
 * The pane's words: i18next over the same catalogues the CLI and the reports use (src/core/i18n), so a message
 * is written once. Catalogue keys contain dots and placeholders are `{name}`: i18next is told so.
 */
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { enUS, type Lang, normaliseLang, zhCN } from "../core";

/** Where the user's choice of language is kept between sessions. */
export const LANG_STORAGE_KEY = "gx-ledger.lang";

export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { "zh-CN": { translation: zhCN }, "en-US": { translation: enUS } },
    lng: lang,
    fallbackLng: "zh-CN",
    supportedLngs: ["zh-CN", "en-US"],
    keySeparator: false,
    nsSeparator: false,
    // React escapes; the catalogues' placeholders are {name}, as core's t() fills them.
    interpolation: { escapeValue: false, prefix: "{", suffix: "}" },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // A sandboxed frame may refuse storage altogether.
    return null;
  }
}

/** The language the user chose in 设置 before, if any. */
export function storedLang(): Lang | null {
  const v = storage()?.getItem(LANG_STORAGE_KEY);
  return v === "zh-CN" || v === "en-US" ? v : null;
}

export function storeLang(lang: Lang): void {
  try {
    storage()?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage full or refused: the choice then lasts for this session only.
  }
}

/** The user's own choice wins; else Office's display language; else Chinese. */
export function initialLang(officeLanguage?: string): Lang {
  return storedLang() ?? normaliseLang(officeLanguage);
}

/**
 * The key of a message about `n` things: English says "1 file" but "2 files", so a catalogue may hold a `KEY.one`
 * beside `KEY`; Chinese has one form (its measure words, 家/项/个, do not change with the number).
 */
export function pluralKey(lang: Lang, key: string, n: number): string {
  if (n !== 1) return key;
  const one = `${key}.one`;
  return one in (lang === "en-US" ? enUS : zhCN) ? one : key;
}

/** `t` and the current language, for components (describeFinding and the reports take the language). */
export function usePaneT(): {
  t: (key: string, params?: Record<string, string | number>) => string;
  /** `t` of a message about `params.n` things, in the right number. */
  tn: (key: string, params: Record<string, string | number> & { n: number }) => string;
  pluralKey: (key: string, n: number) => string;
  lang: Lang;
  setLang: (lang: Lang) => void;
} {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === "en-US" ? "en-US" : "zh-CN";
  return {
    t: (key, params) => t(key, params ?? {}),
    tn: (key, params) => t(pluralKey(lang, key, params.n), params),
    pluralKey: (key, n) => pluralKey(lang, key, n),
    lang,
    setLang: (next) => {
      storeLang(next);
      void i18n.changeLanguage(next);
    },
  };
}
