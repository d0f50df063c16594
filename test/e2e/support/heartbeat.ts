import type { Page } from "playwright-core";

/**
 * A heartbeat in the page: a timer that should tick every 50 ms. While the page is busy on its main thread the
 * ticks stop; the longest gap between two ticks is how long the page did not respond. It also records whether
 * the progress indicator was ever on screen, however briefly.
 */

const SCRIPT = `(() => {
  const beat = { last: 0, maxGap: 0, ticks: 0, progressSeen: false, watching: false };
  window.__gxBeat = beat;
  window.__gxBeatStart = () => {
    beat.last = performance.now(); beat.maxGap = 0; beat.ticks = 0; beat.progressSeen = false; beat.watching = true;
  };
  const tick = () => {
    const now = performance.now();
    if (beat.watching) {
      beat.maxGap = Math.max(beat.maxGap, now - beat.last);
      beat.ticks++;
    }
    beat.last = now;
    if (document.querySelector('[data-testid="progress"]')) beat.progressSeen = true;
  };
  setInterval(tick, 50);
  new MutationObserver(() => {
    if (document.querySelector('[data-testid="progress"]')) beat.progressSeen = true;
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface Beat {
  maxGap: number;
  ticks: number;
  progressSeen: boolean;
}

export async function installHeartbeat(page: Page): Promise<void> {
  await page.addInitScript({ content: SCRIPT });
}

export async function startBeat(page: Page): Promise<void> {
  await page.evaluate("window.__gxBeatStart()");
}

export async function readBeat(page: Page): Promise<Beat> {
  return (await page.evaluate("({ ...window.__gxBeat })")) as Beat;
}
