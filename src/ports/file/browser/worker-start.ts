/** Starts the file worker. Only webpack reads this file: the worker is bundled from the URL below. */
export function startFileWorker(): Worker {
  // @ts-expect-error -- `import.meta` is ES module syntax, which webpack resolves at build time; tsc checks as CommonJS.
  return new Worker(new URL("./file.worker.ts", import.meta.url), { name: "gx-file" });
}
