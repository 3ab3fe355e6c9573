// Issue 7 item 2 (browser part): two tabs on one profile never lose each other's changes.
import { test, after } from 'node:test';
import {
  assertNoErrors,
  closeAll,
  expectAttr,
  gotoApp,
  newWatchedPage,
  tempProfile,
  toggleOf,
  type ErrorLog,
} from './helpers.ts';

after(closeAll);

// (Two tabs marking different nodes then reloading is covered by two-tabs.spec.ts.)
test(
  'a change in one tab shows up in the other without a reload, and neither overwrites the other',
  { timeout: 60_000 },
  async () => {
    const profile = tempProfile();
    const context = await profile.open();
    const errors: ErrorLog = [];
    try {
      const a = await newWatchedPage(context, errors);
      const b = await newWatchedPage(context, errors);
      await gotoApp(a);
      await gotoApp(b);
      await toggleOf(a, 'MOD-801').click();
      await expectAttr(b, 'MOD-801', 'data-status', 'completed', 10_000);
      await expectAttr(b, 'MOD-805', 'data-eligible', 'true');
      // B now marks another node: A's change must survive B's write.
      await toggleOf(b, 'MOD-402').click();
      await expectAttr(a, 'MOD-402', 'data-status', 'completed', 10_000);
      await expectAttr(a, 'MOD-801', 'data-status', 'completed');
      const c = await newWatchedPage(context, errors);
      await gotoApp(c);
      await expectAttr(c, 'MOD-801', 'data-status', 'completed');
      await expectAttr(c, 'MOD-402', 'data-status', 'completed');
      assertNoErrors(errors);
    } finally {
      await context.close();
      profile.dispose();
    }
  },
);
