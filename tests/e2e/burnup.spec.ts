// Issue 19: the burn-up in the app, photographed for the README. A learner's pathway file (ten Platform Engineer
// modules, a role goal, 8 h/week from 2026-09-07, four modules completed on different dates: ahead in September,
// stalled since) is opened through the import input with the clock at 2026-11-30. The toolbar says 26 days behind
// (BU4: 66 h done is where the planned line was on 3 Nov), its button opens the plan with the chart, and the chart is
// written to docs/burnup.png (1600 × 1000) and docs/burnup-phone.png (390 × 844).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Profile } from '../../src/domain/types.ts';
import { makeBackup } from '../../src/storage/backup.ts';
import {
  BASE_URL,
  ROOT,
  assertNoErrors,
  closeAll,
  importInput,
  launchBrowser,
  openFresh,
  settle,
  watchErrors,
  type ErrorLog,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const ROLE = 'Platform Engineer';
const TODAY = new Date('2026-11-30T10:00:00');
/** id, title, hours, prerequisites. */
const MODULES: [string, string, number, string[]][] = [
  ['MOD-101', 'Linux Foundations', 16, []],
  ['MOD-102', 'Networking Basics', 12, ['MOD-101']],
  ['MOD-103', 'Containers', 20, ['MOD-101']],
  ['MOD-104', 'Kubernetes Core', 24, ['MOD-103']],
  ['MOD-105', 'Infrastructure as Code', 18, ['MOD-102']],
  ['MOD-106', 'Observability', 14, ['MOD-104']],
  ['MOD-107', 'CI/CD Pipelines', 16, ['MOD-105']],
  ['MOD-108', 'Service Mesh', 20, ['MOD-106']],
  ['MOD-109', 'Reliability Engineering', 22, ['MOD-106', 'MOD-107']],
  ['MOD-110', 'Platform Capstone', 30, ['MOD-108', 'MOD-109']],
];
/** 16 + 12 + 20 + 18 = 66 h, the first three ahead of the 8 h/week line, then nothing since 9 Nov. */
const COMPLETED: [string, string][] = [
  ['MOD-101', '2026-09-10'],
  ['MOD-102', '2026-09-18'],
  ['MOD-103', '2026-10-05'],
  ['MOD-105', '2026-11-09'],
];

function roadmap([id, title, hours, prerequisites]: (typeof MODULES)[number]) {
  return {
    path: `platform/${id.toLowerCase()}.md`,
    text: [
      '# Module Roadmap',
      '',
      '## Module Overview',
      '',
      `- **Module ID**: ${id}`,
      `- **Module Title**: ${title}`,
      `- **Target Role(s)**: ${ROLE}`,
      `- **Duration**: ${hours} hours`,
      `- **Prerequisites**: ${prerequisites.length ? prerequisites.join(', ') : 'None'}`,
      '',
    ].join('\n'),
  };
}

function pathwayFile(): string {
  const profile: Profile = {
    id: 'ana',
    name: 'Ana',
    statuses: Object.fromEntries(COMPLETED.map(([id]) => [id, 'completed' as const])),
    goal: { type: 'role', role: ROLE },
    pace: { hoursPerWeek: 8, startDate: '2026-09-07' },
    notes: {},
    history: Object.fromEntries(
      COMPLETED.map(([id, date]) => [id, [{ status: 'completed' as const, at: `${date}T16:00:00.000Z` }]]),
    ),
  };
  const backup = makeBackup([profile], TODAY, profile.id, {
    curriculum: { documents: MODULES.map(roadmap), catalogUrl: null },
  });
  const file = join(mkdtempSync(join(tmpdir(), 'cpp-burnup-e2e-')), 'pathway-ana-2026-11-30.json');
  writeFileSync(file, JSON.stringify(backup, null, 1));
  return file;
}

const fixClock = (ctx: BrowserContext) => ctx.clock.setFixedTime(TODAY);

async function openPathway(page: Page, file: string): Promise<void> {
  await importInput(page).setInputFiles(file);
  await page.locator('[data-burnup-status]').first().waitFor({ state: 'attached', timeout: 30_000 });
}

test(
  'burn-up: 26 days behind after a stall; the chart is photographed at 1600 × 1000 and on a phone',
  {
    timeout: 120_000,
  },
  async () => {
    const file = pathwayFile();
    // At 2× so the README's picture of the panel is sharp; the layout is the 1600 × 1000 one.
    const desk = await openFresh(browser, fixClock, { deviceScaleFactor: 2 });
    try {
      const { page } = desk;
      await openPathway(page, file);
      const status = page.locator('[data-burnup-status]').first();
      assert.equal(await status.getAttribute('data-behind-days'), '26');
      assert.equal(await status.getAttribute('data-burnup-status'), 'behind');
      await status.click();
      const chart = page.locator('[data-burnup]').first();
      await chart.waitFor({ state: 'visible', timeout: 15_000 });
      assert.match(
        (await page.locator('[data-burnup-summary]').textContent()) ?? '',
        /^66 of 192 hours done, 26 days behind the plan, projected finish 2027-03-20 \(planned 2027-02-21\)\.$/,
      );
      await chart.scrollIntoViewIfNeeded();
      await settle(page);
      // The chart's 12 px text is drawn at 12 px: the picture is laid out for the panel's width, not scaled down.
      const img = (await page.locator('.burnup__chart').boundingBox())!;
      const drawnWidth = Number(await page.locator('.burnup__chart').getAttribute('width'));
      assert.ok(
        Math.abs(img.width - drawnWidth) <= 2,
        `chart drawn ${drawnWidth} px wide, shown ${img.width} px`,
      );
      // README: the plan panel's chart and caption (the whole window goes to the temp folder).
      const panel = (await page.locator('[data-side-panel="plan"]').boundingBox())!;
      const figure = (await chart.boundingBox())!;
      const png = await page.screenshot({
        path: join(ROOT, 'docs', 'burnup.png'),
        clip: { x: panel.x, y: panel.y, width: panel.width, height: figure.y + figure.height + 12 - panel.y },
      });
      assert.ok(png.length > 10_000, `screenshot is a real picture (${png.length} bytes)`);
      await page.screenshot({ path: join(tmpdir(), 'burnup-1600x1000.png') });
      assertNoErrors(desk.errors);
    } finally {
      await desk.close();
    }

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      colorScheme: 'light',
    });
    try {
      await fixClock(context);
      const page = await context.newPage();
      const errors: ErrorLog = [];
      watchErrors(page, errors);
      await page.goto(BASE_URL, { waitUntil: 'load' });
      await page.locator('[data-outline-id]').first().waitFor({ state: 'visible', timeout: 15_000 });
      await openPathway(page, file);
      await page.evaluate(() =>
        (window as unknown as { __planner: { getState(): { openPanel(p: string): void } } }).__planner
          .getState()
          .openPanel('plan'),
      );
      const chart = page.locator('[data-burnup]').first();
      await chart.waitFor({ state: 'visible', timeout: 15_000 });
      await chart.scrollIntoViewIfNeeded();
      await settle(page);
      const box = (await chart.boundingBox())!;
      assert.ok(
        box.x >= 0 && box.x + box.width <= 390 + 1,
        `the chart fits the phone (${JSON.stringify(box)})`,
      );
      await page.screenshot({ path: join(ROOT, 'docs', 'burnup-phone.png') });
      assertNoErrors(errors);
    } finally {
      await context.close();
    }
  },
);
