// Issue 14: progress you can trust. A second definition of a completed project's id (imported through the UI's
// file input, documents written here) leaves the original's status on it; a note typed and left in its box
// survives an immediate reload; "Already know this" marks a card skipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoErrors, closeAll, importInput, launchBrowser, openFresh, viewSettled } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const project = (id: string, title: string, role: string, prerequisites: string) => `# Project Plan

> ${role} | Written for the progress check.

## Project Overview

- **Project ID**: ${id}
- **Project Title**: ${title}
- **Target Role(s)**: ${role}
- **Estimated Duration**: 25 hours
- **Prerequisite Modules / Skills**: ${prerequisites}

## Learning Objectives

- Build ${title.toLowerCase()}.
`;

const module = (id: string, title: string, role: string, prerequisites: string) => `# Module Roadmap

## Module Overview

- **Module ID**: ${id}
- **Module Title**: ${title}
- **Target Role(s)**: ${role}
- **Duration**: 14 hours
- **Prerequisites**: ${prerequisites}
- **Next Module(s)**: None

## Learning Objectives

- Practise ${title.toLowerCase()}.
`;

const file = (name: string, text: string) => ({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });

const card = (page: Page, key: string) => page.locator(`[data-node-key="${key}"]`).first();

async function expectCard(page: Page, key: string, name: string, value: string): Promise<void> {
  try {
    await page
      .locator(`[data-node-key="${key}"][${name}="${value}"]`)
      .first()
      .waitFor({ state: 'attached', timeout: 10_000 });
  } catch {
    const actual = await card(page, key)
      .getAttribute(name)
      .catch(() => '(no such card)');
    assert.fail(`${key}: expected ${name}="${value}", found ${JSON.stringify(actual)}`);
  }
}

test(
  'a second definition of a completed project: the original keeps its status, its dependent stays eligible, the new one is not started',
  { timeout: 90_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await importInput(page).setInputFiles([
        file('harbour/proj-930.md', project('PROJ-930', 'Harbour Sensor Dashboard', 'Port Analyst', 'None')),
        file('harbour/mod-931.md', module('MOD-931', 'Tide Forecast Review', 'Port Analyst', 'PROJ-930')),
      ]);
      await expectCard(page, 'PROJ-930', 'data-status', 'not-started');
      await expectCard(page, 'MOD-931', 'data-eligible', 'false');
      await card(page, 'PROJ-930').locator('[data-action="toggle-complete"]').click();
      await expectCard(page, 'PROJ-930', 'data-status', 'completed');
      await expectCard(page, 'MOD-931', 'data-eligible', 'true');

      await importInput(page).setInputFiles([
        file('rail/proj-930.md', project('PROJ-930', 'Signal Timing Simulator', 'Rail Operator', 'None')),
      ]);
      await expectCard(page, 'PROJ-930@port-analyst', 'data-status', 'completed');
      await expectCard(page, 'PROJ-930@rail-operator', 'data-status', 'not-started');
      await expectCard(page, 'MOD-931', 'data-eligible', 'true');
      const notices = await page
        .locator('[role="status"], [role="alert"], .notice, [data-notice]')
        .allTextContents();
      assert.match(notices.join(' '), /re-attached/i, 'a notice says what was re-attached');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'a note typed and left in its box survives an immediate reload; "Already know this" marks the card skipped',
  { timeout: 90_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      await card(page, 'MOD-805').locator('.card__title').click();
      const box = page.locator('[data-notes-for="MOD-805"] textarea[data-action="edit-note"]').first();
      await box.waitFor({ state: 'visible', timeout: 10_000 });
      await box.fill('Ask Sam about the capstone rubric');
      await page.reload(); // no blur, no pause: pagehide must save it
      await card(page, 'MOD-805').waitFor({ state: 'attached', timeout: 15_000 });
      await viewSettled(page);
      await card(page, 'MOD-805').locator('.card__title').click();
      const again = page.locator('[data-notes-for="MOD-805"] textarea[data-action="edit-note"]').first();
      await again.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await again.inputValue(), 'Ask Sam about the capstone rubric');

      await page.locator('[data-action="mark-skipped"]').first().check();
      await expectCard(page, 'MOD-805', 'data-status', 'skipped');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
