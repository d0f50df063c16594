import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkDecomposition, formatDecompositionCsv, formatDecompositionJson, parseDecompositionCsv, parseDecompositionJson, type DecompositionResult, type ProfileIssue } from "../../core";
import { usePaneT } from "../i18n";
import { note, type Note } from "../notes";
import { decompositionCandidate, decompositionColumns, decompositionFields, formNumber, fromPercentText, issueText, type DecompositionColumn, type ProfileForm } from "../profile-form";
import { readText, saveBlob } from "../save-file";
import { FileButton } from "./file-button";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // The table is wider than a 350 px pane: it scrolls inside its own box, the county column staying in view.
  box: { maxWidth: "100%", overflowX: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: { padding: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, textAlign: "center", minWidth: "6em", verticalAlign: "bottom" },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    padding: `0 ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cell: { padding: "1px" },
  input: {
    width: "5.5em",
    boxSizing: "border-box",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    textAlign: "right",
    font: "inherit",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  invalid: { border: `2px solid ${tokens.colorPaletteRedBorder2}` },
  total: { padding: `0 ${tokens.spacingHorizontalXS}`, textAlign: "right", whiteSpace: "nowrap", backgroundColor: tokens.colorNeutralBackground3 },
  differs: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const num = (n: number): string => String(Number(n.toPrecision(12)));

interface ColumnSum {
  column: DecompositionColumn;
  /** The city's figure as the form has it now: its target, or the plan's reference for the clusters. */
  city: number | undefined;
  /** The upper end of a range target (新增超100亿元产业集群 1–2 个): a sum within the range agrees. */
  max: number | undefined;
  /** The counties' figures added up; undefined for a rate (rates do not add) or where no county has one. */
  sum: number | undefined;
  differs: boolean;
}

/** Per column, from the texts typed: what the 全市目标 and 各县合计 rows show, and whether they disagree. */
function columnSums(form: ProfileForm, columns: DecompositionColumn[]): ColumnSum[] {
  const reference: Partial<Record<string, number>> = { ...form.base.reference };
  return columns.map((column) => {
    const read = column.rate ? fromPercentText : formNumber;
    const at = form.base.targets.findIndex((tg) => tg.key === column.key);
    const typed = at < 0 ? reference[column.key] : read(form.targets[at].target);
    const city = typeof typed === "number" ? typed : undefined;
    const upper = at >= 0 && form.base.targets[at].op === "range" ? read(form.targets[at].max) : undefined;
    const max = typeof upper === "number" ? upper : undefined;
    const figures = Object.values(form.decomposition)
      .map((cells) => read(cells[column.key] ?? ""))
      .filter((v): v is number => typeof v === "number");
    const sum = column.rate || figures.length === 0 ? undefined : figures.reduce((a, b) => a + b, 0);
    const differs = sum !== undefined && city !== undefined && (max === undefined ? Math.abs(sum - city) > 1e-9 : sum < city - 1e-9 || sum > max + 1e-9);
    return { column, city, max, sum, differs };
  });
}

interface Props {
  form: ProfileForm;
  onChange: (decomposition: ProfileForm["decomposition"]) => void;
  /** The validation message of a field path, shown on its cell (the form's list names it in words). */
  messageFor: (path: string) => string | undefined;
}

/** 设置's 任务分解: counties × indicators, the city's target and the counties' sum side by side; import and export as CSV or JSON. */
export function DecompositionTable({ form, onChange, messageFor }: Props) {
  const styles = useStyles();
  const { t, lang } = usePaneT();
  const [message, setMessage] = useState<{ ok: boolean; note: Note; issues: ProfileIssue[] } | null>(null);
  const columns = decompositionColumns(form.base);
  const sums = columnSums(form, columns);
  const differing = sums.filter((s) => s.differs);
  const showCity = (s: ColumnSum): string => {
    if (s.city === undefined) return "";
    if (s.column.rate) return `${num(s.city * 100)}%`;
    return s.max === undefined ? num(s.city) : `${num(s.city)}–${num(s.max)}`;
  };

  const setCell = (code: string, key: string, value: string): void => {
    setMessage(null);
    onChange({ ...form.decomposition, [code]: { ...form.decomposition[code], [key]: value } });
  };

  const importFile = async (file: File): Promise<void> => {
    const text = await readText(file);
    let result: DecompositionResult;
    if (/\.json$/i.test(file.name)) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        setMessage({ ok: false, note: note("pane.settings.import-json", { file: file.name, detail: e instanceof Error ? e.message : String(e) }), issues: [] });
        return;
      }
      result = parseDecompositionJson(form.base, json);
    } else {
      result = parseDecompositionCsv(form.base, text);
    }
    if (!result.ok) {
      setMessage({ ok: false, note: note("pane.settings.decomposition.import-invalid", { file: file.name }), issues: result.issues });
      return;
    }
    onChange(decompositionFields(form.base, result.decomposition));
    setMessage({ ok: true, note: note("pane.settings.decomposition.imported", { file: file.name }), issues: [] });
  };

  const exportAs = (ext: "csv" | "json"): void => {
    const checked = checkDecomposition(form.base, decompositionCandidate(form));
    if (!checked.ok) {
      setMessage({ ok: false, note: note("pane.settings.decomposition.invalid"), issues: checked.issues });
      return;
    }
    setMessage(null);
    const profile = { ...form.base, decomposition: checked.decomposition };
    const text = ext === "csv" ? formatDecompositionCsv(profile) : formatDecompositionJson(profile);
    const type = ext === "csv" ? "text/csv;charset=utf-8" : "application/json";
    const year = form.year.trim() === "" ? String(form.base.year) : form.year.trim();
    saveBlob(new Blob([text], { type }), t("pane.settings.decomposition.file", { year, ext }));
  };

  return (
    <div className={styles.group}>
      <Subtitle2 as="h2">{t("pane.settings.decomposition")}</Subtitle2>
      <Caption1>{t("pane.settings.decomposition-note")}</Caption1>
      <div className={styles.buttons}>
        <FileButton
          data-testid="decomposition-import-button"
          input={{ accept: ".csv,.json,text/csv,application/json", testId: "decomposition-import", label: t("pane.settings.decomposition.import"), onFiles: ([file]) => void importFile(file) }}
        >
          {t("pane.settings.decomposition.import")}
        </FileButton>
        <Button data-testid="decomposition-export-csv" onClick={() => exportAs("csv")}>
          {t("pane.settings.decomposition.export-csv")}
        </Button>
        <Button data-testid="decomposition-export-json" onClick={() => exportAs("json")}>
          {t("pane.settings.decomposition.export-json")}
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.ok ? "success" : "error"} role={message.ok ? "status" : "alert"} data-testid="decomposition-message">
          <MessageBarBody>
            {t(message.note.key, message.note.params)}
            {message.issues.length > 0 && (
              <ul className={styles.list}>
                {message.issues.map((issue, i) => (
                  <li key={i}>{issueText(issue, form.base, lang)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {differing.length > 0 && (
        <MessageBar intent="warning" data-testid="decomposition-differs">
          <MessageBarBody>
            {t("pane.settings.decomposition.differs")}
            <ul className={styles.list}>
              {differing.map((s) => (
                <li key={s.column.key}>{t("pane.settings.decomposition.differs-item", { name: s.column.name, sum: num(s.sum ?? 0), city: showCity(s) })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Focusable so that the keyboard can scroll the table sideways. */}
      <div className={styles.box} role="region" aria-label={t("pane.settings.decomposition.table")} tabIndex={0} data-testid="decomposition-box">
        <table className={styles.table} data-testid="decomposition-table">
          <thead>
            <tr>
              <th scope="col" className={styles.rowHead}>
                {t("pane.settings.decomposition.region")}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={styles.head}>
                  {c.rate ? `${c.name}（%）` : c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {form.base.regions.map((region) => (
              <tr key={region.code}>
                <th scope="row" className={styles.rowHead}>
                  {region.name}
                </th>
                {columns.map((c) => {
                  const invalid = messageFor(`decomposition[${JSON.stringify(region.code)}].${c.count ? "counts" : "targets"}.${c.key}`);
                  return (
                    <td key={c.key} className={styles.cell}>
                      <input
                        className={invalid ? `${styles.input} ${styles.invalid}` : styles.input}
                        data-testid={`decomposition-${region.code}-${c.key}`}
                        inputMode="decimal"
                        aria-label={`${region.name} · ${c.name}`}
                        aria-invalid={invalid ? true : undefined}
                        title={invalid}
                        value={form.decomposition[region.code]?.[c.key] ?? ""}
                        onChange={(e) => setCell(region.code, c.key, e.target.value)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row" className={styles.rowHead}>
                {t("pane.settings.decomposition.city")}
              </th>
              {sums.map((s) => (
                <td key={s.column.key} className={styles.total} data-testid={`decomposition-city-${s.column.key}`}>
                  {showCity(s)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" className={styles.rowHead}>
                {t("pane.settings.decomposition.sum")}
              </th>
              {sums.map((s) => (
                <td key={s.column.key} className={s.differs ? `${styles.total} ${styles.differs}` : styles.total} data-testid={`decomposition-sum-${s.column.key}`}>
                  {s.sum === undefined ? "—" : num(s.sum)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
