// Issue 3 item 3: marking a node complete recomputes eligibility of its dependents at once.
import { test, before, after } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertNoErrors, closeAll, expectAttr, launchBrowser, openFresh, toggleOf } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

test('completing placeholder MOD-801 makes MOD-805 eligible; completing MOD-805 makes MOD-807 eligible', async () => {
  const s = await openFresh(browser);
  const { page } = s;
  try {
    await expectAttr(page, 'MOD-805', 'data-eligible', 'false');
    await toggleOf(page, 'MOD-801').click();
    await expectAttr(page, 'MOD-801', 'data-status', 'completed');
    await expectAttr(page, 'MOD-801', 'data-eligible', 'false'); // completed nodes are not "eligible"
    await expectAttr(page, 'MOD-805', 'data-eligible', 'true');
    await expectAttr(page, 'MOD-807', 'data-eligible', 'false');

    await toggleOf(page, 'MOD-805').click();
    await expectAttr(page, 'MOD-805', 'data-status', 'completed');
    await expectAttr(page, 'MOD-807', 'data-eligible', 'true');
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

test('toggling a completed node again un-completes it and blocks its dependents again', async () => {
  const s = await openFresh(browser);
  const { page } = s;
  try {
    await toggleOf(page, 'MOD-801').click();
    await expectAttr(page, 'MOD-805', 'data-eligible', 'true');
    await toggleOf(page, 'MOD-801').click();
    await expectAttr(page, 'MOD-801', 'data-status', 'not-started');
    await expectAttr(page, 'MOD-801', 'data-eligible', 'true');
    await expectAttr(page, 'MOD-805', 'data-eligible', 'false');
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

test('a node with two prerequisites stays blocked until both are completed (MOD-705 needs MOD-210 and MOD-402)', async () => {
  const s = await openFresh(browser);
  const { page } = s;
  try {
    await toggleOf(page, 'MOD-210').click();
    await expectAttr(page, 'MOD-210', 'data-status', 'completed');
    await expectAttr(page, 'MOD-705', 'data-eligible', 'false');
    await toggleOf(page, 'MOD-402').click();
    await expectAttr(page, 'MOD-705', 'data-eligible', 'true');
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});
