export type { Lang, MessageParams } from "./types";
export type { MessageKey } from "./catalog.zh-CN";
export { t, normaliseLang } from "./translate";
