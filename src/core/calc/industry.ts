/**
 * GB/T 4754-2017 国民经济行业分类: 门类 (a letter) over 大类 (2 digits, 01–97, every one of them in use),
 * 中类 (3 digits) and 小类 (4 digits). Only the 大类 is checked: the code's first two digits.
 *
 * Input: text of 2–4 digits, optionally led by the 门类 letter, which must then be the right one ("C3612";
 * "A3612" is invalid). A number is read as its digits, except that a 1-digit number is a 大类 whose leading
 * zero Excel dropped (6 → 06). A 3-digit number is read as it stands, a 中类 (612 → 大类 61 住宿业), although it
 * may be a 小类 of 大类 01–09 that lost its zero: such codes must be stored as text.
 */

import { foldWidth } from "./parse";

export interface IndustrySection {
  letter: string;
  name: string;
  /** First and last 大类 of the 门类. */
  from: number;
  to: number;
}

export const SECTIONS: readonly IndustrySection[] = [
  { letter: "A", name: "农、林、牧、渔业", from: 1, to: 5 },
  { letter: "B", name: "采矿业", from: 6, to: 12 },
  { letter: "C", name: "制造业", from: 13, to: 43 },
  { letter: "D", name: "电力、热力、燃气及水生产和供应业", from: 44, to: 46 },
  { letter: "E", name: "建筑业", from: 47, to: 50 },
  { letter: "F", name: "批发和零售业", from: 51, to: 52 },
  { letter: "G", name: "交通运输、仓储和邮政业", from: 53, to: 60 },
  { letter: "H", name: "住宿和餐饮业", from: 61, to: 62 },
  { letter: "I", name: "信息传输、软件和信息技术服务业", from: 63, to: 65 },
  { letter: "J", name: "金融业", from: 66, to: 69 },
  { letter: "K", name: "房地产业", from: 70, to: 70 },
  { letter: "L", name: "租赁和商务服务业", from: 71, to: 72 },
  { letter: "M", name: "科学研究和技术服务业", from: 73, to: 75 },
  { letter: "N", name: "水利、环境和公共设施管理业", from: 76, to: 79 },
  { letter: "O", name: "居民服务、修理和其他服务业", from: 80, to: 82 },
  { letter: "P", name: "教育", from: 83, to: 83 },
  { letter: "Q", name: "卫生和社会工作", from: 84, to: 85 },
  { letter: "R", name: "文化、体育和娱乐业", from: 86, to: 90 },
  { letter: "S", name: "公共管理、社会保障和社会组织", from: 91, to: 96 },
  { letter: "T", name: "国际组织", from: 97, to: 97 },
];

/** 工业 in statistics: 门类 B, C, D. */
export const INDUSTRIAL_DIVISIONS = { from: 6, to: 46 } as const;

export interface IndustryCode {
  /** The digits as given (2–4), leading zeros kept. */
  code: string;
  /** 大类, 2 digits. */
  division: string;
  /** 门类 letter. */
  section: string;
  sectionName: string;
}

function divisionNumber(division: string | number): number | null {
  const n = typeof division === "number" ? division : /^\d{2}$/.test(division) ? Number(division) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** The 门类 of a 大类 ("13" or 13); null for a 大类 that does not exist (00, 98, 99…). */
export function sectionOfDivision(division: string | number): IndustrySection | null {
  const n = divisionNumber(division);
  if (n === null) return null;
  return SECTIONS.find((s) => n >= s.from && n <= s.to) ?? null;
}

/** 大类 06–46: 采矿业, 制造业, 电力、热力、燃气及水生产和供应业. */
export function isIndustrialDivision(division: string | number): boolean {
  const n = divisionNumber(division);
  return n !== null && n >= INDUSTRIAL_DIVISIONS.from && n <= INDUSTRIAL_DIVISIONS.to;
}

const CODE_TEXT = /^([A-Z])?(\d{2,4})$/;

/** A 2–4 digit industry code (rules in the file comment) → its 大类 and 门类; null when not a valid code. */
export function parseIndustry(input: string | number): IndustryCode | null {
  let letter: string | undefined;
  let code: string;
  if (typeof input === "number") {
    if (!(Number.isInteger(input) && input >= 0 && input <= 9999)) return null;
    code = String(input).padStart(2, "0");
  } else {
    const m = CODE_TEXT.exec(foldWidth(input).replace(/\s+/g, "").toUpperCase());
    if (!m) return null;
    letter = m[1];
    code = m[2];
  }
  const division = code.slice(0, 2);
  const section = sectionOfDivision(division);
  if (!section || (letter !== undefined && letter !== section.letter)) return null;
  return { code, division, section: section.letter, sectionName: section.name };
}

/** What GX.SECTOR shows: `C 制造业`. */
export function sectorText(code: IndustryCode): string {
  return `${code.section} ${code.sectionName}`;
}
