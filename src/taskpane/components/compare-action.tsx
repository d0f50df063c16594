import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { isHistoryFinding } from "../../core";
import { usePaneT } from "../i18n";
import { note } from "../notes";
import { FileButton, XLSX_TYPES } from "./file-button";
import { useSession, useSessionState } from "../session-context";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * 与上期对比 on 校验: the user chooses last month's workbook (read in a file worker, never sent anywhere); then the
 * 历史 filter and 沿用上期说明 for every warning last month explained.
 */
export function CompareAction() {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const session = useSession();
  const state = useSessionState();
  const { result, filters } = state;
  const historyCount = useMemo(() => (result ? result.findings.filter(isHistoryFinding).length : 0), [result]);
  const offered = useMemo(() => (result ? result.findings.filter((f) => f.severity === "warning" && !f.explained && (f.previousExplanation ?? f.staleExplanation)).length : 0), [result]);
  const carryAll = useAction(async () => {
    const n = await session.carryOverAll();
    session.notify("success", note("pane.history.carried-all", { n }));
    return n;
  });
  if (!result) return null;

  return (
    <div className={styles.row}>
      <FileButton
        size="small"
        data-testid="compare-previous"
        aria-label={t("pane.history.compare-label")}
        disabled={state.checking !== null}
        input={{ accept: XLSX_TYPES, testId: "previous-workbook", label: t("pane.history.compare-label"), onFiles: ([file]) => void session.compareWith(file, lang) }}
      >
        {t("pane.history.compare")}
      </FileButton>
      {state.comparing !== null && <Caption1 role="status">{t("pane.history.comparing", { file: state.comparing })}</Caption1>}
      {historyCount > 0 && (
        <Checkbox
          data-testid="filter-history"
          checked={filters.history}
          label={t("pane.check.filter.history", { n: historyCount })}
          onChange={(_, data) => session.setFilters({ history: data.checked === true })}
        />
      )}
      {offered > 0 && (
        <Button size="small" data-testid="carry-over-all" disabled={carryAll.busy} onClick={() => void carryAll.run()}>
          {t("pane.history.carry-all", { n: offered })}
        </Button>
      )}
      {carryAll.error && <Caption1 className={styles.error}>{t(carryAll.error.key, carryAll.error.params)}</Caption1>}
    </div>
  );
}
