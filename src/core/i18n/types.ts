/** The languages the add-in speaks. Chinese is the default: the ledgers and the plan are Chinese. */
export type Lang = "zh-CN" | "en-US";

/** Values for the `{name}` placeholders of a message template. */
export type MessageParams = Readonly<Record<string, string | number>>;
