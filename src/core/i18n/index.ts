export type { Lang, MessageParams } from "./types";
export type { MessageKey } from "./catalog.zh-CN";
export { t, fill, normaliseLang } from "./translate";
