// Issue 7 item 1 (browser part): with IndexedDB unavailable the planner still works, in memory, and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { assertNoErrors, closeAll, expectAttr, launchBrowser, openFresh, toggleOf } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const BLOCKERS: Record<string, (ctx: BrowserContext) => Promise<unknown>> = {
  // Some embeds and privacy modes have no indexedDB at all.
  'indexedDB is missing': (ctx) =>
    ctx.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    }),
  // Others have it, but opening a database throws (SecurityError / InvalidStateError).
  'indexedDB.open throws': (ctx) =>
    ctx.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    }),
};

for (const [name, block] of Object.entries(BLOCKERS)) {
  test(`storage fault (${name}): an in-memory banner shows and marking progress still works`, async () => {
    const s = await openFresh(browser, block);
    const { page } = s;
    try {
      const banner = page.locator('[data-banner="memory"]');
      await banner.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await banner.innerText(), /only in this tab|memory|not saved|unavailable/i);
      await toggleOf(page, 'MOD-801').click();
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await expectAttr(page, 'MOD-805', 'data-eligible', 'true');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  });
}

test('with working IndexedDB there is no in-memory banner', async () => {
  const s = await openFresh(browser);
  try {
    await s.page.locator('[data-node-id="MOD-805"]').waitFor({ state: 'attached' });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await s.page.locator('[data-banner="memory"]').count(), 0);
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});
