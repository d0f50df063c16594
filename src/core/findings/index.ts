export type { AnyFinding, ExplanationThen, FindingOf, Noted, ParamValue, Params, Place, PreviousExplanation, Severity } from "./types";
export { noted, rated, type NoteExtra } from "./make";
