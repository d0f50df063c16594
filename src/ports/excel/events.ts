/**
 * Results go stale when a sheet changes after a check: Excel's worksheet change events, named by sheet. The
 * add-in's own writes (reports, marks, `_gx`) are left out where Excel says who made the change (ExcelApi 1.14).
 */

export interface ExcelRunner {
  run: typeof Excel.run;
}

export function watchChanges(api: ExcelRunner, cb: (sheet: string) => void): () => void {
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped || args.triggerSource === "ThisLocalAddin") return;
    const name = await api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(args.worksheetId).load("name");
      await context.sync();
      return ws.name;
    });
    if (!stopped) cb(name);
  };
  const ready = api.run(async (context) => {
    registration = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
  });
  // A host without change events (before ExcelApi 1.9) leaves results as they are: nothing to undo then.
  const registered = ready.then(
    () => true,
    () => false,
  );
  return () => {
    stopped = true;
    void registered.then(async (ok) => {
      if (!ok || !registration) return;
      registration.remove();
      await registration.context.sync();
    });
  };
}
