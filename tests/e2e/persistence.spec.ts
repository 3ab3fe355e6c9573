// Issue 3 items 4 and 6: statuses and dragged positions survive a reload; a click right before closing the tab
// is not lost. Each test uses its own on-disk profile (launchPersistentContext) so IndexedDB outlives the page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoErrors,
  closeAll,
  type ErrorLog,
  expectAttr,
  flowPosition,
  gotoApp,
  newWatchedPage,
  nodeEl,
  tempProfile,
  toggleOf,
} from './helpers.ts';

after(closeAll);

test('statuses are kept across a reload', { timeout: 60_000 }, async () => {
  const profile = tempProfile();
  const context = await profile.open();
  const errors: ErrorLog = [];
  try {
    const page = await newWatchedPage(context, errors);
    await gotoApp(page);
    await toggleOf(page, 'MOD-801').click();
    await toggleOf(page, 'MOD-805').click();
    await expectAttr(page, 'MOD-805', 'data-status', 'completed');
    await page.reload();
    await nodeEl(page, 'MOD-805').waitFor({ state: 'attached' });
    await expectAttr(page, 'MOD-801', 'data-status', 'completed');
    await expectAttr(page, 'MOD-805', 'data-status', 'completed');
    await expectAttr(page, 'MOD-807', 'data-status', 'not-started');
    await expectAttr(page, 'MOD-807', 'data-eligible', 'true');
    assertNoErrors(errors);
  } finally {
    await context.close();
    profile.dispose();
  }
});

test('statuses survive closing the whole browser and starting it again', { timeout: 60_000 }, async () => {
  const profile = tempProfile();
  const errors: ErrorLog = [];
  try {
    const first = await profile.open();
    const page = await newWatchedPage(first, errors);
    await gotoApp(page);
    await toggleOf(page, 'MOD-210').click();
    await expectAttr(page, 'MOD-210', 'data-status', 'completed');
    await page.close({ runBeforeUnload: true });
    await first.close();

    const second = await profile.open();
    try {
      const again = await newWatchedPage(second, errors);
      await gotoApp(again);
      await expectAttr(again, 'MOD-210', 'data-status', 'completed');
    } finally {
      await second.close();
    }
    assertNoErrors(errors);
  } finally {
    profile.dispose();
  }
});

test('closing the tab right after a click loses nothing', { timeout: 60_000 }, async () => {
  const profile = tempProfile();
  const context = await profile.open();
  const errors: ErrorLog = [];
  try {
    const page = await newWatchedPage(context, errors);
    await gotoApp(page);
    await toggleOf(page, 'MOD-801').click();
    // No wait: pagehide/visibilitychange must flush the pending write.
    await page.close({ runBeforeUnload: true });

    const next = await newWatchedPage(context, errors);
    await gotoApp(next);
    await expectAttr(next, 'MOD-801', 'data-status', 'completed');
    await expectAttr(next, 'MOD-805', 'data-eligible', 'true');
    assertNoErrors(errors);
  } finally {
    await context.close();
    profile.dispose();
  }
});

test('a dragged node keeps its position across a reload', { timeout: 60_000 }, async () => {
  const profile = tempProfile();
  const context = await profile.open();
  const errors: ErrorLog = [];
  try {
    const page = await newWatchedPage(context, errors);
    await gotoApp(page);
    const before = await flowPosition(page, 'MOD-807');
    const box = await nodeEl(page, 'MOD-807').boundingBox();
    assert.ok(box, 'MOD-807 is rendered with a box');
    // Grab the node near its top-left corner (away from the toggle control) and move it.
    const x = box.x + Math.min(12, box.width / 4);
    const y = box.y + Math.min(10, box.height / 4);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x + 15 * i, y + 9 * i);
    await page.mouse.up();
    const dragged = await flowPosition(page, 'MOD-807');
    assert.ok(
      Math.hypot(dragged.x - before.x, dragged.y - before.y) > 40,
      `the drag moved the node (before ${JSON.stringify(before)}, after ${JSON.stringify(dragged)})`,
    );
    await page.reload(); // no wait: pagehide must flush the position
    await nodeEl(page, 'MOD-807').waitFor({ state: 'attached' });
    const restored = await flowPosition(page, 'MOD-807');
    assert.ok(
      Math.abs(restored.x - dragged.x) < 1.5 && Math.abs(restored.y - dragged.y) < 1.5,
      `position after reload ${JSON.stringify(restored)} equals the dragged one ${JSON.stringify(dragged)}`,
    );
    assertNoErrors(errors);
  } finally {
    await context.close();
    profile.dispose();
  }
});

test(
  'closing the tab right after two quick clicks keeps both (the second is a batched write)',
  { timeout: 60_000 },
  async () => {
    const profile = tempProfile();
    const context = await profile.open();
    const errors: ErrorLog = [];
    try {
      const page = await newWatchedPage(context, errors);
      await gotoApp(page);
      await toggleOf(page, 'MOD-210').click();
      await toggleOf(page, 'MOD-402').click();
      await page.close({ runBeforeUnload: true });

      const next = await newWatchedPage(context, errors);
      await gotoApp(next);
      await expectAttr(next, 'MOD-210', 'data-status', 'completed');
      await expectAttr(next, 'MOD-402', 'data-status', 'completed');
      assertNoErrors(errors);
    } finally {
      await context.close();
      profile.dispose();
    }
  },
);
