/**
 * A plan indicator's unit in the pane's language. Chinese keeps the plan's own word (家, 项, 个 …: measure words
 * do not change with the number); English names the thing counted, in the right number ("1 firm", "35 firms"),
 * and a bare counter (个) is left out.
 */
import type { Lang } from "../core";

const ENGLISH: Record<string, [one: string, many: string]> = {
  家: ["firm", "firms"],
  项: ["item", "items"],
  个: ["", ""],
  场次: ["event", "events"],
  万台: ["×10k units", "×10k units"],
  万元: ["×10k yuan", "×10k yuan"],
  亿元: ["×100M yuan", "×100M yuan"],
  吨标准煤: ["tce", "tce"],
  "%": ["%", "%"],
};

export function unitText(lang: Lang, unit: string | undefined, n: number): string {
  if (!unit) return "";
  if (lang !== "en-US") return unit;
  const words = ENGLISH[unit];
  if (!words) return unit;
  return n === 1 ? words[0] : words[1];
}
