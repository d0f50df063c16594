import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type MouseEvent } from "react";
import type { Finding } from "../../core";
import { usePaneT } from "../i18n";
import { errorNote, type Note } from "../notes";
import { useSession } from "../session-context";

const useStyles = makeStyles({
  action: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  text: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * On a warning explained in an earlier period: that explanation (上期说明, or 上期说明（数值已变） when the value
 * has changed since) and 沿用上期说明, which writes it to 审核说明 for this period.
 */
export function CarryOverAction({ finding: f, place }: { finding: Finding; place: string }) {
  const styles = useStyles();
  const { t } = usePaneT();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Note | null>(null);
  const then = f.previousExplanation ?? f.staleExplanation;
  if (f.severity !== "warning" || f.explained || then === undefined) return null;
  const changed = f.previousExplanation ? f.previousExplanation.valueChanged : true;

  const carry = async (e: MouseEvent): Promise<void> => {
    // The row's own click selects the cell; this one writes the explanation.
    e.stopPropagation();
    setBusy(true);
    setProblem(null);
    try {
      await session.carryOver(f);
    } catch (err) {
      setProblem(errorNote(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.action} data-explain>
      <Caption1 className={styles.text} data-testid="previous-explanation">
        {changed ? t("pane.history.stale", { text: then.text }) : t("pane.history.previous", { period: then.period, text: then.text })}
      </Caption1>
      <Button size="small" appearance="subtle" data-testid="carry-over" disabled={busy} aria-label={t("pane.history.carry-label", { place })} onClick={(e) => void carry(e)}>
        {t("pane.history.carry")}
      </Button>
      {problem && <Caption1 className={styles.error}>{t(problem.key, problem.params)}</Caption1>}
    </div>
  );
}
