// Issue 6: a 2,000-node catalog opens readable where the learner can start, with only the cards in view in the
// DOM; Fit shows the whole map drawn on one canvas (no cards), and a click on a box there zooms in to that card.
// After a reload the catalog (read from IndexedDB in a worker, in parts) and the progress are back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoErrors, importSynthetic, launchBrowser, openFresh, waitStoredStatuses } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const zoomOf = (page: Page) =>
  page.evaluate(() => {
    const m = /scale\(([\d.]+)\)/.exec(
      (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '',
    );
    return m ? Number(m[1]) : NaN;
  });

test(
  '2,000 nodes: readable start with only visible cards, Fit draws the overview, a click zooms in',
  { timeout: 120_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await importSynthetic(page, 2000);
      // The reveal and the start view settle: wait for the state, not a fixed time (a busy machine takes longer).
      await page.locator('.graph:not([data-revealing])').waitFor({ state: 'attached', timeout: 30_000 });
      await page.locator('.react-flow__node [data-eligible="true"]').first().waitFor({ timeout: 15_000 });
      // The layout has landed (Re-layout is enabled again): the start view it brings will not move the camera later.
      await page.locator('[data-action="relayout"]:not([disabled])').waitFor({ timeout: 30_000 });

      // 1. Readable zoom, a card the learner can start on screen, and only a screenful of cards in the DOM.
      const zoom = await zoomOf(page);
      assert.ok(zoom >= 0.6, `opens at a readable zoom, got ${zoom}`);
      const cards = await page.locator('.react-flow__node').count();
      assert.ok(cards > 3 && cards < 200, `only the cards in view are in the DOM: ${cards}`);
      const ready = page.locator('.react-flow__node [data-eligible="true"]');
      assert.ok((await ready.count()) > 0, 'a card the learner can start is shown');
      await ready.first().locator('[data-action="toggle-complete"]').click();
      await page.locator('[data-progress="done"]', { hasText: /^1$/ }).waitFor({ timeout: 5_000 });
      assert.equal(
        await page.locator('[data-testid=overview-canvas]').count(),
        0,
        'no overview while cards are readable',
      );

      // 2. Fit: the whole map on one canvas, no cards in the DOM, a hint that says what to do.
      await page.locator('.react-flow__controls-fitview').click();
      const overview = page.locator('[data-testid=overview-canvas]');
      await overview.waitFor({ state: 'attached', timeout: 10_000 });
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector('[data-testid=overview-canvas]')?.getAttribute('data-drawn-nodes') ?? 0,
          ) > 1000,
        undefined,
        { timeout: 10_000 },
      );
      assert.ok((await zoomOf(page)) < 0.3, 'fitted far out');
      assert.equal(
        await page.locator('.react-flow__node:visible').count(),
        0,
        'no cards drawn in the overview',
      );
      await page.getByText('Zoomed out: click a card to zoom in to it').waitFor({ timeout: 5_000 });

      // 3. A click on a box zooms in to that card: aim at a pixel of a role-coloured stripe the overview drew.
      const hit = await page.evaluate(() => {
        const c = document.querySelector('[data-testid=overview-canvas]') as HTMLCanvasElement;
        const ctx = c.getContext('2d')!;
        const r = c.getBoundingClientRect();
        const dpr = c.width / r.width;
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let y = Math.floor(120 * dpr); y < c.height - 140 * dpr; y += 2) {
          for (let x = Math.floor(60 * dpr); x < c.width - 200 * dpr; x += 2) {
            const i = (y * c.width + x) * 4;
            const [red, green, blue, alpha] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
            if (alpha > 250 && Math.max(red, green, blue) - Math.min(red, green, blue) > 80)
              return { x: r.left + x / dpr + 1, y: r.top + y / dpr };
          }
        }
        return null;
      });
      assert.ok(hit, 'the overview drew role-coloured boxes');
      await page.mouse.click(hit.x, hit.y);
      await overview.waitFor({ state: 'detached', timeout: 10_000 });
      assert.ok((await zoomOf(page)) >= 0.6, 'zoomed in to a readable zoom');
      const count = await page.locator('.react-flow__node').count();
      assert.ok(count > 0 && count < 200, `cards are back, only those in view: ${count}`);

      // 4. Reload: the big catalog is read from IndexedDB in a worker, in parts; the catalog and the progress are back.
      const total = await page.locator('[data-progress="total"]').textContent();
      assert.ok(Number(total) >= 2000, `the total counts the big catalog: ${total}`);
      await waitStoredStatuses(page, (st) => Object.values(st).filter((v) => v === 'completed').length === 1);
      await page.reload();
      await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
      await page
        .locator('[data-progress="total"]', { hasText: new RegExp(`^${total}$`) })
        .waitFor({ timeout: 30_000 });
      assert.equal(
        await page.locator('[data-progress="done"]').textContent(),
        '1',
        'the completed card is still completed',
      );
      const workerRead = await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /catalogReadWorker/.test(e.name)),
      );
      assert.ok(workerRead, 'the stored catalog was read by the catalog-read worker');
      // The unchanged catalog is not laid out again: its stored layout is used, and no layout worker starts.
      await page.locator('.graph:not([data-revealing])').waitFor({ state: 'attached', timeout: 30_000 });
      const layoutWorkers = await page.evaluate(
        () =>
          performance.getEntriesByType('resource').filter((e) => /\/worker-[^/]*\.js(\?|$)/.test(e.name))
            .length,
      );
      assert.equal(layoutWorkers, 0, 'no layout worker was started on reload');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
