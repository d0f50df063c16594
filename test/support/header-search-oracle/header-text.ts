/**
 * normaliseHeader and unitOnly without the shortcuts that spare data cells their patterns (main at 14ed1f7): the
 * plain formulation test/read/header-search.test.ts compares them with. The patterns are the source's own; only
 * what skips them differs.
 */

import { headerKey, type HeaderInfo, MONEY_UNITS } from "../../../src/core/read/headers/header-text";

const STARS = /^[*※]+|[*※]+$/g;
const TRAILING_BRACKET = /^(.+?)[([【〔]([^()[\]【】〔〕]*)[)\]】〕]$/;
const WHOLE_BRACKET = /^[([【〔]([^()[\]【】〔〕]*)[)\]】〕]$/;
const UNIT_PREFIX = /^(?:金额)?单位[:：]?/;
const YEAR_HEADER = /^(\d{4})年(?!\d)(.+)$/;

function yearAsWord(text: string, year: number | undefined): string | undefined {
  const m = year === undefined ? null : YEAR_HEADER.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y === year ? `本年${m[2]}` : y === (year as number) - 1 ? `上年${m[2]}` : undefined;
}

function normaliseOnly(raw: string): HeaderInfo {
  const full = headerKey(raw);
  const m = TRAILING_BRACKET.exec(full);
  if (!m) {
    if (full.length > 1 && full.endsWith("%")) {
      const text = full.slice(0, -1).replace(STARS, "");
      return { candidates: [full, text], text, percent: true, unit: "%" };
    }
    return { candidates: [full], text: full, percent: false };
  }
  const text = m[1].replace(STARS, "");
  const unit = m[2].replace(UNIT_PREFIX, "");
  const info: HeaderInfo = { candidates: [full, text], text, percent: unit === "%", unit };
  const factor = MONEY_UNITS.get(unit);
  if (factor !== undefined) info.factor = factor;
  else if (!info.percent && unit !== "") info.candidates.push(`${text}·${unit}`);
  return info;
}

export function normaliseHeader(raw: string, year?: number): HeaderInfo {
  const info = normaliseOnly(raw);
  const word = yearAsWord(info.text, year);
  if (word !== undefined) info.candidates.push(word);
  return info;
}

export function unitOnly(raw: string): Pick<HeaderInfo, "unit" | "factor" | "percent"> | undefined {
  const key = headerKey(raw);
  const inner = WHOLE_BRACKET.exec(key);
  const unit = (inner ? inner[1] : key).replace(UNIT_PREFIX, "");
  const factor = MONEY_UNITS.get(unit);
  if (factor !== undefined) return { unit, factor, percent: false };
  if (unit === "%") return { unit, percent: true };
  return inner && unit !== "" ? { unit, percent: false } : undefined;
}
