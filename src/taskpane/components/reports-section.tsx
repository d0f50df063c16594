import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { HISTORY_TAB, REPORT_TABS } from "../../core";
import type { ReportsWritten } from "../../ports/port";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";
import { ActionError } from "./action-error";
import { MarksInDownload } from "./mark-section";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tabs: { display: "flex", flexDirection: "column" },
  written: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** What a report write did: the tabs written (with a jump inside Excel), renamed tabs, an unreadable `_gx`. */
export function ReportsOutcome({ written }: { written: ReportsWritten }) {
  const styles = useStyles();
  const { t, tn } = usePaneT();
  const session = useSession();
  const { mode } = useSessionState();
  return (
    <div role="status" aria-live="polite">
      <MessageBar intent="success">
        <MessageBarBody>{tn("pane.reports.written", { n: written.written.length })}</MessageBarBody>
      </MessageBar>
      <ul className={styles.written} aria-label={t("pane.reports.written-list")}>
        {written.written.map((tab) => (
          <li key={tab} className={styles.item}>
            <span>{tab}</span>
            {mode !== null && mode !== "file" && (
              <Button size="small" appearance="subtle" data-testid="jump-report" aria-label={t("pane.reports.jump-label", { tab })} onClick={() => void session.showSheet(tab)}>
                {t("pane.reports.jump")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {written.renamed.map((r) => (
        <MessageBar key={r.wanted} intent="warning">
          <MessageBarBody>{t("pane.reports.renamed", { wanted: r.wanted, used: r.used })}</MessageBarBody>
        </MessageBar>
      ))}
      {written.settingsUnreadable && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.reports.settings-unreadable")}</MessageBarBody>
        </MessageBar>
      )}
      {mode === "file" && <Caption1>{t("pane.reports.download-hint")}</Caption1>}
    </div>
  );
}

/** 报表: choose tabs, generate them from the last check, jump to each. */
export function ReportsSection() {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const session = useSession();
  const { result, mode, reportTabs, history } = useSessionState();
  const generate = useAction(() => session.writeReports(reportTabs, lang));
  if (mode === null) return <Body1>{t("pane.no-workbook")}</Body1>;
  return (
    <section className={styles.section} aria-label={t("pane.tab.reports")}>
      <div className={styles.tabs} role="group" aria-label={t("pane.reports.choose")}>
        {(history ? [...REPORT_TABS, HISTORY_TAB] : REPORT_TABS).map((tab) => (
          <Checkbox
            key={tab}
            label={tab}
            checked={reportTabs.includes(tab)}
            onChange={(_, data) => session.setReportTabs(data.checked === true ? [...reportTabs, tab] : reportTabs.filter((x) => x !== tab))}
          />
        ))}
      </div>
      {mode === "file" && <MarksInDownload />}
      {!result && <Body1>{t("pane.needs-check")}</Body1>}
      <div>
        <Button
          appearance="primary"
          data-testid="generate-reports"
          disabled={!result || reportTabs.length === 0 || generate.busy}
          onClick={() => void generate.run()}
        >
          {t("pane.reports.generate")}
        </Button>
      </div>
      {generate.value && <ReportsOutcome written={generate.value} />}
      <ActionError error={generate.error} />
    </section>
  );
}
