// Issue 17 item 1: installable and offline. After one online visit the service worker (production build) has
// precached the app, so a reload with the network off shows the seed cards and the stored progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  BASE_URL,
  assertNoErrors,
  closeAll,
  expectAttr,
  launchBrowser,
  nodeEl,
  openFresh,
  sleep,
  toggleOf,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

/** Resolves once the page's service worker has activated (its precache is complete by then). */
async function serviceWorkerActivated(page: Page, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let state: string | null = null;
  while (Date.now() < deadline) {
    state = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null,
    );
    if (state === 'activated') return;
    await sleep(200);
  }
  assert.fail(`no service worker activated within ${timeoutMs} ms (last state: ${state})`);
}

test(
  'offline: after one online visit, a reload with the network off shows the seed cards and the stored progress',
  { timeout: 90_000 },
  async () => {
    const s = await openFresh(browser);
    const { page, context } = s;
    try {
      await toggleOf(page, 'MOD-801').click();
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await serviceWorkerActivated(page);
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await nodeEl(page, 'MOD-805').waitFor({ state: 'attached', timeout: 15_000 });
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await expectAttr(page, 'MOD-805', 'data-eligible', 'true');
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      assert.ok(controlled, 'the offline page is served by the service worker');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'installable: the page links a web app manifest with a name, theme colours and icons that load',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      assert.ok(href, 'a <link rel="manifest">');
      const manifestUrl = new URL(href, BASE_URL).href;
      const manifest = (await (await page.request.get(manifestUrl)).json()) as {
        name: string;
        short_name: string;
        theme_color: string;
        background_color: string;
        display: string;
        icons: { src: string; sizes: string; type: string }[];
      };
      assert.equal(manifest.name, 'Curriculum Pathway Planner');
      assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
      assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
      assert.equal(manifest.display, 'standalone');
      const sizes = manifest.icons.map((i) => i.sizes);
      assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), sizes.join(', '));
      for (const icon of manifest.icons) {
        const res = await page.request.get(new URL(icon.src, manifestUrl).href);
        assert.equal(res.status(), 200, icon.src);
        assert.equal(res.headers()['content-type']?.split(';')[0], icon.type, icon.src);
      }
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
