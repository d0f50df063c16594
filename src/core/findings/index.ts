export type { AnyFinding, FindingOf, Noted, ParamValue, Params, Place, Severity } from "./types";
export { noted, rated, type NoteExtra } from "./make";
