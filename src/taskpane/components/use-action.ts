import { useState } from "react";
import { errorNote, type Note } from "../notes";

export interface ActionState<T> {
  busy: boolean;
  /** The last run's value, until the next run starts. */
  value: T | null;
  error: Note | null;
  run: () => Promise<void>;
}

/** A button's async work: busy while it runs, then its value or its error as a note. */
export function useAction<T>(work: () => Promise<T>): ActionState<T> {
  const [busy, setBusy] = useState(false);
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<Note | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setValue(null);
    setError(null);
    try {
      setValue(await work());
    } catch (e) {
      setError(errorNote(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, value, error, run };
}
