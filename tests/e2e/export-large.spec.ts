// Issue 5 item 1 / issue 6: a 2,000-node catalog exports as a PNG without freezing the page, with progress shown,
// and Cancel really stops it (no download). The app says what the picture holds: the whole graph when it can be drawn
// readably within a canvas-safe size, otherwise the compact overview (which one depends on the layout's extent).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Download } from 'playwright-core';
import { assertNoErrors, importSynthetic, launchBrowser, openFresh, revealAction } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test(
  '2,000 nodes: PNG export shows progress, finishes readable (whole graph or overview), and Cancel stops a second one',
  { timeout: 120_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await importSynthetic(page, 2000);
      const downloads: Download[] = [];
      page.on('download', (d) => downloads.push(d));

      // 1. A whole export: progress with a percentage, then the file.
      // Settled either way, so a failure further down is reported as itself, not as this wait's "page closed".
      const first = page.waitForEvent('download', { timeout: 60_000 }).then(
        (d) => d,
        (e: unknown) => e as Error,
      );
      await (await revealAction(page, 'export-png')).click();
      // The progress lives in the Share menu (it stays mounted when the menu closes, so attached is what counts).
      const progress = page.locator('[data-export-progress]');
      await progress.waitFor({ state: 'attached', timeout: 10_000 });
      assert.match((await progress.textContent()) ?? '', /Exporting… \d+%/);
      const dl = await first;
      if (dl instanceof Error) throw dl;
      assert.match(dl.suggestedFilename(), /^path-me-\d{4}-\d{2}-\d{2}\.png$/);
      const bytes = readFileSync(await dl.path());
      assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
      const width = bytes.readUInt32BE(16);
      const height = bytes.readUInt32BE(20);
      assert.ok(
        width >= 2000 && width <= 16_384 && height >= 2000 && height <= 16_384,
        `canvas-safe size: ${width} × ${height}`,
      );
      assert.ok(bytes.length > 200_000, `a picture with content: ${bytes.length} bytes`);
      await page
        .getByText(/Saved path-me-.*(compact overview of all |whole graph \()2,0\d\d nodes/)
        .first()
        .waitFor({ timeout: 5_000 });
      await progress.waitFor({ state: 'detached', timeout: 5_000 });

      // 2. Cancel while it runs: the progress goes away, the app says so, and no file comes.
      const before = downloads.length;
      await (await revealAction(page, 'export-png')).click();
      await progress.waitFor({ state: 'attached', timeout: 10_000 });
      await (await revealAction(page, 'export-cancel')).click();
      await page.getByText('Export cancelled.').first().waitFor({ timeout: 5_000 });
      await progress.waitFor({ state: 'detached', timeout: 5_000 });
      await page.waitForTimeout(5_000);
      assert.equal(downloads.length, before, 'no download after Cancel');
      assert.equal(
        await page.locator('[data-action="export-png"]').first().isDisabled(),
        false,
        'export can be started again',
      );
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
