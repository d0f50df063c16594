/** The functions' words: Chinese, as the ledgers are (FUNCTIONS.md), from the UI catalogue. */

import { t, type MessageKey, type MessageParams } from "../core";

export function zh(key: MessageKey, params?: MessageParams): string {
  return t("zh-CN", key, params);
}
