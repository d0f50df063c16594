/**
 * The WPS add-in's main page (index.html, which WPS loads with ribbon.xml): the ribbon's callbacks and the GX
 * functions' registration. The button opens the same task pane as Excel's, the site's taskpane.html, in a WPS
 * task pane; the pane finds WPS's object model there and works through the WPS port.
 */

import { registerWpsFunctions, type Association, type WpsRegistrar } from "../functions/wps";
import { createRibbon, type WpsAddinApp } from "./ribbon";

declare const __GX_WPS_FUNCTIONS__: Association[];
declare const __GX_WPS_NAMESPACE__: string;
declare const __GX_PANE_URL__: string;

const page = window as unknown as Record<string, unknown> & { wps?: WpsRegistrar & { EtApplication?: () => WpsAddinApp }; Application?: WpsAddinApp };

function application(): WpsAddinApp | null {
  try {
    return page.wps?.EtApplication?.() ?? page.Application ?? null;
  } catch {
    return page.Application ?? null;
  }
}

// The pane is the site's own page (GX_PROD_URL at build time), whether the add-in loads from the site or a local copy.
const ribbon = createRibbon(application, __GX_PANE_URL__);
Object.assign(page, ribbon);
registerWpsFunctions(page.wps, __GX_WPS_NAMESPACE__, __GX_WPS_FUNCTIONS__);
