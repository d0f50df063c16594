import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type MouseEvent } from "react";
import type { Finding } from "../../core";
import { usePaneT } from "../i18n";
import { errorNote, type Note } from "../notes";
import { useSession } from "../session-context";

const useStyles = makeStyles({
  action: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The sheet, column key and header of a header.missing finding that names a resembling header, else null. */
export function headerToMap(f: Finding): { sheet: string; key: string; header: string; column: string } | null {
  const p: Readonly<Record<string, string | number | undefined>> = f.params ?? {};
  if (f.rule !== "header.missing" || f.variant !== "similar" || f.sheet === undefined) return null;
  if (typeof p.key !== "string" || typeof p.header !== "string") return null;
  return { sheet: f.sheet, key: p.key, header: p.header, column: String(p.column ?? p.key) };
}

/**
 * One click on a header.missing finding that names a resembling header (LEDGERS.md, Unknown columns): the header
 * is mapped to the missing column (saved in `_gx`, as the 台账 tab would) and the workbook is checked again.
 */
export function MapHeaderAction({ finding }: { finding: Finding }) {
  const styles = useStyles();
  const { t } = usePaneT();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Note | null>(null);
  const target = headerToMap(finding);
  if (target === null) return null;

  const map = async (e: MouseEvent): Promise<void> => {
    // The row's own click selects the cell; this one maps the column.
    e.stopPropagation();
    setBusy(true);
    setProblem(null);
    try {
      await session.saveLedgerSettings({}, { [target.sheet]: { [target.key]: target.header } });
      await session.runCheck();
    } catch (err) {
      setProblem(errorNote(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.action}>
      <Button size="small" appearance="primary" data-testid="map-header" disabled={busy} onClick={(e) => void map(e)}>
        {t("pane.check.map-header", { header: target.header, column: target.column })}
      </Button>
      {problem && <Caption1 className={styles.error}>{t(problem.key, problem.params)}</Caption1>}
    </div>
  );
}
