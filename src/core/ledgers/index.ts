import type { Lang } from "../i18n/types";
import { CLUSTERS } from "./clusters";
import { CULTIVATION } from "./cultivation";
import { DECLINING } from "./declining";
import { ENERGY } from "./energy";
import { KEY_ENTERPRISES } from "./key-enterprises";
import { PROJECTS, TECH_REFORM } from "./projects";
import { TARGETS } from "./targets";
import { THREE_BATCHES } from "./three-batches";
import type { KindSpec, LedgerKind } from "./types";

/** Every ledger kind, in the plan's order. */
export const KINDS: readonly KindSpec[] = [
  KEY_ENTERPRISES,
  CULTIVATION,
  DECLINING,
  PROJECTS,
  TECH_REFORM,
  THREE_BATCHES,
  CLUSTERS,
  ENERGY,
  TARGETS,
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

export function kindSpec(kind: LedgerKind): KindSpec {
  const spec = BY_KIND.get(kind);
  if (!spec) throw new Error(`unknown ledger kind ${kind}`);
  return spec;
}

/** A kind's name in the UI language: the ledger's Chinese title, or its English name. */
export function kindName(kind: LedgerKind, lang: Lang): string {
  const spec = kindSpec(kind);
  return lang === "zh-CN" ? spec.title : spec.titleEn;
}

export function isLedgerKind(s: string): s is LedgerKind {
  return BY_KIND.has(s as LedgerKind);
}

/** The 五个百 programmes (plan 二.1–二.5), in the plan's order: the kinds whose target is their number of records. */
export const PROGRAMMES: readonly KindSpec[] = KINDS.filter((k) => k.countTarget !== undefined);

/** The kinds whose records are enterprises (by 信用代码), or projects (by name + builder), across files. */
export function kindsIdentifiedAs(identity: NonNullable<KindSpec["identity"]>): LedgerKind[] {
  return KINDS.filter((k) => k.identity === identity).map((k) => k.kind);
}
