import { Badge, Button, Caption1, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { forwardRef, useRef, useState, type KeyboardEvent } from "react";
import { describeFinding, type Finding } from "../../core";
import { useCallback, type Ref } from "react";
import { usePaneT } from "../i18n";
import { errorNote, type Note } from "../notes";
import { CarryOverAction } from "./carry-over-action";
import { MapHeaderAction } from "./map-header-action";
import { explainedByRow, recordName } from "../session";
import { useSession, useSessionState } from "../session-context";

const useStyles = makeStyles({
  scroller: {
    // The list takes the room the section leaves it, and scrolls within it.
    flexGrow: 1,
    minHeight: "160px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { flexShrink: 0 },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  value: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
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

/** The offending value as the row shows it beside the address ("" when the finding has none). */
export function shownValue(f: Finding): string {
  if (f.value === null || f.value === undefined || f.value === "") return "";
  return String(f.value);
}

interface RowProps {
  finding: Finding;
  index: number;
  total: number;
  current: boolean;
  onMove: (from: number, to: number) => void;
}

function useBothRefs<T>(a: Ref<T>, b: { current: T | null }): (el: T | null) => void {
  return useCallback(
    (el: T | null) => {
      b.current = el;
      if (typeof a === "function") a(el);
      else if (a) (a as { current: T | null }).current = el;
    },
    [a, b],
  );
}

const FindingRow = forwardRef<HTMLDivElement, RowProps>(function FindingRow({ finding: f, index, total, current, onMove }, ref) {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const session = useSession();
  const { labels } = useSessionState();
  const where = useWhere();
  const own = useRef<HTMLDivElement | null>(null);
  const setRef = useBothRefs(ref, own);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Note | null>(null);
  const d = describeFinding(f, lang);
  const place = where(f.sheet, d.cell, f.row);
  const name = recordName(labels, f);
  const value = shownValue(f);
  const severity = t(`report.severity.${f.severity}`);
  const fromRow = f.explained === true && explainedByRow(labels, f);

  // Focus goes back to the finding before the editor closes: it is never left on the page's body.
  const back = (): void => {
    own.current?.focus();
    setEditing(false);
  };

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

  const act = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      setText("");
      back();
    } catch (e) {
      setProblem(errorNote(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () => act(() => session.explain(f, text));
  const withdraw = (): Promise<void> => {
    // The button goes away with the explanation: the focus waits on the finding.
    own.current?.focus();
    return act(() => session.withdraw(f));
  };
  const open = (initial: string): void => {
    setText(initial);
    setProblem(null);
    setEditing(true);
  };

  return (
    <div
      ref={setRef}
      data-index={index}
      data-testid="issue-row"
      role="listitem"
      aria-setsize={total}
      aria-posinset={index + 1}
      aria-current={current ? "true" : undefined}
      aria-label={[severity, place, value, name, d.message].filter((x) => x !== "").join(" ")}
      title={f.rule}
      tabIndex={0}
      className={mergeClasses(styles.row, current && styles.current)}
      onClick={(e) => {
        // Clicks inside the explanation editor do not select the cell.
        if ((e.target as HTMLElement).closest("[data-explain]")) return;
        void session.locate(f);
      }}
      onKeyDown={onKeyDown}
    >
      <div className={styles.head}>
        <Badge className={styles.badge} appearance="tint" color={SEVERITY_COLOUR[f.severity]}>
          {severity}
        </Badge>
        <span className={styles.where} data-testid="issue-where">
          {place}
        </span>
        {value !== "" && (
          <span className={styles.value} data-testid="issue-value">
            {t("pane.check.value", { value })}
          </span>
        )}
        {f.explained && (
          <Badge appearance="outline" color="success">
            {t("pane.check.explained")}
          </Badge>
        )}
      </div>
      {name !== "" && (
        <div className={styles.name} data-testid="issue-name">
          {name}
        </div>
      )}
      <div>{d.message}</div>
      {d.hint && <Caption1 className={styles.hint}>{d.hint}</Caption1>}
      <MapHeaderAction finding={f} />
      {!editing && <CarryOverAction finding={f} place={place} />}
      {f.explained && f.explanation && !editing && <Caption1 data-testid="issue-explanation">{t("pane.check.explanation", { text: f.explanation })}</Caption1>}
      {f.severity === "warning" && !fromRow && (
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
                  if (e.key === "Escape") {
                    e.stopPropagation();
                    back();
                  }
                }}
              />
              <Button size="small" appearance="primary" disabled={busy || text.trim() === ""} onClick={() => void save()}>
                {t("pane.check.explain-save")}
              </Button>
              <Button size="small" onClick={back}>
                {t("pane.cancel")}
              </Button>
            </>
          ) : f.explained ? (
            <>
              <Button size="small" appearance="subtle" aria-label={t("pane.check.explain-edit-label", { place })} onClick={() => open(f.explanation ?? "")}>
                {t("pane.check.explain-edit")}
              </Button>
              <Button size="small" appearance="subtle" disabled={busy} aria-label={t("pane.check.explain-withdraw-label", { place })} onClick={() => void withdraw()}>
                {t("pane.check.explain-withdraw")}
              </Button>
            </>
          ) : (
            <Button size="small" appearance="subtle" aria-label={t("pane.check.explain-open-label", { place })} onClick={() => open("")}>
              {t("pane.check.explain-open")}
            </Button>
          )}
          {problem && <Caption1 className={styles.error}>{t(problem.key, problem.params)}</Caption1>}
        </div>
      )}
    </div>
  );
});

/** The findings in a virtualised list: only the rows in view (and a few either side) are in the page. */
export function FindingList({ findings, label, current }: { findings: readonly Finding[]; label: string; current: Finding | null }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
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
    <div ref={scroller} className={styles.scroller} role="list" aria-label={label} data-testid="issue-list">
      <div style={{ height: virtualizer.getTotalSize(), position: "relative", width: "100%" }}>
        <div style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => (
            <FindingRow
              key={item.key}
              ref={virtualizer.measureElement}
              index={item.index}
              total={findings.length}
              finding={findings[item.index]}
              current={current !== null && sameFinding(current, findings[item.index])}
              onMove={move}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.sheet === b.sheet && a.row === b.row && a.col === b.col && a.variant === b.variant;
}
