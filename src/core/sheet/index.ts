/** Sheet helpers every layer uses: A1 notation, display width, byte sizes. */
export { cellName, columnLetters, columnNumber, parseCellName, rangeName, type Rect } from "./a1";
export { jsonBytes, utf8Length } from "./bytes";
export { textWidth } from "./width";
