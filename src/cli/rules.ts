/** `gx-ledger rules`: every declared rule with its severity, the ledgers it applies to and its meaning. */

import { type AnyRule, type Lang, t } from "../core";
import { renderTable } from "./table";
import { kindName } from "./text";

export function rulesListing(rules: readonly AnyRule[], lang: Lang): string {
  const header = (["rule", "severity", "kinds", "meaning"] as const).map((c) => t(lang, `cli.rules.col.${c}`));
  const rows = rules.map((r) => [
    r.id,
    t(lang, `cli.severity.${r.severity}`),
    r.kinds ? r.kinds.map((k) => kindName(k, lang)).join(t(lang, "cli.text.sep")) : t(lang, "cli.rules.any"),
    r.words[lang].about,
  ]);
  return renderTable(header, rows);
}
