import { LIMITS } from "../../../core";
import { FileRefusal } from "./refusal";

/**
 * The page's refusal of a workbook too big for a browser tab (LIMITS.paneXmlBytes, LIMITS.paneFileBytes): it
 * says so and points to the command line, which streams, rather than freezing or crashing the tab.
 */
export function tooLarge(): FileRefusal {
  return new FileRefusal("file.too-large", { limit: LIMITS.paneXmlBytes / (1024 * 1024) });
}
