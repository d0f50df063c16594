import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneT } from "../i18n";
import { errorNote, type Note } from "../notes";
import { useSession, useSessionState } from "../session-context";
import { ActionError } from "./action-error";

/** 校验范围 in 设置: the whole city or one county, stored with the workbook's profile; a checked workbook is checked again. */
export function ScopeField() {
  const { t } = usePaneT();
  const session = useSession();
  const { profile, mode, checking } = useSessionState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Note | null>(null);
  const choose = async (code: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await session.setCountyScope(code);
    } catch (e) {
      setError(errorNote(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Field label={t("pane.settings.scope")} hint={t("pane.settings.scope-hint")}>
        <Select data-testid="scope-select" value={profile.scope ?? "city"} disabled={mode === null || checking !== null || busy} onChange={(_, data) => void choose(data.value)}>
          <option value="city">{t("pane.settings.scope.city", { city: profile.cityName })}</option>
          {profile.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <ActionError error={error} />
    </>
  );
}
