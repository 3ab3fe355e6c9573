// PNG export in the page: click [data-action=export-png] (whole graph) → the download link is clicked, with the
// longest main-thread task in between (long-task observer of pageProbes.ts). Runs in a page that already shows the graph.
import type { Page } from 'playwright-core';
import type { Probe } from './pageProbes';
import { median, round } from './measureNode';

export interface ExportRun {
  /** Median over the runs: click → the download link clicked (blob ready). */
  ms: number;
  runs: number[];
  /** Longest main-thread task of each run. */
  runLongestTaskMs: number[];
  /** Longest main-thread task seen during any of the exports (0 when none over the observer's 50 ms floor). */
  longestTaskMs: number;
  longTasksOver50: number;
  /** Size of the last image and what the app said it contains. */
  width: number | null;
  height: number | null;
  message: string | null;
}

/** The export buttons may sit in the toolbar's "Share or export" menu, whose contents load on first opening. */
async function reveal(page: Page): Promise<void> {
  const button = page.locator('[data-action="export-png"]').first();
  if (await button.isVisible().catch(() => false)) return;
  const menu = page.locator('[data-action="share-menu"]').first();
  if ((await menu.count()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await button.waitFor({ state: 'visible', timeout: 10_000 });
}

async function once(
  page: Page,
): Promise<{ ms: number; longest: number; count: number; message: string | null } | null> {
  await reveal(page);
  const started = await page.evaluate(() => {
    const w = window as unknown as { __exportDone?: number | null; __bench: Probe };
    w.__exportDone = null;
    const onClick = (e: MouseEvent) => {
      if (!(e.target instanceof HTMLAnchorElement && e.target.hasAttribute('download'))) return;
      w.__exportDone = performance.now();
      document.removeEventListener('click', onClick, true);
    };
    document.addEventListener('click', onClick, true);
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('[data-action="export-png"]')?.click();
    return t0;
  });
  const download = page.waitForEvent('download', { timeout: 60_000 }).catch(() => null);
  const dl = await download;
  if (!dl) return null;
  if (process.env.EXPORT_SAVE_TO) await dl.saveAs(process.env.EXPORT_SAVE_TO);
  await dl.cancel().catch(() => undefined);
  const { done, tasks } = await page.evaluate(() => {
    const w = window as unknown as { __exportDone?: number | null; __bench: Probe };
    return { done: w.__exportDone ?? null, tasks: w.__bench.longtasks };
  });
  if (done === null) return null;
  // A task that runs into the download click is counted up to the click only: the first download of a page blocks
  // Chromium's main thread for seconds in the download machinery (the pre-worker export showed it too), after the blob is ready.
  const within = tasks
    .filter((t) => t.start >= started && t.start <= done)
    .map((t) => ({ start: t.start, duration: Math.min(t.duration, done - t.start) }));
  const message = await page
    .locator('text=/^Saved path-/')
    .last()
    .textContent({ timeout: 2000 })
    .catch(() => null);
  return {
    ms: done - started,
    longest: Math.max(0, ...within.map((t) => t.duration)),
    count: within.filter((t) => t.duration > 50).length,
    message,
  };
}

export async function measureExport(page: Page, repeats = 3): Promise<ExportRun | null> {
  const runs: { ms: number; longest: number; count: number; message: string | null }[] = [];
  for (let i = 0; i < repeats; i++) {
    const r = await once(page);
    if (!r) break;
    runs.push(r);
    await page.waitForTimeout(500);
  }
  if (!runs.length) return null;
  const last = runs[runs.length - 1]!.message;
  const size = last?.match(/(\d+) × (\d+) px/);
  return {
    ms: round(median(runs.map((r) => r.ms).sort((a, b) => a - b))),
    runs: runs.map((r) => round(r.ms)),
    runLongestTaskMs: runs.map((r) => round(r.longest)),
    longestTaskMs: round(Math.max(...runs.map((r) => r.longest))),
    longTasksOver50: runs.reduce((n, r) => n + r.count, 0),
    width: size ? Number(size[1]) : null,
    height: size ? Number(size[2]) : null,
    message: last,
  };
}
