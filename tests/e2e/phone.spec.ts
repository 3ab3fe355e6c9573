// Issue 17 item 2: on a phone (390 × 844, mobile emulation) the list is the default view; nothing scrolls sideways,
// every visible control lies inside the screen and is a 44 px touch target, the list holds every seed node, a
// toggle in the list updates eligibility, axe finds nothing serious in light and dark. Writes docs/phone-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  BASE_URL,
  ROOT,
  assertNoErrors,
  closeAll,
  describeViolations,
  launchBrowser,
  seriousViolations,
  settle,
  watchErrors,
  type ErrorLog,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const PHONE = { width: 390, height: 844 };

async function openPhone(colorScheme: 'light' | 'dark' = 'light', bypassCSP = false) {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    colorScheme,
    bypassCSP,
  });
  const page = await context.newPage();
  const errors: ErrorLog = [];
  watchErrors(page, errors);
  await page.goto(BASE_URL, { waitUntil: 'load' });
  await page.locator('[data-outline-id]').first().waitFor({ state: 'visible', timeout: 15_000 });
  return { context, page, errors, close: () => context.close() };
}

const item = (page: Page, id: string) => page.locator(`[data-outline-id="${id}"]`).first();

/** The page's width, and every visible control that sticks out of the screen or is smaller than 44 × 44 px. */
function layoutProblems(page: Page) {
  // No named functions inside: the test runner's transform would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex="0"]'),
    ]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          r.height > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          !el.closest('.visually-hidden')
        );
      })
      .map((el) => ({
        el,
        r: el.getBoundingClientRect(),
        label: `${el.tagName.toLowerCase()}${el.dataset.action ? `[data-action=${el.dataset.action}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
      }));
    return {
      pageWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      screen: innerWidth,
      outside: controls.filter((c) => c.r.left < -1 || c.r.right > innerWidth + 1).map((c) => c.label),
      // A radio or checkbox is reached through its label, which is the target; the map's own canvas is not a control.
      small: controls
        .filter((c) => !(c.el instanceof HTMLInputElement && ['radio', 'checkbox'].includes(c.el.type)))
        .filter((c) => !c.el.closest('.react-flow__renderer, .react-flow__minimap'))
        .filter((c) => c.r.width < 43.5 || c.r.height < 43.5)
        .map((c) => `${c.label} ${Math.round(c.r.width)}×${Math.round(c.r.height)}`),
    };
  });
}

async function expectFits(page: Page, where: string) {
  const p = await layoutProblems(page);
  assert.ok(
    p.pageWidth <= p.screen,
    `${where}: the page is ${p.pageWidth} px wide on a ${p.screen} px screen`,
  );
  assert.deepEqual(p.outside, [], `${where}: controls outside the screen`);
  assert.deepEqual(p.small, [], `${where}: touch targets under 44 px`);
}

test(
  'phone: the list is the default, holds every seed node, fits the screen, and a toggle there makes MOD-805 eligible',
  { timeout: 120_000 },
  async () => {
    const s = await openPhone();
    const { page } = s;
    try {
      assert.equal(await page.locator('.graph').count(), 0, 'the map is not shown by default on a phone');
      const seedIds = await page.evaluate(() =>
        (
          globalThis as unknown as {
            __planner: { getState(): { catalog: { nodes: { id: string }[] } } };
          }
        ).__planner
          .getState()
          .catalog.nodes.map((n) => n.id)
          .sort(),
      );
      const listed = (await page
        .locator('[data-outline-id]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-outline-id')!))) as string[];
      assert.equal(seedIds.length, 11);
      assert.deepEqual([...listed].sort(), seedIds, 'the list holds every seed node once');
      await settle(page);
      await expectFits(page, 'list');
      await page.screenshot({ path: join(ROOT, 'docs', 'phone-list.png') });

      assert.equal(await item(page, 'MOD-805').getAttribute('data-eligible'), 'false');
      assert.match((await item(page, 'MOD-805').textContent()) ?? '', /Needs MOD-801/);
      await item(page, 'MOD-801').locator('[data-action="toggle-complete"]').tap();
      await page.locator('[data-outline-id="MOD-801"][data-status="completed"]').waitFor({ timeout: 5_000 });
      await page.locator('[data-outline-id="MOD-805"][data-eligible="true"]').waitFor({ timeout: 5_000 });
      assert.match((await item(page, 'MOD-805').textContent()) ?? '', /Ready to start/);
      assert.match(
        (await page.locator('[data-announcer]').textContent()) ?? '',
        /MOD-805 is now ready to start/,
      );

      // A node's panel: full screen, its close button in view.
      await item(page, 'MOD-805').locator('[data-action="open-details"]').tap();
      const panel = page.locator('[data-side-panel="details"]');
      await panel.waitFor({ state: 'visible' });
      const box = await panel.boundingBox();
      assert.ok(
        box && box.x <= 0 && box.width >= PHONE.width - 1,
        `the panel covers the screen: ${JSON.stringify(box)}`,
      );
      assert.ok(await page.locator('[data-action="close-panel"]').isVisible(), 'the close button is visible');
      await settle(page);
      await expectFits(page, 'node panel');
      await page.screenshot({ path: join(ROOT, 'docs', 'phone-panel.png') });
      await page.locator('[data-action="close-panel"]').tap();
      await panel.waitFor({ state: 'detached' });

      // The toolbar is a menu; open, it fits too. A goal from it opens the plan full screen.
      assert.equal(
        await page.locator('[data-action="choose-goal"]').isVisible(),
        false,
        'the goal sits in the menu',
      );
      await page.locator('[data-action="toolbar-menu"]').tap();
      await expectFits(page, 'open menu');
      await page
        .locator('[data-action="choose-goal"]')
        .selectOption({ label: 'AI Infrastructure Team Lead' });
      const plan = page.locator('[data-side-panel="plan"]');
      await plan.waitFor({ state: 'visible' });
      await settle(page);
      await expectFits(page, 'plan panel');
      await page.screenshot({ path: join(ROOT, 'docs', 'phone-plan.png') });
      await page.locator('[data-action="close-panel"]').tap();

      // The map is one tap away and fits as well.
      await page.locator('[data-action="show-map"]').tap();
      await page.locator('[data-node-id="MOD-805"]').waitFor({ state: 'attached', timeout: 15_000 });
      await settle(page);
      const map = await layoutProblems(page);
      assert.ok(map.pageWidth <= map.screen, `map: the page is ${map.pageWidth} px wide`);
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

for (const scheme of ['light', 'dark'] as const) {
  test(`phone: axe-core finds no serious or critical violation in the list and a panel (${scheme})`, async () => {
    const s = await openPhone(scheme, true);
    const { page } = s;
    try {
      await settle(page);
      let vs = await seriousViolations(page);
      assert.deepEqual(vs, [], describeViolations(vs));
      await item(page, 'MOD-805').locator('[data-action="open-details"]').tap();
      await page.locator('[data-side-panel="details"]').waitFor({ state: 'visible' });
      await settle(page);
      vs = await seriousViolations(page);
      assert.deepEqual(vs, [], describeViolations(vs));
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  });
}
