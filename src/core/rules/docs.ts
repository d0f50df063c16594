/** docs/RULES.md, written from the declarations (`npm run docs`; test/rules/docs.test.ts keeps it current). */

import type { AnyRule } from "./define";

const SEVERITY: Record<AnyRule["severity"], string> = { error: "错误 error", warning: "警告 warning", info: "提示 info" };

/** Text for a table cell: a `|` would end the cell, a line break the row. */
function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function section(r: AnyRule): string {
  const zh = r.words["zh-CN"];
  const en = r.words["en-US"];
  const params = Object.entries(r.params).map(([name, type]) => `\`${name}\` (${type.replace("?", ", some variants")})`);
  const lines = [
    `## \`${r.id}\` ${zh.name} · ${en.name}`,
    "",
    `- severity: ${SEVERITY[r.severity]} · scope: ${r.scope} · kinds: ${r.kinds ? r.kinds.map((k) => `\`${k}\``).join(", ") : "all"}`,
    `- params: ${params.length ? params.join(", ") : "none"} (and \`{value}\`, \`{row}\` of the finding)`,
    "",
    "| | 中文 | English |",
    "|---|---|---|",
    `| meaning | ${cell(zh.about)} | ${cell(en.about)} |`,
    `| message | ${cell(zh.message)} | ${cell(en.message)} |`,
  ];
  for (const v of Object.keys(zh.variants ?? {})) {
    lines.push(`| message \`${v}\` | ${cell(zh.variants?.[v] ?? "")} | ${cell(en.variants?.[v] ?? "")} |`);
  }
  if (zh.hint !== undefined || en.hint !== undefined) lines.push(`| hint | ${cell(zh.hint ?? "")} | ${cell(en.hint ?? "")} |`);
  return lines.join("\n");
}

/** The Markdown of docs/RULES.md for these rules, in their order. */
export function rulesMarkdown(rules: readonly AnyRule[]): string {
  const index = rules.map((r) => `| \`${r.id}\` | ${cell(r.words["zh-CN"].name)} | ${cell(r.words["en-US"].name)} | ${r.severity} |`);
  return [
    "# Rules",
    "",
    "<!-- Generated from the rule declarations in src/core/rules by `npm run docs`. Do not edit: edit the declaration. -->",
    "",
    `${rules.length} rules. A profile's \`rules\` may set any of them to \`error\`, \`warning\`, \`info\` or \`off\` (PLAN-PROFILE.md).`,
    "",
    "| rule | 名称 | name | severity |",
    "|---|---|---|---|",
    ...index,
    "",
    ...rules.map((r) => section(r) + "\n"),
  ].join("\n");
}
