import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { KINDS, kindName, type LedgerKind, type ReadSheet } from "../../core";
import { usePaneT } from "../i18n";
import { mappableColumns } from "../ledger-columns";
import { errorNote, note, type Note } from "../notes";
import { useSession, useSessionState } from "../session-context";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  mapping: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", flexDirection: "column" },
});

type KindChoice = LedgerKind | "none" | "";

/** A kind in the UI language, as its declaration names it. */
export function useKindName(): (kind: LedgerKind) => string {
  const { lang } = usePaneT();
  return (kind) => kindName(kind, lang);
}

function MappingFields({
  sheet,
  headers,
  chosen,
  onChoose,
}: {
  sheet: ReadSheet;
  headers: string[];
  chosen: Record<string, string>;
  onChoose: (key: string, header: string) => void;
}) {
  const { t } = usePaneT();
  const styles = useStyles();
  const columns = mappableColumns(sheet);
  if (columns.length === 0) return null;
  return (
    <div className={styles.mapping}>
      {columns.map(({ column, mappedTo }) => (
        <Field
          key={column.key}
          size="small"
          label={t("pane.ledgers.map-label", { column: column.header })}
          validationState={mappedTo === null && !chosen[column.key] ? "warning" : "none"}
          validationMessage={mappedTo === null && !chosen[column.key] ? t("pane.ledgers.missing") : undefined}
        >
          <Select
            data-testid={`map-${sheet.sheet}-${column.key}`}
            value={chosen[column.key] ?? mappedTo ?? ""}
            onChange={(_, data) => onChoose(column.key, data.value)}
          >
            <option value="">{t("pane.ledgers.map-none")}</option>
            {headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}

/** 台账: the sheets found, their kind, header row and record count; kinds and column mappings saved in `_gx`. */
export function LedgersSection() {
  const styles = useStyles();
  const { t } = usePaneT();
  const kindName = useKindName();
  const session = useSession();
  const { result, settings, headers, mode } = useSessionState();
  const [kinds, setKinds] = useState<Record<string, KindChoice>>({});
  const [mappings, setMappings] = useState<Record<string, Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; note: Note } | null>(null);

  if (mode === null) return <Body1>{t("pane.no-workbook")}</Body1>;
  if (!result) return <Body1>{t("pane.needs-check")}</Body1>;

  const storedKind = (sheet: string): KindChoice => settings.kinds?.[sheet] ?? "";
  const changed = Object.keys(kinds).length > 0 || Object.keys(mappings).length > 0;
  const rows: { sheet: string; ledger: ReadSheet | null }[] = [
    ...result.sheets.map((s) => ({ sheet: s.sheet, ledger: s })),
    ...result.ignoredSheets.map((sheet) => ({ sheet, ledger: null })),
  ];

  const save = async (): Promise<void> => {
    setSaving(true);
    setOutcome(null);
    try {
      await session.saveLedgerSettings(kinds, mappings);
      setKinds({});
      setMappings({});
      setOutcome({ ok: true, note: note("pane.ledgers.saved") });
    } catch (e) {
      setOutcome({ ok: false, note: errorNote(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.section} aria-label={t("pane.tab.ledgers")}>
      <Caption1>{t("pane.ledgers.intro")}</Caption1>
      <ul className={styles.list} aria-label={t("pane.ledgers.table")}>
        {rows.map(({ sheet, ledger }) => (
          <li key={sheet} className={styles.card} data-testid="ledger-row">
            <div className={styles.head}>
              <Text weight="semibold" data-testid="ledger-sheet">
                {sheet}
              </Text>
              <Caption1 data-testid="ledger-found">
                {ledger
                  ? t("pane.ledgers.found", { kind: kindName(ledger.kind), row: ledger.headerRow, records: ledger.records.length })
                  : t("pane.ledgers.not-ledger")}
              </Caption1>
            </div>
            <Field size="small" label={t("pane.ledgers.kind")}>
              <Select
                size="small"
                data-testid={`kind-${sheet}`}
                aria-label={t("pane.ledgers.kind-of", { sheet })}
                value={kinds[sheet] ?? storedKind(sheet)}
                onChange={(_, data) => setKinds({ ...kinds, [sheet]: data.value as KindChoice })}
              >
                <option value="">{t("pane.ledgers.auto", { kind: ledger ? kindName(ledger.kind) : t("pane.ledgers.not-ledger") })}</option>
                {KINDS.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {kindName(k.kind)}
                  </option>
                ))}
                <option value="none">{t("pane.ledgers.not-ledger")}</option>
              </Select>
            </Field>
            {ledger && (
              <MappingFields
                sheet={ledger}
                headers={headers[sheet] ?? []}
                chosen={mappings[sheet] ?? {}}
                onChoose={(key, header) => setMappings({ ...mappings, [sheet]: { ...(mappings[sheet] ?? {}), [key]: header } })}
              />
            )}
          </li>
        ))}
      </ul>
      <div>
        <Button appearance="primary" data-testid="save-ledgers" disabled={!changed || saving} onClick={() => void save()}>
          {t("pane.ledgers.save")}
        </Button>
      </div>
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"}>
          <MessageBarBody>{t(outcome.note.key, outcome.note.params)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
