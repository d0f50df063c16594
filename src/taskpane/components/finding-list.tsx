import { Badge, Button, Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { forwardRef, useRef, useState, type KeyboardEvent } from "react";
import { describeFinding, type Finding } from "../../core";
import { usePaneT } from "../i18n";
import { useSession } from "../session-context";
import { errorNote, type Note } from "../notes";
import { MapHeaderAction } from "./map-header-action";

const useStyles = makeStyles({
  scroller: {
    // As tall as its rows, up to most of the pane; then it scrolls.
    maxHeight: "min(60vh, 560px)",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3 },
  explain: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "8em" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const SEVERITY_COLOUR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Where a finding is, as the list and the standalone page show it: 重点企业 C5, 重点企业 第 5 行, 重点企业. */
export function useWhere(): (sheet: string | null | undefined, cell: string | null, row: number | null | undefined) => string {
  const { t } = usePaneT();
  return (sheet, cell, row) => {
    const place = cell ?? (row !== undefined && row !== null ? t("pane.check.row", { row }) : "");
    if (!sheet) return place || t("pane.check.workbook-level");
    return place ? `${sheet} ${place}` : sheet;
  };
}

interface RowProps {
  finding: Finding;
  index: number;
  total: number;
  onMove: (from: number, to: number) => void;
}

const FindingRow = forwardRef<HTMLDivElement, RowProps>(function FindingRow({ finding: f, index, total, onMove }, ref) {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const session = useSession();
  const where = useWhere();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Note | null>(null);
  const d = describeFinding(f, lang);
  const place = where(f.sheet, d.cell, f.row);
  const severity = t(`report.severity.${f.severity}`);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    // Keys typed in the explanation field belong to the field.
    if (e.target !== e.currentTarget) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      void session.locate(f);
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      onMove(index, e.key === "ArrowDown" ? index + 1 : index - 1);
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      onMove(index, e.key === "Home" ? 0 : total - 1);
    }
  };

  const save = async (): Promise<void> => {
    setSaving(true);
    setProblem(null);
    try {
      await session.explain(f, text);
      setEditing(false);
      setText("");
    } catch (e) {
      setProblem(errorNote(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div
      ref={ref}
      data-index={index}
      data-testid="issue-row"
      role="listitem"
      aria-setsize={total}
      aria-posinset={index + 1}
      aria-label={`${severity} ${place} ${d.message}`}
      tabIndex={0}
      className={styles.row}
      onClick={(e) => {
        // Clicks inside the explanation editor do not select the cell.
        if ((e.target as HTMLElement).closest("[data-explain]")) return;
        void session.locate(f);
      }}
      onKeyDown={onKeyDown}
    >
      <div className={styles.head}>
        <Badge appearance="tint" color={SEVERITY_COLOUR[f.severity]}>
          {severity}
        </Badge>
        <span className={styles.where}>{place}</span>
        <Caption1 className={styles.hint}>{f.rule}</Caption1>
        {f.explained && (
          <Badge appearance="outline" color="success">
            {t("pane.check.explained")}
          </Badge>
        )}
      </div>
      <div>{d.message}</div>
      {d.hint && <Caption1 className={styles.hint}>{d.hint}</Caption1>}
      <MapHeaderAction finding={f} />
      {f.explained && f.explanation && <Caption1>{t("pane.check.explanation", { text: f.explanation })}</Caption1>}
      {f.severity === "warning" && !f.explained && (
        <div data-explain className={styles.explain}>
          {editing ? (
            <>
              <Input
                className={styles.grow}
                value={text}
                autoFocus
                aria-label={t("pane.check.explain-label", { place })}
                placeholder={t("pane.check.explain-placeholder")}
                onChange={(_, data) => setText(data.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && text.trim() !== "") void save();
                  if (e.key === "Escape") setEditing(false);
                }}
              />
              <Button size="small" appearance="primary" disabled={saving || text.trim() === ""} onClick={() => void save()}>
                {t("pane.check.explain-save")}
              </Button>
              <Button size="small" onClick={() => setEditing(false)}>
                {t("pane.cancel")}
              </Button>
              {problem && <Caption1 className={styles.error}>{t(problem.key, problem.params)}</Caption1>}
            </>
          ) : (
            <Button size="small" appearance="subtle" aria-label={t("pane.check.explain-open-label", { place })} onClick={() => setEditing(true)}>
              {t("pane.check.explain-open")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
});

/** The findings in a virtualised list: only the rows in view (and a few either side) are in the page. */
export function FindingList({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 6,
    // The index alone would carry a row's open explanation editor over to another finding after filtering.
    getItemKey: (i) => {
      const f = findings[i];
      return `${i}|${f.rule}|${f.sheet ?? ""}|${f.row ?? ""}|${f.col ?? ""}`;
    },
  });
  const items = virtualizer.getVirtualItems();

  const move = (from: number, to: number): void => {
    if (to < 0 || to >= findings.length || to === from) return;
    virtualizer.scrollToIndex(to, { align: "auto" });
    // The row may only exist after the scroll has rendered it.
    const focus = (tries: number): void => {
      const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${to}"]`);
      if (el) el.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(10);
  };

  return (
    <div ref={scroller} className={styles.scroller} role="list" aria-label={label}>
      <div style={{ height: virtualizer.getTotalSize(), position: "relative", width: "100%" }}>
        <div style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => (
            <FindingRow
              key={item.key}
              ref={virtualizer.measureElement}
              index={item.index}
              total={findings.length}
              finding={findings[item.index]}
              onMove={move}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
