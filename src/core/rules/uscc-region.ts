/** The 信用代码's registration region (positions 3–8) against 所属县区, on any sheet with both. */

import { regionFinder } from "../calc/region";
import { usccCode, usccRegion, usccRegionNumber } from "../calc/uscc";
import type { Region } from "../profile/types";
import { cellFinding, columnOf } from "./context";
import { defineRule } from "./define";
import { str } from "./record-values";

// A registration office above the counties: the city's own, the province's, the national administration's.
const NATIONAL = "100000";

/** Info: the 信用代码's registration region (positions 3–8) is another county than 所属县区. */
export const usccRegionDiffers = defineRule({
  id: "uscc.region-differs",
  severity: "info",
  scope: "cell",
  params: { digits: "text", region: "text", named: "text?" },
  check(ctx, rule) {
    if (columnOf(ctx.sheet, "uscc") === undefined || columnOf(ctx.sheet, "region") === undefined) return [];
    const { profile } = ctx;
    const finder = regionFinder(profile);
    // A few dozen distinct texts and codes for 100,000 rows: each is looked up once.
    const known = new Map<string, Region | null>();
    const find = (text: string): Region | null => {
      let hit = known.get(text);
      if (hit === undefined) known.set(text, (hit = finder(text)));
      return hit;
    };
    const cityPrefix = profile.cityCode.slice(0, 4);
    // The registration regions seen, by their digits as a number: their text and the region they name.
    const offices = new Map<number, { digits: string; named: Region | null }>();
    const out = [];
    for (const r of ctx.sheet.records) {
      const raw = str(r, "uscc");
      const regionText = str(r, "region");
      // The reader leaves only valid codes; a fixture or another port may not.
      const code = raw === null ? null : usccCode(raw);
      const n = code === null ? -1 : usccRegionNumber(code);
      if (code === null || n < 0 || regionText === null) continue;
      const region = find(regionText);
      if (region === null) continue;
      let office = offices.get(n);
      if (office === undefined) {
        const digits = usccRegion(code) ?? "";
        offices.set(n, (office = { digits, named: find(digits) }));
      }
      const { digits, named } = office;
      if (digits === profile.cityCode || digits === profile.provinceCode || digits === NATIONAL) continue;
      if (named === region) continue;
      // An unknown code inside the city (130701 市辖区 and the like) is a city-level office: fine.
      if (named === null && digits.startsWith(cityPrefix)) continue;
      out.push(
        cellFinding(ctx, rule, r, "uscc", {
          variant: named === null ? "outside" : "county",
          params: { digits, named: named?.name ?? "", region: region.name },
        }),
      );
    }
    return out;
  },
  words: {
    "zh-CN": {
      name: "信用代码登记地",
      message: "信用代码登记地 {digits} 与所属县区“{region}”不一致",
      variants: {
        county: "信用代码第 3–8 位 {digits} 为{named}，与所属县区“{region}”不一致",
        outside: "信用代码第 3–8 位 {digits} 不是本市的区划码，所属县区为“{region}”",
      },
      hint: "企业迁址后登记地可能不同，确认所属县区无误即可",
      about: "信用代码的登记地与所属县区不一致",
    },
    "en-US": {
      name: "Credit code region",
      message: "The credit code's registration region {digits} is not the stated county “{region}”",
      variants: {
        county: "Characters 3–8 of the credit code, {digits}, are {named}, not the stated county “{region}”",
        outside: "Characters 3–8 of the credit code, {digits}, are outside the city; the stated county is “{region}”",
      },
      hint: "An enterprise that moved keeps its old registration; just confirm the county",
      about: "the credit code's registration region is not the stated county",
    },
  },
});
