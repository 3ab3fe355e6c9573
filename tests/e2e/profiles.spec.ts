// Issue 5 item 3: profiles are isolated (statuses, notes), survive a reload, and a deleted one comes back with undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoErrors,
  expectAttr,
  launchBrowser,
  nodeEl,
  openFresh,
  toggleOf,
  waitStored,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function newProfile(page: Page, name: string) {
  page.once('dialog', (d) => void d.accept(name));
  await page.locator('[data-action="profile-menu"]').click();
  await page.locator('[data-action="new-profile"]').click();
  await page.locator('[data-action="profile-menu"]').click();
}

async function profileNames(page: Page): Promise<string[]> {
  return page.$$eval('[data-action="switch-profile"] option', (os) => os.map((o) => o.textContent ?? ''));
}

test(
  'each learner has their own statuses and notes; switching shows theirs; it survives a reload',
  { timeout: 90_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await toggleOf(page, 'MOD-801').click();
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await newProfile(page, 'Ana');
      assert.deepEqual((await profileNames(page)).sort(), ['Ana', 'Me']);
      await expectAttr(page, 'MOD-801', 'data-status', 'not-started');
      await toggleOf(page, 'MOD-705').click();
      await expectAttr(page, 'MOD-705', 'data-status', 'completed');

      // A note for Ana on MOD-805: shown in the side panel and as a marker on the node.
      await nodeEl(page, 'MOD-805').click();
      const note = page.locator('[data-action="edit-note"]').first();
      await note.fill('Pair with Ben on the coaching lab');
      await note.blur();
      await nodeEl(page, 'MOD-805').locator('[data-has-note]').waitFor({ timeout: 5_000 });

      const select = page.locator('[data-action="switch-profile"]');
      await select.selectOption({ label: 'Me' });
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await expectAttr(page, 'MOD-705', 'data-status', 'not-started');
      assert.equal(
        await nodeEl(page, 'MOD-805').locator('[data-has-note]').count(),
        0,
        'Me has no note on MOD-805',
      );

      // Before the reload: Me is the active profile on disk, and Ana's note is saved with Ana.
      await waitStored(page, (rec) => {
        const active = rec?.profiles[rec.activeId];
        const ana = Object.values(rec?.profiles ?? {}).find((p) => p.name === 'Ana');
        return active?.name === 'Me' && !!ana?.notes?.['MOD-805'];
      });
      await page.reload();
      await nodeEl(page, 'MOD-801').waitFor({ state: 'attached' });
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      await page.locator('[data-action="switch-profile"]').selectOption({ label: 'Ana' });
      await expectAttr(page, 'MOD-705', 'data-status', 'completed');
      await expectAttr(page, 'MOD-801', 'data-status', 'not-started');
      await nodeEl(page, 'MOD-805').locator('[data-has-note]').waitFor({ timeout: 5_000 });
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test('deleting a profile can be undone', { timeout: 60_000 }, async () => {
  const s = await openFresh(browser);
  const { page } = s;
  try {
    await newProfile(page, 'Ben');
    await toggleOf(page, 'MOD-705').click();
    await expectAttr(page, 'MOD-705', 'data-status', 'completed');
    await page.locator('[data-action="profile-menu"]').click();
    await page.locator('[data-action="delete-profile"]').click();
    assert.deepEqual(await profileNames(page), ['Me']);
    await expectAttr(page, 'MOD-705', 'data-status', 'not-started');
    await page.locator('[data-action="undo-delete-profile"]').click();
    assert.deepEqual((await profileNames(page)).sort(), ['Ben', 'Me']);
    await expectAttr(page, 'MOD-705', 'data-status', 'completed');
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});
