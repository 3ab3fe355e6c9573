// Issue 7 item 2: two tabs on the planner never lose each other's changes. Both pages share one persistent
// profile (one IndexedDB); each marks a different node; each tab shows the other's change, and a reload shows both.
import { test, after } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import {
  assertNoErrors,
  closeAll,
  type ErrorLog,
  expectAttr,
  gotoApp,
  newWatchedPage,
  tempProfile,
  toggleOf,
} from './helpers.ts';

after(closeAll);

test(
  'two tabs mark different nodes at the same time; both tabs and a reload show both',
  { timeout: 90_000 },
  async () => {
    const profile = tempProfile();
    const context: BrowserContext = await profile.open();
    const errors: ErrorLog = [];
    try {
      const a = await newWatchedPage(context, errors);
      const b = await newWatchedPage(context, errors);
      await Promise.all([gotoApp(a), gotoApp(b)]);
      // Clicked together, so each write races the other's.
      await Promise.all([toggleOf(a, 'MOD-801').click(), toggleOf(b, 'MOD-210').click()]);
      await expectAttr(a, 'MOD-801', 'data-status', 'completed');
      await expectAttr(b, 'MOD-210', 'data-status', 'completed');
      // Each tab hears of the other's change (BroadcastChannel) without a reload.
      await expectAttr(a, 'MOD-210', 'data-status', 'completed', 10_000);
      await expectAttr(b, 'MOD-801', 'data-status', 'completed', 10_000);

      // Then a few alternating changes, and a reload of a third page.
      await toggleOf(b, 'MOD-805').click();
      await toggleOf(a, 'MOD-210').click(); // a un-marks what b marked
      await expectAttr(b, 'MOD-210', 'data-status', 'not-started', 10_000);
      await expectAttr(a, 'MOD-805', 'data-status', 'completed', 10_000);
      const c = await newWatchedPage(context, errors);
      await gotoApp(c);
      await expectAttr(c, 'MOD-801', 'data-status', 'completed');
      await expectAttr(c, 'MOD-805', 'data-status', 'completed');
      await expectAttr(c, 'MOD-210', 'data-status', 'not-started');
      await a.reload();
      await expectAttr(a, 'MOD-801', 'data-status', 'completed');
      await expectAttr(a, 'MOD-805', 'data-status', 'completed');
      assertNoErrors(errors);
    } finally {
      await context.close();
      profile.dispose();
    }
  },
);
