import { Body1, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import {
  isRateTarget,
  type Lang,
  statusText,
  type Target,
  targetProgress,
  type TargetProgress,
  type TargetStatus,
  words,
} from "../../core";
import { usePaneT } from "../i18n";
import { laggingFirst, summariseTargets } from "../target-summary";
import { unitText } from "../units";
import { useSessionState } from "../session-context";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Long names and statuses wrap at 350 px rather than run off the pane.
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  summary: { fontWeight: tokens.fontWeightSemibold },
  track: {
    position: "relative",
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "visible",
  },
  fill: { position: "absolute", top: 0, left: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  marker: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    marginLeft: "-1px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  undone: { backgroundColor: tokens.colorPaletteRedBackground3 },
  ahead: { backgroundColor: tokens.colorPaletteLightGreenBackground3 },
  behind: { backgroundColor: tokens.colorPaletteRedBackground3 },
  missing: { backgroundColor: tokens.colorNeutralBackground5 },
  noTarget: { backgroundColor: tokens.colorNeutralBackground5 },
  reached: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  below: { backgroundColor: tokens.colorPaletteRedBackground3 },
  doneText: { color: tokens.colorPaletteGreenForeground1 },
  undoneText: { color: tokens.colorPaletteRedForeground1 },
  aheadText: { color: tokens.colorPaletteGreenForeground1 },
  behindText: { color: tokens.colorPaletteRedForeground1 },
  missingText: { color: tokens.colorNeutralForeground3 },
  noTargetText: { color: tokens.colorNeutralForeground3 },
  reachedText: { color: tokens.colorPaletteGreenForeground1 },
  belowText: { color: tokens.colorPaletteRedForeground1 },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "center" },
  legendMarker: { display: "inline-block", width: "2px", height: "1em", backgroundColor: tokens.colorNeutralForeground1, verticalAlign: "middle" },
});

function formatters(lang: Lang) {
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  return {
    percent: (v: number) => percent.format(v),
    value: (t: Target, v: number) => {
      if (isRateTarget(t)) return percent.format(v);
      const unit = t.unit && t.unit !== "%" ? unitText(lang, t.unit, v) : "";
      // Chinese writes the measure word on the number (35家); English leaves a space (35 firms).
      return `${number.format(v)}${unit === "" ? "" : lang === "en-US" ? ` ${unit}` : unit}`;
    },
  };
}

function targetText(t: Target, value: (t: Target, v: number) => string): string {
  return t.op === "range" && t.max !== undefined ? `${value(t, t.target)}～${value(t, t.max)}` : `≥ ${value(t, t.target)}`;
}

function TargetBar({ p, lang }: { p: TargetProgress; lang: Lang }) {
  const styles = useStyles();
  const { t } = usePaneT();
  const f = formatters(lang);
  const status = statusText(p, words(lang));
  const colour = styles[p.status as TargetStatus];
  const textColour = styles[`${p.status}Text` as `${TargetStatus}Text`];
  const target = targetText(p.target, f.value);
  const actual = p.actual === null ? t("pane.targets.no-actual") : f.value(p.target, p.actual);
  // A stock (pace none) shows its 完成率 without 序时进度; a rate shows the actual against the target.
  const detail =
    p.completion !== null && p.elapsed !== null
      ? t("pane.targets.detail", { completion: f.percent(p.completion), elapsed: f.percent(p.elapsed), actual, target })
      : p.completion !== null
        ? t("pane.targets.detail-stock", { completion: f.percent(p.completion), actual, target })
        : t("pane.targets.detail-rate", { actual, target });
  // A rate has no 完成率: its bar shows the actual against the target, without a 序时进度 marker.
  const share = p.completion ?? (p.actual !== null && p.target.target > 0 ? p.actual / p.target.target : null);
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  return (
    <li className={styles.item} data-testid="target-bar" data-status={p.status}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.name}>
          {p.target.name}
        </Text>
        <Text className={textColour}>{status}</Text>
      </div>
      <div
        className={styles.track}
        role="meter"
        aria-label={p.target.name}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(width)}
        aria-valuetext={`${detail}${lang === "en-US" ? "; " : "；"}${status}`}
      >
        <div className={mergeClasses(styles.fill, colour)} style={{ width: `${width}%` }} />
        {p.elapsed !== null && <div className={styles.marker} data-testid="elapsed-marker" style={{ left: `${Math.min(1, p.elapsed) * 100}%` }} />}
      </div>
      <Caption1>{detail}</Caption1>
    </li>
  );
}

/** 目标: each plan indicator as a bar of 完成率 with a marker at 序时进度, coloured by status (as the 目标完成情况 tab). */
export function TargetsSection() {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const { result, mode } = useSessionState();
  const progress = useMemo(() => (result ? laggingFirst(targetProgress(result)) : []), [result]);
  const counts = summariseTargets(progress);
  if (mode === null) return <Body1>{t("pane.no-workbook")}</Body1>;
  if (!result) return <Body1>{t("pane.needs-check")}</Body1>;
  return (
    <section className={styles.section} aria-label={t("pane.tab.targets")}>
      <Text role="status" className={styles.summary} data-testid="targets-summary">
        {t("pane.targets.summary", { ...counts })}
      </Text>
      <Caption1>{t("pane.targets.intro", { year: result.profile.year, period: result.period })}</Caption1>
      <div className={styles.legend} aria-hidden>
        <span>
          <span className={styles.legendMarker} /> {t("report.col.elapsed")}
        </span>
      </div>
      <ul className={styles.list}>
        {progress.map((p) => (
          <TargetBar key={p.target.key} p={p} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
