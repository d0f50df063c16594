/**
 * The page setup of a report tab in the Office-like hosts (Excel and WPS), whose margins are points where the
 * core's PAGE_SETUP (as OOXML) gives inches.
 */

import { PAGE_SETUP } from "../core";

const POINTS_PER_INCH = 72;

/** PAGE_SETUP's margins in points. */
export const MARGIN_POINTS = {
  left: PAGE_SETUP.margins.left * POINTS_PER_INCH,
  right: PAGE_SETUP.margins.right * POINTS_PER_INCH,
  top: PAGE_SETUP.margins.top * POINTS_PER_INCH,
  bottom: PAGE_SETUP.margins.bottom * POINTS_PER_INCH,
  header: PAGE_SETUP.margins.header * POINTS_PER_INCH,
  footer: PAGE_SETUP.margins.footer * POINTS_PER_INCH,
} as const;
