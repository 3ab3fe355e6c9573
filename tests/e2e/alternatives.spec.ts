// Issue 15 (browser part of R30 / E1 / P9): documents imported through the file input where MOD-614 needs
// "Either MOD-611 or MOD-612; MOD-613" (tests/fixtures/alternatives). With MOD-611 and MOD-613 completed MOD-614
// is eligible and the plan to it lists MOD-614 alone; with only MOD-613 completed the plan takes one alternative
// (MOD-612, fewer hours) and names the other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ROOT,
  assertNoErrors,
  closeAll,
  expectAttr,
  importInput,
  launchBrowser,
  nodeEl,
  openFresh,
  toggleOf,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'alternatives');
const FILES = ['MOD-611.md', 'MOD-612.md', 'MOD-613.md', 'MOD-614.md'].map((f) => join(FIXTURES, f));

async function planIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-panel="plan"] [data-plan-item]', (els) =>
    els.map((e) => e.getAttribute('data-plan-item') ?? ''),
  );
}

/** Waits until the plan list holds exactly `expected` (the plan recomputes after each status change). */
async function expectPlan(page: Page, expected: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('[data-panel="plan"] [data-plan-item]')]
          .map((e) => e.getAttribute('data-plan-item'))
          .join(' ') === want.join(' '),
      expected,
      { timeout: 10_000 },
    );
  } catch {
    assert.deepEqual(await planIds(page), expected, 'the plan list');
  }
}

/** Selects MOD-614 on the map and makes it the goal through the goal picker's "Reach a node" option. */
async function goalMod614(page: Page): Promise<void> {
  await nodeEl(page, 'MOD-614').locator('.card__title').click();
  const picker = page.locator('[data-action="choose-goal"]').first();
  await page.locator('[data-action="choose-goal"] option[value="select:MOD-614"]').waitFor({
    state: 'attached',
    timeout: 5_000,
  });
  await picker.selectOption('select:MOD-614');
  await page.locator('[data-panel="plan"]').first().waitFor({ state: 'visible', timeout: 5_000 });
}

test(
  'MOD-614 needs "Either MOD-611 or MOD-612; MOD-613": eligibility and the plan list follow the any-of group',
  { timeout: 90_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await importInput(page).setInputFiles(FILES);
      await nodeEl(page, 'MOD-614').waitFor({ state: 'attached', timeout: 20_000 });
      await page.locator('.graph:not([data-revealing])').waitFor({ state: 'attached', timeout: 15_000 });
      await expectAttr(page, 'MOD-614', 'data-eligible', 'false');

      // MOD-611 (one member of the group) and MOD-613 (required): MOD-614 is eligible without MOD-612.
      await toggleOf(page, 'MOD-611').click();
      await expectAttr(page, 'MOD-611', 'data-status', 'completed');
      await expectAttr(page, 'MOD-614', 'data-eligible', 'false'); // MOD-613 still missing
      await toggleOf(page, 'MOD-613').click();
      await expectAttr(page, 'MOD-613', 'data-status', 'completed');
      await expectAttr(page, 'MOD-614', 'data-eligible', 'true');
      await expectAttr(page, 'MOD-612', 'data-status', 'not-started');

      await goalMod614(page);
      await expectPlan(page, ['MOD-614']);
      assert.equal(
        await page.locator('[data-panel="plan"] [data-plan-alternatives]').count(),
        0,
        'no alternative is offered when the group is already satisfied',
      );

      // Only MOD-613 completed: the plan takes MOD-612 (8 h, fewer than MOD-611's 10 h) and names MOD-611.
      await toggleOf(page, 'MOD-611').click();
      await expectAttr(page, 'MOD-611', 'data-status', 'not-started');
      await expectAttr(page, 'MOD-614', 'data-eligible', 'false');
      await expectPlan(page, ['MOD-612', 'MOD-614']);
      const alternatives = page.locator('[data-plan-item="MOD-612"] [data-plan-alternatives]').first();
      assert.equal(await alternatives.getAttribute('data-plan-alternatives'), 'MOD-611');
      assert.match(await alternatives.innerText(), /or instead: MOD-611/);
      // On the map: the chosen one is on the path, the other is marked as an alternative.
      await expectAttr(page, 'MOD-612', 'data-on-path', 'true');
      await expectAttr(page, 'MOD-611', 'data-plan-alternative', 'true');
      await expectAttr(page, 'MOD-611', 'data-on-path', 'false');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
