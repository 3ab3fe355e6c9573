// Shared plumbing for the browser specs: launch Debian Chromium, open the planner on a fresh (or persistent)
// profile, collect page errors, and read nodes through the stable data-* test contract only.
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page, type Locator } from 'playwright-core';
import type { Catalog } from '../../src/domain/types.ts';
import { catalogJson } from '../../bench/catalogFile.ts';
import { syntheticCatalog } from '../../bench/synthetic.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
export const CURRICULUM_DIR = resolve(ROOT, process.env.E2E_CURRICULUM_DIR ?? '../shared/curriculum');
export const VIEWPORT = { width: 1600, height: 1000 };
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
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

/** Everything a spec file launched, so `after(closeAll)` leaves no Chromium behind even when a test failed midway. */
const open = new Set<{ close(): Promise<void> }>();

function track<T extends { close(): Promise<void> }>(thing: T): T {
  open.add(thing);
  return thing;
}

export async function closeAll(): Promise<void> {
  const all = [...open];
  open.clear();
  await Promise.all(
    all.map((thing) =>
      Promise.race([thing.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]),
    ),
  );
}

export async function launchBrowser(): Promise<Browser> {
  return track(await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true }));
}

/** Errors a page reported: uncaught exceptions and console.error lines. Tests fail when it is not empty. */
export type ErrorLog = string[];

export function watchErrors(page: Page, errors: ErrorLog): void {
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      errors.push(`console.error: ${msg.text()} (${msg.location().url || 'no url'})`);
  });
}

export function assertNoErrors(errors: ErrorLog): void {
  assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: ErrorLog;
  close(): Promise<void>;
}

/** A fresh context (fresh IndexedDB) with the planner loaded. */
export async function openFresh(
  browser: Browser,
  init?: (ctx: BrowserContext) => Promise<unknown>,
  options: { bypassCSP?: boolean; deviceScaleFactor?: number } = {},
): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', ...options });
  if (init) await init(context);
  const page = await context.newPage();
  const errors: ErrorLog = [];
  watchErrors(page, errors);
  await gotoApp(page);
  return { context, page, errors, close: () => context.close() };
}

/** A persistent profile on disk, so IndexedDB survives closing pages (and the whole browser). */
export interface Profile {
  dir: string;
  open(): Promise<BrowserContext>;
  dispose(): void;
}

export function tempProfile(): Profile {
  const dir = mkdtempSync(join(tmpdir(), 'cpp-e2e-profile-'));
  return {
    dir,
    open: async () =>
      track(
        await chromium.launchPersistentContext(dir, {
          executablePath: CHROMIUM,
          args: ARGS,
          headless: true,
          viewport: VIEWPORT,
          colorScheme: 'light',
        }),
      ),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function newWatchedPage(context: BrowserContext, errors: ErrorLog): Promise<Page> {
  const page = await context.newPage();
  watchErrors(page, errors);
  return page;
}

/** Open the app and wait until it has rendered at least one node. */
export async function gotoApp(page: Page): Promise<void> {
  await page.goto(BASE_URL, { waitUntil: 'load' });
  await page.locator('[data-node-id]').first().waitFor({ state: 'attached', timeout: 15_000 });
  await viewSettled(page);
}

/**
 * Waits until the graph stops moving: the app fits the view once the stored progress is loaded (a short animation),
 * and a drag aimed at a card's old place would grab the pane instead.
 */
export async function viewSettled(page: Page, quietMs = 400, timeoutMs = 8_000): Promise<void> {
  const transform = () =>
    page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '');
  const end = Date.now() + timeoutMs;
  let last = await transform();
  let since = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(100);
    const now = await transform();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

export function nodeEl(page: Page, id: string): Locator {
  return page.locator(`[data-node-id="${id}"]`).first();
}

export function toggleOf(page: Page, id: string): Locator {
  return nodeEl(page, id).locator('[data-action="toggle-complete"]').first();
}

export async function attr(page: Page, id: string, name: string): Promise<string | null> {
  return nodeEl(page, id).getAttribute(name);
}

/** Wait until a node's data-* attribute has the expected value (the UI recomputes asynchronously). */
export async function expectAttr(page: Page, id: string, name: string, expected: string, timeout = 5_000) {
  const sel = `[data-node-id="${id}"][${name}="${expected}"]`;
  try {
    await page.locator(sel).first().waitFor({ state: 'attached', timeout });
  } catch {
    const actual = await attr(page, id, name).catch(() => '(node missing)');
    assert.fail(`${id}: expected ${name}="${expected}", found ${JSON.stringify(actual)}`);
  }
}

/**
 * Every rendered node: id, key, kind, status, eligible, read from the contract attributes — once the cards of a
 * freshly shown catalog are all out (they arrive a few per frame while the graph carries data-revealing).
 */
export async function allNodes(page: Page) {
  await page.locator('.graph:not([data-revealing])').waitFor({ state: 'attached', timeout: 15_000 });
  return page.$$eval('[data-node-id]', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-node-id') ?? '',
      key: el.getAttribute('data-node-key') ?? '',
      kind: el.getAttribute('data-kind') ?? '',
      status: el.getAttribute('data-status') ?? '',
      eligible: el.getAttribute('data-eligible') ?? '',
    })),
  );
}

/**
 * A node's position in flow coordinates: the translate of its React Flow wrapper (or of the element itself),
 * which does not depend on zoom or on where the viewport was fitted.
 */
export async function flowPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return nodeEl(page, id).evaluate((el) => {
    const holder = (el.closest('.react-flow__node') as HTMLElement | null) ?? (el as HTMLElement);
    const m = new DOMMatrixReadOnly(getComputedStyle(holder).transform);
    return { x: m.m41, y: m.m42 };
  });
}

/** The element that takes keyboard focus for a node: the node itself or its nearest focusable wrapper. */
export async function focusNode(page: Page, id: string): Promise<void> {
  await nodeEl(page, id).evaluate((el) => {
    const target = (el.matches('[tabindex]') ? el : el.closest('[tabindex]')) as HTMLElement | null;
    (target ?? (el as HTMLElement)).focus();
  });
}

/** Every file under a folder, recursively, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function curriculumAvailable(): boolean {
  return existsSync(CURRICULUM_DIR) && statSync(CURRICULUM_DIR).isDirectory();
}

export const CURRICULUM_SKIP = `${relative(ROOT, CURRICULUM_DIR)} not found (../shared is not beside the repo): curriculum import test skipped`;

export function importInput(page: Page): Locator {
  return page.locator('input[type=file][data-action="import-files"]').first();
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Let layout, fitView and fonts settle before a screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts?.ready);
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  await sleep(600);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Injects axe-core (the context must bypass the app's CSP) and returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

/**
 * Waits until the whole catalog is in view: every node's box lies inside the graph pane (issue 3 item 5: after an
 * import the view fits the whole catalog). Fails with how many nodes are still outside.
 */
export async function expectWholeCatalogInView(page: Page, timeout = 10_000): Promise<void> {
  const outside = () =>
    page.evaluate(() => {
      const pane = (document.querySelector('.react-flow') ?? document.body).getBoundingClientRect();
      return [...document.querySelectorAll('[data-node-id]')].filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.left < pane.left - 2 ||
          r.top < pane.top - 2 ||
          r.right > pane.right + 2 ||
          r.bottom > pane.bottom + 2
        );
      }).length;
    });
  const deadline = Date.now() + timeout;
  let left = await outside();
  while (left > 0 && Date.now() < deadline) {
    await sleep(200);
    left = await outside();
  }
  assert.equal(left, 0, `${left} nodes are outside the visible graph after fitting the view`);
}

/**
 * A control by its data-action, made visible first: image export, share link and print live in the toolbar's
 * "Share or export" menu, which this opens when the control is hidden in it.
 */
export async function revealAction(page: Page, action: string): Promise<Locator> {
  const el = page.locator(`[data-action="${action}"]`).first();
  if (!(await el.isVisible())) {
    const menu = page.locator('[data-action="share-menu"]').first();
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await el.waitFor({ state: 'visible', timeout: 5_000 });
  }
  return el;
}

/** Imports the bench's synthetic catalog of `nodes` nodes (as a catalog JSON file) and waits for one of its cards. */
export async function importSynthetic(page: Page, nodes: number): Promise<Catalog> {
  const catalog = syntheticCatalog(nodes, 2026);
  const file = join(mkdtempSync(join(tmpdir(), 'cpp-synthetic-e2e-')), 'big.catalog.json');
  writeFileSync(file, catalogJson(catalog));
  // Wait for a card that only the imported catalog has: some synthetic keys (MOD-801, …) are seed keys too, and
  // waiting for those returned before the import was shown (the test then clicked Fit on the 11-card seed map).
  const before = new Set(
    await page.$$eval('.react-flow__node', (els) => els.map((el) => el.getAttribute('data-id') ?? '')),
  );
  await importInput(page).setInputFiles(file);
  const keys = catalog.nodes.map((n) => n.key).filter((k) => !before.has(k));
  await page.waitForFunction(
    (ks) =>
      [...document.querySelectorAll('.react-flow__node')].some((el) =>
        ks.includes(el.getAttribute('data-id') ?? ''),
      ),
    keys,
    { timeout: 60_000 },
  );
  return catalog;
}

/** Clicks the `data-action` control (opening its menu first) and returns the download's file name and bytes. */
export async function downloadOf(page: Page, action: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    revealAction(page, action).then((el) => el.click()),
  ]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** Opens Learners → Team board. */
export async function openTeamBoard(page: Page): Promise<void> {
  await page.locator('[data-action="profile-menu"]').first().click();
  await page.locator('[data-action="open-team"]').first().click();
  await page.locator('[data-panel="team"]').waitFor({ timeout: 15_000 });
}

/** A stored record read straight from IndexedDB (the planner's database and store names, storage/backend.ts). */
export function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('curriculum-pathway-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('records').objectStore('records').get(k);
          req.onsuccess = () => (resolve(req.result), open.result.close());
          req.onerror = () => reject(req.error);
        };
      }),
    key,
  );
}

/** The stored profiles record (`planner/profiles`), or undefined before the first save. */
export interface StoredProfiles {
  activeId: string;
  profiles: Record<
    string,
    { name: string; statuses: Record<string, string>; notes?: Record<string, string> }
  >;
}

export async function storedProfiles(page: Page): Promise<StoredProfiles | undefined> {
  return (await readStored(page, 'planner/profiles')) as StoredProfiles | undefined;
}

/** The active profile's stored statuses ({} before the first save). */
export async function storedStatuses(page: Page): Promise<Record<string, string>> {
  const rec = await storedProfiles(page);
  return rec ? (rec.profiles[rec.activeId]?.statuses ?? {}) : {};
}

/**
 * Waits until the stored profiles record satisfies `check` (the save is debounced and runs in its own tasks): what a
 * test waits for before a reload, instead of a fixed pause. Fails with the last record after `timeout` ms.
 */
export async function waitStored(
  page: Page,
  check: (rec: StoredProfiles | undefined) => boolean,
  timeout = 10_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (!check(await storedProfiles(page))) {
    if (Date.now() > end)
      assert.fail(`the stored profiles never matched: ${JSON.stringify(await storedProfiles(page))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the active profile's stored statuses satisfy `check` (see waitStored). */
export function waitStoredStatuses(
  page: Page,
  check: (statuses: Record<string, string>) => boolean,
  timeout = 10_000,
): Promise<void> {
  return waitStored(page, (rec) => check(rec ? (rec.profiles[rec.activeId]?.statuses ?? {}) : {}), timeout);
}
