import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { ruleAbout, type Severity } from "../../core";
import { applyFilters, facetCounts, filterKey } from "../filters";
import { usePaneT } from "../i18n";
import type { CheckProgress } from "../session";
import { useSession, useSessionState } from "../session-context";
import { CompareAction } from "./compare-action";
import { CountyPrompt } from "./county-prompt";
import { FindingList, useWhere } from "./finding-list";
import { PeriodField } from "./period-field";

const useStyles = makeStyles({
  // The section fills the panel; the list takes what the lines above it leave.
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, height: "100%", minHeight: 0 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  counts: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "baseline", flexWrap: "wrap" },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severities: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  choosers: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  // Rule names are long: the choosers shrink to the pane instead of running off its edge.
  chooser: { minWidth: 0, maxWidth: "100%" },
  chooserRoot: { minWidth: 0, maxWidth: "100%" },
  chooserSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  // Always one line tall, whatever it says: a click on a finding never moves the list.
  status: { minHeight: "2.6em", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  grow: { flexGrow: 1 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

function progressValue(p: CheckProgress): number | undefined {
  if (p.phase === "checking" || !p.read) return undefined;
  const { sheetIndex, sheetCount, rowsDone, rowsTotal } = p.read;
  const within = rowsTotal > 0 ? Math.min(1, rowsDone / rowsTotal) : 1;
  return sheetCount > 0 ? Math.min(1, (sheetIndex + within) / sheetCount) : undefined;
}

function CheckProgressBar({ progress }: { progress: CheckProgress }) {
  const { t } = usePaneT();
  const session = useSession();
  const styles = useStyles();
  const read = progress.read;
  const text =
    progress.phase === "checking"
      ? t("pane.check.progress.checking")
      : read
        ? t("pane.check.progress.sheet", {
            sheet: read.sheet,
            index: read.sheetIndex + 1,
            count: read.sheetCount,
            rows: read.rowsDone,
            total: read.rowsTotal,
          })
        : t("pane.check.progress.start");
  return (
    <div className={styles.progress} data-testid="progress">
      <ProgressBar value={progressValue(progress)} aria-label={t("pane.check.progress.label")} />
      <div className={styles.row}>
        <Caption1 role="status" aria-live="polite" style={{ flexGrow: 1 }}>
          {text}
        </Caption1>
        <Button size="small" onClick={() => session.cancelCheck()} data-testid="cancel-check">
          {t("pane.cancel")}
        </Button>
      </div>
    </div>
  );
}

function Summary() {
  const { t } = usePaneT();
  const styles = useStyles();
  const { result } = useSessionState();
  if (!result) return null;
  const s = result.summary;
  return (
    <div role="status" aria-live="polite" className={styles.counts}>
      <span>
        {t("report.severity.error")} <span className={styles.count} data-testid="summary-errors">{s.errors}</span>
      </span>
      <span>
        {t("report.severity.warning")} <span className={styles.count} data-testid="summary-warnings">{s.warnings}</span>
        <Caption1>
          {t("pane.check.explained-open")}
          {t("pane.check.explained")} <span data-testid="summary-explained">{s.explained}</span>
          {t("pane.check.explained-close")}
        </Caption1>
      </span>
      <span>
        {t("report.severity.info")} <span className={styles.count} data-testid="summary-infos">{s.infos}</span>
      </span>
      <Badge data-testid="ready-badge" size="medium" appearance="filled" color={s.ready ? "success" : "danger"}>
        {t(s.ready ? "pane.check.ready" : "pane.check.not-ready")}
      </Badge>
    </div>
  );
}

export function CheckSection() {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const session = useSession();
  const state = useSessionState();
  const where = useWhere();
  const { result, filters } = state;
  const findings = useMemo(() => (result ? applyFilters(result.findings, filters) : []), [result, filters]);
  const sheets = useMemo(() => (result ? facetCounts(result.findings, (f) => f.sheet) : []), [result]);
  const rules = useMemo(() => (result ? facetCounts(result.findings, (f) => f.rule) : []), [result]);
  const bySeverity = useMemo(() => (result ? facetCounts(result.findings, (f) => f.severity) : []), [result]);
  const noWorkbook = state.mode === null;

  return (
    <section className={styles.section} aria-label={t("pane.tab.check")}>
      <div className={styles.row}>
        {state.mode !== null && state.mode !== "file" && (
          <RadioGroup
            layout="horizontal"
            aria-label={t("pane.check.scope")}
            value={state.scope}
            onChange={(_, data) => session.setScope(data.value === "sheet" ? "sheet" : "workbook")}
          >
            <Radio value="workbook" label={t("pane.check.scope.workbook")} />
            <Radio value="sheet" label={t("pane.check.scope.sheet")} />
          </RadioGroup>
        )}
        <Button appearance="primary" data-testid="run-check" disabled={noWorkbook || state.checking !== null} onClick={() => void session.runCheck()}>
          {result ? t("pane.check.rerun") : t("pane.check.run")}
        </Button>
        {result && <Summary />}
      </div>
      {noWorkbook && <Body1>{t("pane.no-workbook")}</Body1>}
      {state.checking && <CheckProgressBar progress={state.checking} />}
      {state.checkNote && (
        <MessageBar intent={state.checkNote.key === "pane.check.cancelled" ? "info" : "error"}>
          <MessageBarBody>{t(state.checkNote.key, state.checkNote.params)}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <CountyPrompt />
          <PeriodField />
          <div className={styles.filters} role="group" aria-label={t("pane.check.filters")}>
            <div className={styles.severities}>
              {SEVERITIES.map((sev) => (
                <Checkbox
                  key={sev}
                  data-testid={`filter-${sev}`}
                  checked={filters.severities[sev]}
                  label={t("pane.check.filter.severity", {
                    severity: t(`report.severity.${sev}`),
                    n: bySeverity.find((c) => c.value === sev)?.count ?? 0,
                  })}
                  onChange={(_, data) => session.setFilters({ severities: { ...filters.severities, [sev]: data.checked === true } })}
                />
              ))}
            </div>
            <div className={styles.choosers}>
              <Field className={styles.chooser} label={t("pane.check.filter.sheet")} size="small">
                <Select size="small" root={{ className: styles.chooserRoot }} className={styles.chooserSelect} data-testid="filter-sheet" value={filters.sheet} onChange={(_, data) => session.setFilters({ sheet: data.value })}>
                  <option value="">{t("pane.check.filter.all-sheets")}</option>
                  {sheets.map((s) => (
                    <option key={s.value} value={s.value}>
                      {t("pane.check.filter.option", { name: s.value, n: s.count })}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field className={styles.chooser} label={t("pane.check.filter.rule")} size="small">
                <Select size="small" root={{ className: styles.chooserRoot }} className={styles.chooserSelect} data-testid="filter-rule" value={filters.rule} onChange={(_, data) => session.setFilters({ rule: data.value })}>
                  <option value="">{t("pane.check.filter.all-rules")}</option>
                  {rules.map((r) => (
                    <option key={r.value} value={r.value}>
                      {t("pane.check.filter.option", { name: `${r.value} ${ruleAbout(r.value, lang)}`, n: r.count })}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </div>
          <CompareAction />
          <Caption1>
            <span role="status" aria-live="polite" data-testid="shown-count">
              {t("pane.check.shown", { shown: findings.length, total: result.findings.length })}
            </span>
            {" · "}
            {t("pane.check.profile", {
              source: t(`pane.profile.source.${state.profileSource}`),
              year: result.profile.year,
              period: result.period,
            })}
          </Caption1>
          {result.findings.length === 0 ? (
            <Body1>{t("report.checks.none")}</Body1>
          ) : (
            // A new filter starts the list at its top (and closes any explanation being written).
            <FindingList key={filterKey(filters)} findings={findings} label={t("pane.check.list")} current={state.located?.finding ?? null} />
          )}
          <Caption1 className={styles.status} role="status" aria-live="polite" data-testid="location">
            {state.located
              ? t(state.located.selected ? "pane.check.selected" : "pane.check.location", {
                  where: where(state.located.sheet, state.located.cell, state.located.row),
                })
              : t(state.mode === "excel" ? "pane.check.click-to-select" : "pane.check.click-to-locate")}
          </Caption1>
        </>
      )}
    </section>
  );
}
