/**
 * ExcelJS 4.4 writes a link to a cell of the same workbook with both `location` and an external relationship
 * (exceljs#3027), which Excel and LibreOffice then open as a file named after the cell. OOXML's in-document link
 * is `location` alone, as Excel writes it. This drops the relationship of such links while the sheet is written.
 * It patches ExcelJS's worksheet writers once per process, in Node (the CLI): the in-memory one, and the streaming
 * one `gx-ledger merge` writes with, which gives every link an external relationship and no `location` at all.
 * Only internal links are affected. ExcelJS's test for an internal link is patched too, so that a sheet name
 * holding `!` stays inside the workbook.
 */

import { isInternalTarget } from "./internal-target";

interface HyperlinkModel {
  address: string;
  target: string;
  rId?: string;
}

interface SheetModel {
  hyperlinks?: HyperlinkModel[];
  rels?: { Id: string }[];
}

interface WorksheetXformClass {
  prototype: { prepare(model: SheetModel, options: unknown): void; __gxInternalLinks?: true };
}

/** The streaming sheet's relationships, where its links are kept until the sheet is committed. */
interface SheetRelsWriterClass {
  prototype: { addHyperlink(link: { address: string; target: string }): void; _hyperlinks: { address: string; target?: string; rId?: string }[] };
}

interface HyperlinkXformClass {
  prototype: { isInternalLink(model: { target?: string }): boolean };
}

let patched = false;

export function useInternalLinks(): void {
  if (patched) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module of ExcelJS, not in its types
  const xform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform.js") as WorksheetXformClass;
  const proto = xform.prototype;
  if (!proto.__gxInternalLinks) {
    const prepare = proto.prepare;
    proto.prepare = function (this: unknown, model: SheetModel, options: unknown): void {
      prepare.call(this, model, options);
      const dropped = new Set<string>();
      for (const link of model.hyperlinks ?? []) {
        if (!link.rId || !isInternalTarget(link.target)) continue;
        dropped.add(link.rId);
        delete link.rId;
      }
      if (dropped.size > 0) model.rels = (model.rels ?? []).filter((r) => !dropped.has(r.Id));
    };
    proto.__gxInternalLinks = true;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
    const link = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js") as HyperlinkXformClass;
    link.prototype.isInternalLink = (model) => model.target !== undefined && isInternalTarget(model.target);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
    const rels = require("exceljs/lib/stream/xlsx/sheet-rels-writer.js") as SheetRelsWriterClass;
    const addHyperlink = rels.prototype.addHyperlink;
    rels.prototype.addHyperlink = function (this: SheetRelsWriterClass["prototype"], link): void {
      // Kept with its target and no relationship: the <hyperlink> is then written with `location` alone.
      if (isInternalTarget(link.target)) this._hyperlinks.push({ address: link.address, target: link.target });
      else addHyperlink.call(this, link);
    };
  }
  patched = true;
}
