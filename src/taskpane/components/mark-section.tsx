import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
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

/** 标记: colour the cells of the last check's errors and warnings, or clear the add-in's marks again. */
export function MarkSection() {
  const styles = useStyles();
  const { t } = usePaneT();
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
      <div role="status" aria-live="polite">
        {mark.value !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{t("pane.mark.marked", { n: mark.value })}</MessageBarBody>
          </MessageBar>
        )}
        {clear.value !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{t("pane.mark.cleared", { n: clear.value })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ActionError error={mark.error ?? clear.error} />
    </section>
  );
}
