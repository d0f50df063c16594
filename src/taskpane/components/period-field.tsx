import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneT } from "../i18n";
import { useSession, useSessionState } from "../session-context";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  select: { minWidth: "7em" },
  // The source is as long as the title it quotes: it wraps within the pane rather than widening it.
  source: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2, flexBasis: "100%" },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * 报告期 beside the result: the months the check took and where it took them from (取自标题“2022年1-3月…”); a
 * different month checks again with it, and 恢复自动识别 gives the workbook's own period back.
 */
export function PeriodField() {
  const { t } = usePaneT();
  const styles = useStyles();
  const session = useSession();
  const { result, period } = useSessionState();
  if (!result) return null;
  const source = t(`period.source.${result.periodSource}`, { text: result.periodText ?? "" });
  return (
    <div className={styles.row}>
      <Field label={t("pane.check.period")} orientation="horizontal" size="small">
        <Select
          size="small"
          className={styles.select}
          data-testid="period-select"
          // Stays usable while a check runs: arrowing through the months restarts the check with the last one.
          value={String(period ?? result.period)}
          onChange={(_, data) => void session.setPeriod(Number(data.value))}
        >
          {MONTHS.map((m) => (
            <option key={m} value={String(m)}>
              {t("pane.check.period.option", { month: m })}
            </option>
          ))}
        </Select>
      </Field>
      {period !== null && (
        <Button size="small" appearance="subtle" data-testid="period-auto" onClick={() => void session.setPeriod(null)}>
          {t("pane.check.period.auto")}
        </Button>
      )}
      <Caption1 className={styles.source} data-testid="period-source">
        {source}
      </Caption1>
    </div>
  );
}
