/**
 * The part of WPS's ET (表格) object model the WPS port uses: VBA-like and synchronous, collections 1-based
 * (`Sheets.Item(1)` is the first sheet). Typed from WPS's documentation; what could not be confirmed without a
 * real WPS is listed in the README's WPS section and in test/support/simulated-et (each marked ASSUMPTION).
 */

/** Sheet visibility (XlSheetVisibility). */
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
/** FormatConditions.Add's type for a formula rule (XlFormatConditionType.xlExpression). */
export const XL_EXPRESSION = 2;
/** Range.Insert's shift (XlInsertShiftDirection.xlShiftDown). */
export const XL_SHIFT_DOWN = -4121;
/** Validation.Add: a list (xlValidateList), that stops a wrong entry (xlValidAlertStop), xlBetween. */
export const XL_VALIDATE_LIST = 3;
export const XL_VALIDATE_WHOLE_NUMBER = 1;
export const XL_VALID_ALERT_STOP = 1;
export const XL_VALID_ALERT_INFORMATION = 3;
export const XL_BETWEEN = 1;
/** Horizontal alignment (XlHAlign). */
export const XL_ALIGN = { Left: -4131, Center: -4108, Right: -4152 } as const;
export const XL_CONTINUOUS = 1;
/** XlBordersIndex: one edge of each cell of a range. */
export const XL_EDGE = { left: 7, top: 8, bottom: 9, right: 10 } as const;

export interface EtCount {
  readonly Count: number;
}

export interface EtInterior {
  /** A BGR long, as VBA's Color. */
  Color: number;
}

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  Color: number;
  Underline: number | boolean;
}

export interface EtBorders {
  LineStyle: number;
  Color: number;
  Item(index: number): { LineStyle: number };
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly AppliesTo: EtRange;
  readonly Interior: EtInterior;
  SetFirstPriority(): void;
  Delete(): void;
}

export interface EtFormatConditions extends EtCount {
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
}

export interface EtValidation {
  Add(type: number, alertStyle: number, operator: number, formula1: string | number, formula2?: string | number): void;
  Delete(): void;
  InCellDropdown: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
}

export interface EtHyperlinks {
  Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
}

export interface EtRange {
  /** A single cell: its value; several cells: rows of values (ASSUMPTION: 0-based JS arrays). Blank: undefined. */
  Value2: unknown;
  /** A string; null where the cells' formats differ (as VBA). Writing a matrix sets each cell's. */
  NumberFormat: string | null | string[][];
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  /** Cells in the range. */
  readonly Count: number;
  /** true, false, or null when partly merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly FormatConditions: EtFormatConditions;
  readonly Validation: EtValidation;
  HorizontalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  Merge(): void;
  Select(): void;
  ClearContents(): void;
  Insert(shift?: number): void;
}

/** Page orientation (XlPageOrientation.xlLandscape) and paper (XlPaperSize.xlPaperA4). */
export const XL_LANDSCAPE = 2;
export const XL_PAPER_A4 = 9;

/** A sheet's print settings, as VBA's PageSetup: margins in points; Zoom false to fit to pages instead. */
export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  /** A number of pages, or false for as many as needed. */
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  CenterHorizontally: boolean;
  PrintGridlines: boolean;
  /** Rows repeated atop every page, `$4:$4`. */
  PrintTitleRows: string;
  LeftFooter: string;
  CenterFooter: string;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  Visible: number;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange & { Item(row: number, col: number): EtRange };
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets extends EtCount {
  /** 1-based index, or a name. */
  Item(index: number | string): EtWorksheet;
  /** ASSUMPTION: positional as in VBA (Before, After); the new sheet becomes the active one, as in Excel. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: EtSheets;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtApiEvent {
  AddApiEventListener(event: string, handler: (...args: unknown[]) => void): void;
  RemoveApiEventListener(event: string, handler: (...args: unknown[]) => void): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow;
  readonly WorksheetFunction: { IsError(range: EtRange): boolean };
  readonly ApiEvent?: EtApiEvent;
}

/** #RRGGBB → the BGR long VBA's Color takes. */
export function bgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** The sheets in tab order. */
export function sheetsOf(wb: EtWorkbook): EtWorksheet[] {
  const sheets = wb.Sheets;
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) out.push(sheets.Item(i));
  return out;
}

/** A sheet by name, compared without case as ET does; null when there is none (Item(name) would throw). */
export function findSheet(wb: EtWorkbook, name: string): EtWorksheet | null {
  const key = name.toLowerCase();
  return sheetsOf(wb).find((ws) => ws.Name.toLowerCase() === key) ?? null;
}

/** Adds a sheet after the last one, named, without leaving it active unless asked (Add activates it). */
export function addSheet(app: EtApplication, wb: EtWorkbook, name: string, opts: { keepActive?: boolean; visible?: number } = {}): EtWorksheet {
  const before = app.ActiveSheet;
  const sheets = wb.Sheets;
  const ws = sheets.Add(null, sheets.Item(sheets.Count));
  ws.Name = name;
  if (opts.visible !== undefined) ws.Visible = opts.visible;
  if (!opts.keepActive && before) before.Activate();
  return ws;
}
