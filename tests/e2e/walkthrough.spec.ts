// Issue 5 item 6: the walkthrough steps through the learning plan in plan order with → and ←, and Esc closes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoErrors, launchBrowser, openFresh } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function currentStep(page: Page): Promise<string> {
  const el = page.locator('[data-walkthrough-step]').first();
  await el.waitFor({ timeout: 5_000 });
  return (await el.getAttribute('data-walkthrough-step')) ?? '';
}

test('without a goal the walkthrough asks for one', { timeout: 60_000 }, async () => {
  const s = await openFresh(browser);
  try {
    await s.page.locator('[data-action="walkthrough"]').click();
    const panel = s.page.locator('[data-panel="walkthrough"]');
    await panel.waitFor({ timeout: 5_000 });
    assert.match((await panel.textContent()) ?? '', /Pick a goal/);
    await s.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: 5_000 });
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

test(
  'walkthrough steps through the plan in plan order, back and forth, and closes with Esc',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await page
        .locator('[data-action="choose-goal"]')
        .selectOption({ label: 'AI Infrastructure Team Lead' });
      await page.locator('[data-panel="plan"] [data-plan-item]').first().waitFor({ timeout: 5_000 });
      const plan = await page.$$eval('[data-panel="plan"] [data-plan-item]', (els) =>
        els.map((e) => e.getAttribute('data-plan-item') ?? ''),
      );
      assert.ok(plan.length >= 2, `a plan to walk: ${plan.join(', ')}`);

      await page.locator('[data-action="walkthrough"]').click();
      const seen = [await currentStep(page)];
      for (let i = 1; i < plan.length; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (n) =>
            document.querySelector('[data-walkthrough-step]')?.getAttribute('data-step-index') === String(n),
          i,
        );
        seen.push(await currentStep(page));
      }
      assert.deepEqual(seen, plan, 'steps follow the plan order');
      await page.keyboard.press('ArrowRight');
      assert.equal(await currentStep(page), plan.at(-1), '→ on the last step stays there');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        (n) =>
          document.querySelector('[data-walkthrough-step]')?.getAttribute('data-step-index') === String(n),
        plan.length - 2,
      );
      assert.equal(await currentStep(page), plan.at(-2));
      // The graph zoomed to the step's node: it is selected and on screen.
      const box = await page
        .locator(`[data-node-id="${plan.at(-2)}"]`)
        .first()
        .boundingBox();
      assert.ok(box && box.x >= 0 && box.y >= 0 && box.x < 1600 && box.y < 1000, 'the step node is in view');
      assert.match((await page.locator('[data-panel="walkthrough"]').textContent()) ?? '', /Why now/);
      await page.keyboard.press('Escape');
      await page.locator('[data-panel="walkthrough"]').waitFor({ state: 'detached', timeout: 5_000 });
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
