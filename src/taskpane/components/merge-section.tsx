import { Body1, Button, Caption1, Checkbox, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PortProgress } from "../../ports/port";
import { usePaneT } from "../i18n";
import { saveBlob } from "../save-file";
import { useSessionState } from "../session-context";
import { ActionError } from "./action-error";
import { FileButton, XLSX_TYPES } from "./file-button";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The merged workbook's name on the standalone page (MERGE.md). */
export const MERGED_NAME = "全市台账-gx.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Outcome = {
  how: "opened" | "downloaded";
  sources: number;
  records: number;
  unreadable: number;
  conflicts: number;
  /** Sheets with content that no ledger kind fits, not carried (汇总说明 names them). */
  notCarried: number;
  clean: boolean;
  blob: Blob;
};

/**
 * 汇总: several county workbooks chosen, rolled up in the file worker (nothing is uploaded, the files are only
 * read) into a new city workbook: downloaded on the standalone page, opened as a new workbook inside Excel where
 * Excel can (ExcelApi 1.8), else downloaded.
 */
export function MergeSection() {
  const styles = useStyles();
  const { t, tn, lang } = usePaneT();
  const { mode, profile, profileSource } = useSessionState();
  const [files, setFiles] = useState<File[]>([]);
  const [withReports, setWithReports] = useState(false);
  const [progress, setProgress] = useState<PortProgress | null>(null);
  const merge = useAction(async (): Promise<Outcome> => {
    setProgress(null);
    const { mergeWorkbookFiles } = await import(/* webpackChunkName: "file-port" */ "../../ports/file/browser/browser-port");
    const merged = await mergeWorkbookFiles(
      files,
      { profile: profileSource === "workbook" ? profile : undefined, withReports, lang, now: Date.now(), name: MERGED_NAME },
      setProgress,
    );
    const blob = new Blob([merged.bytes as BlobPart], { type: XLSX_TYPE });
    const count = Object.values(merged.conflicts).reduce((n, c) => n + c, 0);
    const outcome = {
      sources: merged.sources.length,
      records: merged.records,
      unreadable: merged.conflicts["merge.unreadable"] ?? 0,
      conflicts: count,
      notCarried: merged.sources.reduce((n, s) => n + s.ignored.length, 0),
      clean: merged.clean,
      blob,
    };
    if (mode === "excel") {
      const { canCreateWorkbook, createWorkbook } = await import("../../ports/excel/create-workbook");
      if (canCreateWorkbook()) {
        await createWorkbook(merged.bytes);
        return { ...outcome, how: "opened" };
      }
    }
    saveBlob(blob, MERGED_NAME);
    return { ...outcome, how: "downloaded" };
  });
  const result = merge.value;
  return (
    <section className={styles.section} aria-label={t("pane.tab.merge")}>
      <Caption1>{t("pane.merge.intro")}</Caption1>
      <div className={styles.row}>
        <FileButton disabled={merge.busy} input={{ accept: XLSX_TYPES, testId: "merge-files", label: t("pane.merge.choose"), multiple: true, onFiles: setFiles }}>
          {t("pane.merge.choose")}
        </FileButton>
      </div>
      {files.length > 0 && (
        <div>
          <Body1>{tn("pane.merge.chosen", { n: files.length })}</Body1>
          <ul className={styles.files} data-testid="merge-chosen">
            {files.map((f, i) => (
              <li key={`${i}-${f.name}`}>{f.name}</li>
            ))}
          </ul>
        </div>
      )}
      <Checkbox label={t("pane.merge.with-reports")} checked={withReports} onChange={(_, d) => setWithReports(d.checked === true)} />
      <div>
        <Button appearance="primary" data-testid="run-merge" disabled={files.length === 0 || merge.busy} onClick={() => void merge.run()}>
          {t("pane.merge.run")}
        </Button>
      </div>
      {merge.busy && (
        <div role="status" aria-live="polite">
          <Caption1>
            {progress ? t("pane.merge.reading", { file: progress.sheet, n: progress.sheetIndex, total: progress.sheetCount }) : t("pane.merge.working")}
          </Caption1>
          <ProgressBar value={progress ? progress.sheetIndex / Math.max(1, progress.sheetCount) : undefined} />
        </div>
      )}
      {result && (
        <div role="status" aria-live="polite" data-testid="merge-result">
          <MessageBar intent={result.clean && result.notCarried === 0 ? "success" : "warning"}>
            <MessageBarBody>
              {t(result.how === "opened" ? "pane.merge.opened" : "pane.merge.downloaded", { name: MERGED_NAME, files: result.sources, records: result.records })}{" "}
              {result.conflicts > 0 ? tn("pane.merge.conflicts", { n: result.conflicts, unreadable: result.unreadable }) : t("pane.merge.no-conflicts")}
              {result.notCarried > 0 && <> {tn("pane.merge.not-carried", { n: result.notCarried })}</>}
            </MessageBarBody>
          </MessageBar>
          {result.how === "downloaded" && (
            <Button data-testid="merge-download" onClick={() => saveBlob(result.blob, MERGED_NAME)}>
              {t("pane.merge.download-again")}
            </Button>
          )}
        </div>
      )}
      <ActionError error={merge.error} />
    </section>
  );
}
