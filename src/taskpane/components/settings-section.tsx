import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { BUILTIN_PROFILE, BUILTIN_RULES, type Lang, mergeProfile, ORGANISATION_KEYS, type Profile, type ProfileIssue, type RuleOverride, type Thresholds } from "../../core";
import { usePaneT } from "../i18n";
import { errorNote, note, type Note } from "../notes";
import { PERCENT_THRESHOLDS, THRESHOLD_KEYS, issueText, percentTarget, toForm, validateForm, type ProfileForm } from "../profile-form";
import { readText, saveBlob } from "../save-file";
import { useSession, useSessionState } from "../session-context";
import { DecompositionTable } from "./decomposition-table";
import { FileButton } from "./file-button";
import { ScopeField } from "./scope-field";
import { unitText } from "../units";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 22em), 1fr))", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  // Label left, input right at one width: the inputs line up in a column at any pane width.
  field: { gridTemplateColumns: "minmax(0, 1fr) 8.5em", columnGap: tokens.spacingHorizontalS },
  input: { width: "8.5em", minWidth: 0 },
  // Always in reach on a long page: the save button sticks to the bottom of the section.
  saveBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const OVERRIDES: RuleOverride[] = ["error", "warning", "info", "off"];

/** The field a path names, for the messages shown next to it. */
function messagesByPath(issues: readonly ProfileIssue[], profile: Profile, lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) if (!out.has(issue.path)) out.set(issue.path, issueText(issue, profile, lang));
  return out;
}

function LanguageSwitch() {
  const { t, lang, setLang } = usePaneT();
  return (
    <Field label={t("pane.settings.language")}>
      <RadioGroup data-testid="lang-switch" layout="horizontal" value={lang} onChange={(_, data) => setLang(data.value === "en-US" ? "en-US" : "zh-CN")}>
        <Radio value="zh-CN" label="中文" />
        <Radio value="en-US" label="English" />
      </RadioGroup>
    </Field>
  );
}

/** 设置: the language, and the plan profile edited in a form, validated, stored in `_gx`, imported and exported as JSON. */
export function SettingsSection() {
  const styles = useStyles();
  const { t, tn, lang } = usePaneT();
  const session = useSession();
  const { profile, profileSource, profileIssue, mode } = useSessionState();
  const [form, setForm] = useState<ProfileForm>(() => toForm(profile));
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<ProfileIssue[]>([]);
  const [outcome, setOutcome] = useState<{ ok: boolean; note: Note } | null>(null);
  const [saving, setSaving] = useState(false);

  // A new workbook or check brings its own profile; edits in progress are kept.
  useEffect(() => {
    if (!dirty) setForm(toForm(profile));
  }, [profile, dirty]);

  const edit = (patch: Partial<ProfileForm>): void => {
    setForm({ ...form, ...patch });
    setDirty(true);
    setOutcome(null);
  };
  const fieldMessages = messagesByPath(issues, form.base, lang);
  const fieldProps = (path: string) => {
    const message = fieldMessages.get(path);
    return message ? { validationState: "error" as const, validationMessage: message } : {};
  };

  const validated = (): Profile | null => {
    const result = validateForm(form);
    if (result.ok) {
      setIssues([]);
      return result.profile;
    }
    setIssues(result.issues);
    setOutcome(null);
    return null;
  };

  const save = async (): Promise<void> => {
    const valid = validated();
    if (!valid) return;
    setSaving(true);
    try {
      await session.saveProfile(valid);
      setDirty(false);
      setOutcome({ ok: true, note: note("pane.settings.saved") });
    } catch (e) {
      setOutcome({ ok: false, note: errorNote(e) });
    } finally {
      setSaving(false);
    }
  };

  const exportJson = (): void => {
    const valid = validated();
    if (!valid) return;
    saveBlob(new Blob([JSON.stringify(valid, null, 2) + "\n"], { type: "application/json" }), t("pane.settings.export-file", { year: valid.year }));
  };

  const importJson = async (file: File): Promise<void> => {
    setOutcome(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readText(file));
    } catch (e) {
      setIssues([]);
      setOutcome({ ok: false, note: note("pane.settings.import-json", { file: file.name, detail: e instanceof Error ? e.message : String(e) }) });
      return;
    }
    // A file may hold a whole profile or only the changes to the built-in one, as the CLI's --profile does.
    const merged = mergeProfile(BUILTIN_PROFILE, parsed);
    if (!merged.ok) {
      setIssues(merged.issues);
      setOutcome({ ok: false, note: note("pane.settings.import-invalid", { file: file.name }) });
      return;
    }
    setIssues([]);
    setForm(toForm(merged.profile));
    setDirty(true);
    setOutcome({ ok: true, note: note("pane.settings.imported", { file: file.name }) });
  };

  const reset = (): void => {
    setIssues([]);
    setForm(toForm(BUILTIN_PROFILE));
    setDirty(true);
    setOutcome({ ok: true, note: note("pane.settings.reset-done") });
  };

  const threshold = (k: keyof Thresholds) => (
    <Field
      key={k}
      className={styles.field}
      orientation="horizontal"
      label={t(`pane.settings.threshold.${k}`)}
      hint={t(`pane.settings.threshold-hint.${k}`)}
      {...fieldProps(`thresholds.${k}`)}
    >
      <Input
        className={styles.input}
        data-testid={`threshold-${k}`}
        inputMode="decimal"
        contentAfter={PERCENT_THRESHOLDS.has(k) ? "%" : undefined}
        value={form.thresholds[k]}
        onChange={(_, data) => edit({ thresholds: { ...form.thresholds, [k]: data.value } })}
      />
    </Field>
  );

  return (
    <section className={styles.section} aria-label={t("pane.tab.settings")}>
      <LanguageSwitch />
      <ScopeField />

      <div className={styles.group}>
        <Subtitle2 as="h2">{t("pane.settings.profile")}</Subtitle2>
        <Caption1 data-testid="profile-source">
          {t("pane.settings.in-force", { source: t(`pane.profile.source.${profileSource}`), year: profile.year })}
        </Caption1>
        {profileIssue && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("pane.settings.stored-invalid", { detail: issueText(profileIssue, BUILTIN_PROFILE, lang) })}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          <FileButton
            data-testid="import-profile-button"
            input={{ accept: ".json,application/json", testId: "import-profile", label: t("pane.settings.import"), onFiles: ([file]) => void importJson(file) }}
          >
            {t("pane.settings.import")}
          </FileButton>
          <Button data-testid="export-profile" onClick={exportJson}>
            {t("pane.settings.export")}
          </Button>
          <Button data-testid="reset-profile" onClick={reset}>
            {t("pane.settings.reset")}
          </Button>
        </div>
        {issues.length > 0 && (
          <MessageBar intent="error" role="alert" data-testid="profile-issues">
            <MessageBarBody>
              {tn("pane.settings.invalid", { n: issues.length })}
              <ul className={styles.list}>
                {issues.map((issue, i) => (
                  <li key={i}>{issueText(issue, form.base, lang)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome && (
          <MessageBar intent={outcome.ok ? "success" : "error"} role="status">
            <MessageBarBody>{t(outcome.note.key, outcome.note.params)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div className={styles.grid}>
        <Field className={styles.field} orientation="horizontal" label={t("pane.settings.year")} {...fieldProps("year")}>
          <Input className={styles.input} data-testid="profile-year" inputMode="numeric" value={form.year} onChange={(_, data) => edit({ year: data.value })} />
        </Field>
        <Field className={styles.field} orientation="horizontal" label={t("pane.settings.period")} hint={t("pane.settings.period-hint")} {...fieldProps("period")}>
          <Input className={styles.input} data-testid="profile-period" inputMode="numeric" value={form.period} onChange={(_, data) => edit({ period: data.value })} />
        </Field>
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h2">{t("pane.settings.organisation")}</Subtitle2>
        <Caption1>{t("pane.settings.organisation-note")}</Caption1>
        <div className={styles.grid}>
          {ORGANISATION_KEYS.map((k) => (
            <Field key={k} label={t(`pane.settings.organisation.${k}`)} {...fieldProps(`organisation.${k}`)}>
              <Input
                data-testid={`organisation-${k}`}
                inputMode={k === "phone" ? "tel" : "text"}
                value={form.organisation[k]}
                onChange={(_, data) => edit({ organisation: { ...form.organisation, [k]: data.value } })}
              />
            </Field>
          ))}
        </div>
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h2">{t("pane.settings.thresholds")}</Subtitle2>
        <div className={styles.grid}>{THRESHOLD_KEYS.filter((k) => !k.startsWith("growthReview")).map(threshold)}</div>
        <Subtitle2 as="h3">{t("pane.settings.review-band")}</Subtitle2>
        <Caption1>{t("pane.settings.review-band-note")}</Caption1>
        <div className={styles.grid}>{THRESHOLD_KEYS.filter((k) => k.startsWith("growthReview")).map(threshold)}</div>
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h2">{t("pane.settings.targets")}</Subtitle2>
        <Caption1>{t("pane.settings.targets-note")}</Caption1>
        <div className={styles.grid}>
          {form.base.targets.map((target, i) => {
            const fields = form.targets[i];
            const setField = (patch: Partial<typeof fields>) => edit({ targets: form.targets.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
            return (
              <div key={target.key} className={styles.group}>
                <Field
                  className={styles.field}
                  orientation="horizontal"
                  label={t("pane.settings.target-field.target", { name: target.name })}
                  {...fieldProps(`targets[${i}].target`)}
                >
                  <Input
                    className={styles.input}
                    data-testid={`target-${target.key}`}
                    inputMode="decimal"
                    contentAfter={percentTarget(target) ? "%" : unitText(lang, target.unit, Number(fields.target))}
                    value={fields.target}
                    onChange={(_, data) => setField({ target: data.value })}
                  />
                </Field>
                {target.op === "range" && (
                  <Field className={styles.field} orientation="horizontal" label={t("pane.settings.target-field.max", { name: target.name })} {...fieldProps(`targets[${i}].max`)}>
                    <Input
                      className={styles.input}
                      data-testid={`target-${target.key}-max`}
                      inputMode="decimal"
                      contentAfter={percentTarget(target) ? "%" : unitText(lang, target.unit, Number(fields.max))}
                      value={fields.max}
                      onChange={(_, data) => setField({ max: data.value })}
                    />
                  </Field>
                )}
              </div>
            );
          })}
        </div>
      </div>

      <DecompositionTable form={form} onChange={(decomposition) => edit({ decomposition })} messageFor={(path) => fieldMessages.get(path)} />

      <div className={styles.group}>
        <Subtitle2 as="h2">{t("pane.settings.rules")}</Subtitle2>
        <div className={styles.grid}>
          {BUILTIN_RULES.map((rule) => (
            <Field key={rule.id} className={styles.field} orientation="horizontal" label={`${rule.id} ${rule.words[lang].about}`} {...fieldProps(`rules[${JSON.stringify(rule.id)}]`)}>
              <Select
                className={styles.input}
                data-testid={`rule-${rule.id}`}
                value={form.rules[rule.id] ?? ""}
                onChange={(_, data) => edit({ rules: { ...form.rules, [rule.id]: data.value as RuleOverride | "" } })}
              >
                <option value="">{t("pane.settings.rule-default", { severity: t(`report.severity.${rule.severity}`) })}</option>
                {OVERRIDES.map((o) => (
                  <option key={o} value={o}>
                    {o === "off" ? t("pane.settings.rule-off") : t(`report.severity.${o}`)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h2">{t("pane.settings.lists")}</Subtitle2>
        <details>
          <summary>{t("pane.settings.regions", { n: form.base.regions.length })}</summary>
          <ul className={styles.list}>
            {form.base.regions.map((r) => (
              <li key={r.code}>
                <Body1>
                  {r.code} {r.name}
                  {r.aliases.length > 0 ? `（${r.aliases.join(t("pane.list-sep"))}）` : ""}
                </Body1>
              </li>
            ))}
          </ul>
        </details>
        <details>
          <summary>{t("pane.settings.industries", { n: form.base.industries.length })}</summary>
          <ul className={styles.list}>
            {form.base.industries.map((d) => (
              <li key={d.name}>
                <Body1>
                  {d.name}
                  {d.synonyms.length > 0 ? `（${d.synonyms.join(t("pane.list-sep"))}）` : ""}
                </Body1>
              </li>
            ))}
          </ul>
        </details>
        <Caption1>{t("pane.settings.lists-note")}</Caption1>
      </div>
      <div className={styles.saveBar} data-testid="save-bar">
        <Button appearance="primary" data-testid="save-profile" disabled={mode === null || saving} onClick={() => void save()}>
          {t("pane.settings.save")}
        </Button>
        <Caption1 role="status">{mode === null ? t("pane.settings.open-to-save") : dirty ? t("pane.settings.save-bar") : ""}</Caption1>
      </div>
    </section>
  );
}
