import { Body1, Button, Caption1, Spinner, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { usePaneT } from "../i18n";
import { saveBlob } from "../save-file";
import { errorNote, note } from "../notes";
import { useSession, useSessionState } from "../session-context";
import { HiddenFileInput, XLSX_TYPES } from "./file-button";

const useStyles = makeStyles({
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
  // Once a workbook is open: one line with the file's name and the two buttons; the page's room is the findings'.
  line: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    flexGrow: 1,
    borderRadius: tokens.borderRadiusMedium,
    border: "1px dashed transparent",
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

function clickInput(input: HTMLInputElement | null): void {
  input?.click();
}

/** Opening by the button or by a drop: the file is read in the browser, nothing is uploaded. */
function useOpener() {
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const open = (file: File | undefined): void => {
    if (file) void session.openFile(file);
  };
  const dropProps = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      setOver(false);
      open(e.dataTransfer.files[0]);
    },
  };
  const choose = (): void => clickInput(input.current);
  // Enter and Space open the file dialog from the keydown itself (a user activation), as a click does.
  const onKeyDown = (e: { key: string; preventDefault(): void }): void => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    choose();
  };
  return { input, over, open, dropProps, choose, onKeyDown };
}

function FileInput({ opener }: { opener: ReturnType<typeof useOpener> }) {
  const { t } = usePaneT();
  return <HiddenFileInput ref={opener.input} accept={XLSX_TYPES} testId="open-workbook" label={t("pane.open.button")} onFiles={([file]) => opener.open(file)} />;
}

/** Before a workbook is open: the drop zone with the open button, and the promise that nothing is uploaded. */
export function DropZone() {
  const styles = useStyles();
  const { t } = usePaneT();
  const { opening } = useSessionState();
  const opener = useOpener();
  return (
    <div className={mergeClasses(styles.drop, opener.over && styles.over)} data-testid="drop-zone" {...opener.dropProps}>
      <Body1>{t("pane.open.drop")}</Body1>
      <Button appearance="primary" data-testid="open-button" disabled={opening !== null} onClick={opener.choose} onKeyDown={opener.onKeyDown}>
        {t("pane.open.button")}
      </Button>
      <FileInput opener={opener} />
      <Caption1>{t("pane.open.private")}</Caption1>
      {opening && <Spinner size="tiny" label={t("pane.open.opening", { file: opening })} />}
    </div>
  );
}

/**
 * Once a workbook is open: its name, 打开 (another; a drop on the line works too) and 下载 (the copy with the
 * report tabs chosen in 报表 and, when the marking option says so, the marks). The outcome goes to the pane's
 * message area, short and dismissable.
 */
export function WorkbookLine() {
  const styles = useStyles();
  const { t, pluralKey, lang } = usePaneT();
  const session = useSession();
  const { opening, workbookName, result, canDownload, checking, reportTabs } = useSessionState();
  const opener = useOpener();
  const [busy, setBusy] = useState(false);
  const download = async (): Promise<void> => {
    setBusy(true);
    try {
      const { blob, name, written } = await session.download(reportTabs, lang);
      saveBlob(blob, name);
      session.notify("success", note(pluralKey("pane.download.done", written.written.length), { file: name, n: written.written.length }));
    } catch (e) {
      session.notify("error", errorNote(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={mergeClasses(styles.line, opener.over && styles.over)} data-testid="drop-zone" {...opener.dropProps}>
      {opening ? (
        <Spinner className={styles.name} size="tiny" label={t("pane.open.opening", { file: opening })} />
      ) : (
        <Tooltip content={t("pane.open.current", { file: workbookName ?? "" })} relationship="description">
          <Body1 className={styles.name} data-testid="workbook-name">
            {workbookName}
          </Body1>
        </Tooltip>
      )}
      <Button
        size="small"
        data-testid="open-button"
        disabled={opening !== null}
        aria-label={t("pane.open.another")}
        onClick={opener.choose}
        onKeyDown={opener.onKeyDown}
      >
        {t("pane.open.short")}
      </Button>
      <FileInput opener={opener} />
      {canDownload && (
        <Button
          size="small"
          appearance="primary"
          data-testid="download-report"
          disabled={!result || checking !== null || reportTabs.length === 0 || busy}
          aria-label={busy ? undefined : t("pane.download.button")}
          onClick={() => void download()}
        >
          {busy ? t("pane.download.busy") : t("pane.download.short")}
        </Button>
      )}
    </div>
  );
}
