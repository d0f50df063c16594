import { Body1, Button, Caption1, Checkbox, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { usePaneT } from "../i18n";
import { saveBlob } from "../save-file";
import { useSession, useSessionState } from "../session-context";
import { ActionError } from "./action-error";
import { ReportsOutcome } from "./reports-section";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: "center",
  },
  compact: { flexDirection: "row", flexWrap: "wrap", justifyContent: "center", padding: tokens.spacingVerticalS },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
});

/**
 * The standalone page's own controls: open a workbook (button or drop; nothing is uploaded, the file is read in
 * the browser) and download it again with the report tabs and, if asked, the marks.
 */
export function StandaloneBar() {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const session = useSession();
  const { opening, workbookName, result, canDownload, checking, reportTabs } = useSessionState();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [withMarks, setWithMarks] = useState(false);
  // Once a workbook is open the drop zone shrinks to a row: the room is the findings'.
  const compact = workbookName !== null && opening === null;
  const download = useAction(async () => {
    const { blob, name, written } = await session.download(reportTabs, lang, withMarks);
    saveBlob(blob, name);
    return written;
  });

  const open = (file: File | undefined): void => {
    if (file) void session.openFile(file);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    open(e.dataTransfer.files[0]);
  };

  return (
    <div className={styles.bar}>
      <div
        className={mergeClasses(styles.drop, compact && styles.compact, over && styles.over)}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        {!compact && <Body1>{t("pane.open.drop")}</Body1>}
        <Button appearance={compact ? "secondary" : "primary"} disabled={opening !== null} onClick={() => input.current?.click()}>
          {t(compact ? "pane.open.another" : "pane.open.button")}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="open-workbook"
          aria-label={t("pane.open.button")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (after editing it in Excel) opens it again.
            e.target.value = "";
            open(file);
          }}
        />
        <Caption1>{t(compact ? "pane.open.drop-short" : "pane.open.private")}</Caption1>
      </div>
      {opening && <Spinner size="tiny" label={t("pane.open.opening", { file: opening })} />}
      {workbookName && !opening && (
        <div className={styles.row}>
          <Body1 data-testid="workbook-name">{t("pane.open.current", { file: workbookName })}</Body1>
          {canDownload && (
            <>
              <Button
                appearance="primary"
                data-testid="download-report"
                disabled={!result || checking !== null || reportTabs.length === 0 || download.busy}
                onClick={() => void download.run()}
              >
                {t("pane.download.button")}
              </Button>
              <Checkbox data-testid="download-with-marks" checked={withMarks} label={t("pane.download.with-marks")} onChange={(_, data) => setWithMarks(data.checked === true)} />
            </>
          )}
        </div>
      )}
      {download.busy && <Spinner size="tiny" label={t("pane.download.preparing")} />}
      {download.value && <ReportsOutcome written={download.value} downloaded />}
      <ActionError error={download.error} />
    </div>
  );
}
