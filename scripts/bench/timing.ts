/** Measuring: wall-clock with performance.now(), medians of several runs, the process's own peak memory. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** CPU seconds of the whole process so far (every thread: the collector's helpers and zlib's count too). */
export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export interface Timed {
  /** Wall-clock: what a user waits. */
  seconds: number;
  /** CPU time: steadier than wall-clock when others share the machine. */
  cpuSeconds: number;
}

/** Wall-clock and CPU seconds `fn` takes. */
export function timed(fn: () => void): Timed {
  const c = cpuSeconds();
  const t = performance.now();
  fn();
  return { seconds: (performance.now() - t) / 1000, cpuSeconds: cpuSeconds() - c };
}

/** Peak resident memory of this process so far (Linux reports maxRSS in KiB). */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
