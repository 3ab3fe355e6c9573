// Browser measurements in headless Debian Chromium, the app and the bare baseline page side by side
// in the same run on the same graphs with the same positions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Catalog } from '../src/domain/types';
import { layoutCatalog } from '../src/layout/layout';
import { catalogJson } from './catalogFile';
import { measureExport, type ExportRun } from './measureExport';
import {
  blankPoint,
  installProbe,
  nodePoint,
  startFrames,
  stopFrames,
  toggleLatencies,
  type Probe,
} from './pageProbes';
import { median, round } from './measureNode';
import { serve } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1400, height: 900 };
const WAIT_MS = 60_000;
// tsx compiles with esbuild's keepNames, which wraps functions in `__name(...)`; functions handed to
// the page are serialized as source, so the page needs a harmless `__name` too.
const NAME_SHIM = { content: 'globalThis.__name = globalThis.__name || ((f) => f);' };

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface PageRun {
  /** Navigation start → a node of the catalog painted (app: a reload after the import, catalog from IndexedDB). */
  loadMs: number | null;
  longTasksOver50: number;
  longestTaskMs: number;
  /** App only: file input change → graph painted (read, parse, index, layout in the worker, render). */
  importMs?: number | null;
  importLongTasksOver50?: number;
  importLongestTaskMs?: number;
  pan?: FrameStats | null;
  drag?: FrameStats | null;
  toggle?: { domMedianMs: number; frameMedianMs: number; samples: number } | null;
  /** App only: whole-graph PNG export, click → download (measureExport.ts). */
  exportPng?: ExportRun | null;
}

function frameStats(deltas: number[]): FrameStats | null {
  if (deltas.length < 3) return null;
  const s = [...deltas].sort((a, b) => a - b);
  return {
    frames: s.length,
    medianMs: round(median(s)),
    p95Ms: round(s[Math.floor(s.length * 0.95)]!),
    maxMs: round(s[s.length - 1]!),
  };
}

const probe = (page: Page) =>
  page.evaluate(() => {
    const { longtasks, paintedAt, frames, recording } = (window as unknown as { __bench: Probe }).__bench;
    return { longtasks, paintedAt, frames, recording, rearm: () => undefined };
  });

async function waitPainted(page: Page): Promise<number | null> {
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench?: Probe }).__bench?.paintedAt != null,
      undefined,
      { timeout: WAIT_MS, polling: 50 },
    );
    return (await probe(page)).paintedAt;
  } catch {
    return null;
  }
}

/**
 * When the app has finished loading what it painted: every card out (the graph drops data-revealing), plus
 * 500 ms for what follows (the save of an import). Long tasks are counted up to then, not only up to the first paint.
 */
async function settledAt(page: Page): Promise<number> {
  await page
    .locator('.graph:not([data-revealing])')
    .waitFor({ state: 'attached', timeout: WAIT_MS })
    .catch(() => undefined);
  await page.waitForTimeout(500);
  return page.evaluate(() => performance.now());
}

function tasksBetween(p: Probe, from: number, to: number): { count: number; longest: number } {
  const within = p.longtasks.filter((t) => t.start >= from && t.start <= to);
  return {
    count: within.filter((t) => t.duration > 50).length,
    longest: round(Math.max(0, ...within.map((t) => t.duration))),
  };
}

async function gesture(
  page: Page,
  start: { x: number; y: number } | null,
  dx: number,
  dy: number,
): Promise<FrameStats | null> {
  if (!start) return null;
  await page.mouse.move(start.x, start.y);
  await page.evaluate(startFrames);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(start.x + (dx * i) / 40, start.y + (dy * i) / 40);
    await page.waitForTimeout(12);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  return frameStats(await page.evaluate(stopFrames));
}

async function interact(page: Page, run: PageRun): Promise<void> {
  await page.waitForTimeout(800); // let fitView's animation and the first idle work settle
  run.pan = await gesture(page, await page.evaluate(blankPoint), 240, 120);
  run.drag = await gesture(page, await page.evaluate(nodePoint), 160, 80);
  const t = await page.evaluate(toggleLatencies, 15);
  run.toggle = t.frameMs.length
    ? {
        domMedianMs: round(median(t.domMs), 2),
        frameMedianMs: round(median(t.frameMs), 2),
        samples: t.frameMs.length,
      }
    : null;
}

export interface BrowserCase {
  name: string;
  catalog: Catalog;
  interact: boolean;
}

export interface BrowserResult {
  name: string;
  nodes: number;
  app: PageRun;
  baseline: PageRun;
  loadRatio: number | null;
  panRatio: number | null;
}

export async function measureBrowser(
  appDir: string,
  baseDir: string,
  workDir: string,
  cases: BrowserCase[],
  log: (line: string) => void,
): Promise<BrowserResult[]> {
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  for (const c of cases) {
    writeFileSync(join(dataDir, `${c.name}.catalog.json`), catalogJson(c.catalog));
    const pos = layoutCatalog(c.catalog, 'LR');
    const nodes = c.catalog.nodes.map((n) => ({
      id: n.key,
      title: n.title,
      x: pos[n.key]!.x,
      y: pos[n.key]!.y,
    }));
    const edges = c.catalog.edges
      .filter((e) => e.from !== e.to)
      .map((e) => ({ source: e.from, target: e.to }));
    writeFileSync(join(dataDir, `${c.name}.graph.json`), JSON.stringify({ nodes, edges }));
  }
  const server = await serve({ app: appDir, base: baseDir, data: dataDir });
  let browser: Browser | null = null;
  const results: BrowserResult[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    for (const c of cases) {
      const keys = c.catalog.nodes.map((n) => n.key);

      log(`browser ${c.name}: baseline`);
      const bctx = await browser.newContext({ viewport: VIEWPORT });
      await bctx.addInitScript(NAME_SHIM);
      await bctx.addInitScript(installProbe, keys);
      const bpage = await bctx.newPage();
      await bpage.goto(`${server.url}/base/?data=../data/${c.name}.graph.json`);
      const bPainted = await waitPainted(bpage);
      const bTasks = tasksBetween(await probe(bpage), 0, (bPainted ?? WAIT_MS) + 500);
      const baseline: PageRun = {
        loadMs: bPainted === null ? null : round(bPainted),
        longTasksOver50: bTasks.count,
        longestTaskMs: bTasks.longest,
      };
      if (c.interact && bPainted !== null) await interact(bpage, baseline);
      await bctx.close();

      log(`browser ${c.name}: app (import, then reload)`);
      const actx = await browser.newContext({ viewport: VIEWPORT });
      await actx.addInitScript(NAME_SHIM);
      await actx.addInitScript(installProbe, keys);
      const apage = await actx.newPage();
      await apage.goto(`${server.url}/app/`);
      const input = apage.locator('input[data-action="import-files"]');
      await input.waitFor({ state: 'attached', timeout: WAIT_MS });
      // The default catalog must be on screen first: rearm() ignores its nodes (they share keys with placeholders).
      await apage.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: WAIT_MS });
      await apage.waitForTimeout(1000);
      const importStart = await apage.evaluate(() => {
        (window as unknown as { __bench: Probe }).__bench.rearm();
        return performance.now();
      });
      await input.setInputFiles(join(dataDir, `${c.name}.catalog.json`));
      const iPainted = await waitPainted(apage);
      // A refused import would leave the seeds on screen: say so loudly rather than measure the wrong graph.
      if (iPainted === null)
        log(`browser ${c.name}: WARNING the app did not show the imported catalog; its numbers are left out`);
      const iSettled = await settledAt(apage);
      const iTasks = tasksBetween(await probe(apage), importStart, iSettled);
      await apage.waitForTimeout(1000); // let the persistence subscriber write the imported catalog
      await apage.reload();
      const aPainted = await waitPainted(apage);
      const aSettled = await settledAt(apage);
      const aTasks = tasksBetween(await probe(apage), 0, aSettled);
      const app: PageRun = {
        loadMs: aPainted === null ? null : round(aPainted),
        longTasksOver50: aTasks.count,
        longestTaskMs: aTasks.longest,
        importMs: iPainted === null ? null : round(iPainted - importStart),
        importLongTasksOver50: iTasks.count,
        importLongestTaskMs: iTasks.longest,
      };
      if (c.interact && aPainted !== null && iPainted !== null) {
        await interact(apage, app);
        log(`browser ${c.name}: PNG export`);
        app.exportPng = await measureExport(apage);
      }
      await actx.close();

      results.push({
        name: c.name,
        nodes: c.catalog.nodes.length,
        app,
        baseline,
        // No ratio when the import was refused: the reload would then show the previous catalog, not this one.
        loadRatio:
          app.loadMs && baseline.loadMs && app.importMs != null
            ? round(app.loadMs / baseline.loadMs, 2)
            : null,
        panRatio: app.pan && baseline.pan ? round(app.pan.medianMs / baseline.pan.medianMs, 2) : null,
      });
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return results;
}
