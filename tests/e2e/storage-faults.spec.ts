// Issue 7 item 1 (browser part, beyond faults.spec.ts which covers the in-memory banner): quota exceeded on write
// → a visible error and the earlier stored data intact after a reload; the in-memory banner's backup download;
// data from a newer schema is never overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  assertNoErrors,
  closeAll,
  type ErrorLog,
  expectAttr,
  gotoApp,
  launchBrowser,
  newWatchedPage,
  openFresh,
  tempProfile,
  toggleOf,
  readStored,
  storedStatuses,
  waitStoredStatuses,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

test(
  'quota exceeded: a visible error, nothing half-written, earlier progress intact after reload',
  { timeout: 90_000 },
  async () => {
    const profile = tempProfile();
    const context = await profile.open();
    const errors: ErrorLog = [];
    try {
      const page = await newWatchedPage(context, errors);
      await gotoApp(page);
      await toggleOf(page, 'MOD-801').click();
      await waitStoredStatuses(page, (s) => s['MOD-801'] === 'completed');

      // The disk is now full: every put throws, as Chromium does when the origin's quota is used up.
      await page.evaluate(() => {
        IDBObjectStore.prototype.put = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await toggleOf(page, 'MOD-805').click();
      await expectAttr(page, 'MOD-805', 'data-status', 'completed'); // the tab keeps working in memory
      const notice = page.locator('[data-notice="error"]').filter({ hasText: /storage is full/i });
      await notice.first().waitFor({ state: 'visible', timeout: 5_000 });
      assert.match(await notice.first().innerText(), /NOT saved/);

      await page.reload(); // the stub lived in the old document only
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await expectAttr(page, 'MOD-805', 'data-status', 'not-started');
      assert.deepEqual(await storedStatuses(page), { 'MOD-801': 'completed' });
      assertNoErrors(errors);
    } finally {
      await context.close();
      profile.dispose();
    }
  },
);

test(
  'in-memory mode: "Download a backup" saves a planner backup holding the progress made',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser, (ctx) =>
      ctx.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      }),
    );
    const { page } = s;
    try {
      await page.locator('[data-banner="memory"]').waitFor({ state: 'visible', timeout: 10_000 });
      await toggleOf(page, 'MOD-801').click();
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="download-backup"]').click(),
      ]);
      assert.match(download.suggestedFilename(), /^planner-backup-.*\.json$/);
      const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
        format: string;
        profiles: { statuses: Record<string, string> }[];
      };
      assert.equal(backup.format, 'curriculum-pathway-planner/backup');
      assert.deepEqual(backup.profiles[0]?.statuses, { 'MOD-801': 'completed' });
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'data written by a newer schema: the tab asks for a reload and never overwrites it',
  { timeout: 90_000 },
  async () => {
    const profile = tempProfile();
    const context = await profile.open();
    const errors: ErrorLog = [];
    try {
      const page = await newWatchedPage(context, errors);
      await gotoApp(page);
      await toggleOf(page, 'MOD-801').click();
      await waitStoredStatuses(page, (s) => s['MOD-801'] === 'completed');
      // A future planner rewrites the profiles record with schema 99.
      const future = await page.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('curriculum-pathway-planner');
            open.onsuccess = () => {
              const tx = open.result.transaction('records', 'readwrite');
              const store = tx.objectStore('records');
              const req = store.get('planner/profiles');
              req.onsuccess = () => {
                const next = { ...(req.result as object), schemaVersion: 99, futureField: 'keep me' };
                store.put(next, 'planner/profiles');
                tx.oncomplete = () => (open.result.close(), resolve(next));
              };
            };
            open.onerror = () => reject(open.error);
          }),
      );
      await page.reload();
      await page
        .locator('[data-notice="error"]')
        .filter({ hasText: /newer version/i })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 });
      // The message floats over the top of the map; the learner closes it, then keeps clicking.
      await page
        .locator('[data-notice="error"]')
        .filter({ hasText: /newer version/i })
        .first()
        .getByRole('button', { name: 'Dismiss message' })
        .click();
      await toggleOf(page, 'MOD-210').click();
      await new Promise((r) => setTimeout(r, 800));
      assert.deepEqual(await readStored(page, 'planner/profiles'), future);
      assertNoErrors(errors);
    } finally {
      await context.close();
      profile.dispose();
    }
  },
);
