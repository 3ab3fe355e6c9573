// Issue 4 (browser part): choosing a goal role lists a plan and highlights the path on the graph.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoErrors,
  closeAll,
  describeViolations,
  expectAttr,
  launchBrowser,
  openFresh,
  seriousViolations,
  toggleOf,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const ROLE = 'AI Infrastructure Team Lead';

/** Pick a goal through `[data-action="choose-goal"]`, a <select> or a combobox with options. */
async function chooseGoal(page: Page, label: RegExp): Promise<void> {
  const control = page.locator('[data-action="choose-goal"]').first();
  await control.waitFor({ state: 'attached', timeout: 10_000 });
  const tag = await control.evaluate((el) => el.tagName);
  if (tag === 'SELECT') {
    const value = await control.evaluate((el, src) => {
      const re = new RegExp(src, 'i');
      const opt = [...(el as HTMLSelectElement).options].find((o) => re.test(o.label || o.text));
      return opt?.value ?? null;
    }, label.source);
    assert.ok(value !== null, `the goal select offers an option matching ${label}`);
    await control.selectOption(value);
  } else {
    await control.click();
    await page.getByRole('option', { name: label }).first().click();
  }
}

async function planIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-panel="plan"] [data-plan-item]', (els) =>
    els.map((e) => e.getAttribute('data-plan-item') ?? ''),
  );
}

test(
  'choosing the Team Lead role as goal lists MOD-801 → MOD-805 → MOD-807 in prerequisite order',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await chooseGoal(page, new RegExp(ROLE));
      const panel = page.locator('[data-panel="plan"]').first();
      await panel.waitFor({ state: 'visible', timeout: 5_000 });
      await page.locator('[data-panel="plan"] [data-plan-item]').first().waitFor({ timeout: 5_000 });
      const items = await planIds(page);
      for (const id of ['MOD-805', 'MOD-807'])
        assert.ok(items.includes(id), `plan lists ${id}: ${items.join(', ')}`);
      assert.ok(
        !items.includes('MOD-705'),
        'a module of another role that the goal does not need is not in the plan',
      );
      if (items.includes('MOD-801'))
        assert.ok(items.indexOf('MOD-801') < items.indexOf('MOD-805'), 'prerequisite first');
      assert.ok(items.indexOf('MOD-805') < items.indexOf('MOD-807'), 'MOD-805 comes before MOD-807');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'the goal path is highlighted on the graph and nodes off the path are not',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      const marks = () =>
        page.$$eval('[data-node-id]', (els) =>
          Object.fromEntries(
            els.map((el) => {
              const holder = el.closest('.react-flow__node') ?? el;
              const sig = [
                el.getAttribute('data-on-path') ??
                  el.getAttribute('data-highlighted') ??
                  el.getAttribute('data-in-plan') ??
                  '',
                el.className,
                holder.className,
                getComputedStyle(el).opacity,
                getComputedStyle(el).outlineStyle,
                getComputedStyle(el).boxShadow,
              ].join('|');
              return [el.getAttribute('data-node-id') ?? '', sig];
            }),
          ),
        );
      const before = await marks();
      await chooseGoal(page, new RegExp(ROLE));
      await page.locator('[data-panel="plan"] [data-plan-item]').first().waitFor({ timeout: 5_000 });
      // The map has drawn the path once the goal's cards carry data-on-path="true".
      await page.waitForFunction(
        () => document.querySelectorAll('[data-node-id="MOD-807"][data-on-path="true"]').length > 0,
        undefined,
        { timeout: 5_000 },
      );
      const after = await marks();
      const items = await planIds(page);
      // Nodes on the plan look different from before; MOD-705 (another role, not needed) looks different from them.
      for (const id of ['MOD-805', 'MOD-807']) {
        assert.ok(items.includes(id));
        assert.notEqual(after[id], before[id], `${id} changes appearance when it is on the goal path`);
      }
      const pathLook = (sig: string | undefined) =>
        (sig ?? '').split('|').slice(0, 1).join('|') + (sig ?? '').split('|').slice(3).join('|');
      assert.notEqual(
        pathLook(after['MOD-705']),
        pathLook(after['MOD-807']),
        'MOD-705 is not highlighted like the path',
      );
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'the plan follows progress: completing MOD-805 marks it done or drops it from the plan',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await chooseGoal(page, new RegExp(ROLE));
      await page.locator('[data-panel="plan"] [data-plan-item]').first().waitFor({ timeout: 5_000 });
      const before = await page.locator('[data-panel="plan"] [data-plan-item="MOD-805"]').first().innerText();
      const beforeText = await page
        .locator('[data-panel="plan"] [data-plan-item="MOD-805"]')
        .first()
        .evaluate((el) => el.textContent);
      await toggleOf(page, 'MOD-801').click();
      await toggleOf(page, 'MOD-805').click();
      await expectAttr(page, 'MOD-805', 'data-status', 'completed');
      // The plan has followed once MOD-805's item is gone or reads differently.
      await page.waitForFunction(
        (text) => {
          const el = document.querySelector('[data-panel="plan"] [data-plan-item="MOD-805"]');
          return !el || el.textContent !== text;
        },
        beforeText,
        { timeout: 5_000 },
      );
      const still = await page.locator('[data-panel="plan"] [data-plan-item="MOD-805"]').count();
      if (still > 0) {
        const after = await page
          .locator('[data-panel="plan"] [data-plan-item="MOD-805"]')
          .first()
          .innerText();
        assert.notEqual(after, before, 'the plan item shows the new status');
      }
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test('axe-core: no serious or critical violations with a goal chosen and the plan panel open', async () => {
  const s = await openFresh(browser, undefined, { bypassCSP: true });
  const { page } = s;
  try {
    await chooseGoal(page, new RegExp(ROLE));
    await page.locator('[data-panel="plan"] [data-plan-item]').first().waitFor({ timeout: 5_000 });
    const vs = await seriousViolations(page);
    assert.deepEqual(vs, [], describeViolations(vs));
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});
