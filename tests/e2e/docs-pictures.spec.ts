// The README's pictures of a learner's path on the ../shared curriculum (issue 13): the map with *Path only* at
// 1600 × 1000 (docs/screenshot-path.png) and the 16:9 path picture a manager pastes on a slide (docs/path-picture.png),
// written by this browser test so they show the app as it is. Skips visibly when ../shared is not beside the repo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  assertNoErrors,
  closeAll,
  CURRICULUM_DIR,
  CURRICULUM_SKIP,
  curriculumAvailable,
  downloadOf,
  expectAttr,
  filesUnder,
  importInput,
  launchBrowser,
  nodeEl,
  openFresh,
  ROOT,
  settle,
  toggleOf,
} from './helpers.ts';

const GOAL = 'Senior AI Infrastructure Engineer';
const DONE = ['MOD-001', 'MOD-002'];

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

test(
  'README pictures: Path only on the curriculum at 1600 × 1000, and the 16:9 path picture',
  { timeout: 120_000 },
  async (t) => {
    if (!curriculumAvailable()) {
      console.log(`# SKIP ${CURRICULUM_SKIP}`);
      t.skip(CURRICULUM_SKIP);
      return;
    }
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await importInput(page).setInputFiles(filesUnder(CURRICULUM_DIR));
      await nodeEl(page, 'MOD-001').waitFor({ state: 'attached', timeout: 30_000 });
      for (const id of DONE) {
        await toggleOf(page, id).click();
        await expectAttr(page, id, 'data-status', 'completed');
      }
      const goal = page.locator('[data-action="choose-goal"]').first();
      const value = await goal.evaluate(
        (el, name) =>
          [...(el as HTMLSelectElement).options].find((o) => o.text.trim() === name)?.value ?? null,
        GOAL,
      );
      assert.ok(value, `the goal select offers ${GOAL}`);
      await goal.selectOption(value);
      await page.getByLabel('Hours per week').fill('8');
      await page.locator('[data-panel="plan"] [data-plan-item]').first().waitFor({ timeout: 10_000 });
      const planned = await page.$$eval('[data-panel="plan"] [data-plan-item]', (els) =>
        els.map((e) => e.getAttribute('data-plan-item') ?? ''),
      );
      assert.ok(planned.length >= 20, `a long path to ${GOAL}: ${planned.length} steps`);
      // Esc in the hours field belongs to the field: leave it, then Esc closes the panel.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Escape');
      await page.locator('[data-panel="plan"]').waitFor({ state: 'detached', timeout: 5_000 });

      // Path only: the path and the completed nodes right before it, laid out by themselves, at fit view.
      await page.locator('[data-action="path-only"]').click();
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('[data-on-path="true"]').length === n &&
          !document.querySelector('.graph[data-revealing]'),
        planned.length,
        { timeout: 15_000 },
      );
      const shown = await page.$$eval('[data-node-id]', (els) =>
        els.map((e) => [e.getAttribute('data-node-id'), e.getAttribute('data-status')]),
      );
      for (const [id, status] of shown)
        assert.ok(
          planned.includes(id ?? '') || status === 'completed',
          `${id} is on the path or completed before it`,
        );
      for (const close of await page.locator('[data-notice] button').all())
        await close.click().catch(() => {});
      await settle(page);
      const shot = await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-path.png') });
      assert.ok(shot.length > 10_000, 'path screenshot written');

      // The path picture: 16:9, every step of the plan on it.
      const png = await downloadOf(page, 'export-path-png');
      const size = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
      assert.ok(
        JSON.stringify(size) === '[1920,1080]' || JSON.stringify(size) === '[3840,2160]',
        `1920 × 1080 or 3840 × 2160: ${size.join(' × ')}`,
      );
      writeFileSync(join(ROOT, 'docs', 'path-picture.png'), png.bytes);
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
