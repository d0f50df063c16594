import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";
import { ActionError } from "./action-error";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  legend: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "center" },
  swatch: { display: "inline-block", width: "1em", height: "1em", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  error: { backgroundColor: tokens.colorPaletteRedBackground2, border: `1px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2, border: `1px solid ${tokens.colorPaletteYellowBorder2}` },
});

/**
 * Standalone: whether the downloaded copy carries the marks. One option for 标记 and the download: 标记 ticks
 * it, 清除标记 unticks it, and ticking it here is the same as 标记 at download time.
 */
export function MarksInDownload() {
  const { t } = usePaneT();
  const session = useSession();
  const { withMarks, result } = useSessionState();
  return (
    <div>
      <Checkbox
        data-testid="download-with-marks"
        checked={withMarks}
        disabled={!result}
        label={t("pane.download.with-marks")}
        onChange={(_, data) => session.setWithMarks(data.checked === true)}
      />
      <Caption1>{t("pane.mark.file-note")}</Caption1>
    </div>
  );
}

/** 标记: colour the cells of the last check's errors and warnings, or clear the add-in's marks again. */
export function MarkSection() {
  const styles = useStyles();
  const { t, tn } = usePaneT();
  const session = useSession();
  const { result, mode } = useSessionState();
  const mark = useAction(() => session.mark());
  const clear = useAction(() => session.clearMarks());
  if (mode === null) return <Body1>{t("pane.no-workbook")}</Body1>;
  return (
    <section className={styles.section} aria-label={t("pane.tab.mark")}>
      <Caption1>{t("pane.mark.intro")}</Caption1>
      <div className={styles.legend}>
        <span>
          <span className={`${styles.swatch} ${styles.error}`} aria-hidden />
          {t("report.severity.error")}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.warning}`} aria-hidden />
          {t("report.severity.warning")}
        </span>
      </div>
      {!result && <Body1>{t("pane.needs-check")}</Body1>}
      <div className={styles.buttons}>
        <Button appearance="primary" data-testid="mark-cells" disabled={!result || mark.busy} onClick={() => void mark.run()}>
          {t("pane.mark.mark")}
        </Button>
        <Button data-testid="clear-marks" disabled={clear.busy} onClick={() => void clear.run()}>
          {t("pane.mark.clear")}
        </Button>
      </div>
      {mode === "file" && <MarksInDownload />}
      <div role="status" aria-live="polite">
        {mark.value !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{tn("pane.mark.marked", { n: mark.value })}</MessageBarBody>
          </MessageBar>
        )}
        {clear.value !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{tn("pane.mark.cleared", { n: clear.value })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ActionError error={mark.error ?? clear.error} />
    </section>
  );
}
