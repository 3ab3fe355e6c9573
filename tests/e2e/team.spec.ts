// Issue 19, Team board (T1, T6): two learners save their pathway files through the app (one and two seed modules
// completed); a manager in a fresh browser opens both plus a truncated copy in Learners → Team. The board shows the
// two learners with done 1 and 2 and names the truncated file with its problem; `npm run --silent team` on the same
// saved files says the same (exit 0).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ROOT,
  assertNoErrors,
  closeAll,
  downloadOf,
  expectAttr,
  launchBrowser,
  openFresh,
  openTeamBoard,
  toggleOf,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

/** Renames the active learner through Manage → Rename… (a prompt). */
async function renameLearner(page: Page, name: string): Promise<void> {
  page.once('dialog', (d) => void d.accept(name));
  await page.locator('[data-action="profile-menu"]').first().click();
  await page.locator('[data-action="rename-profile"]').first().click();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('select[data-action="switch-profile"] option')].some(
        (o) => o.textContent === n,
      ),
    name,
  );
  await page.keyboard.press('Escape');
}

/** A learner in a fresh browser: renamed, `completed` marked on their cards, then Save pathway file. */
async function saveLearner(dir: string, name: string, completed: string[]): Promise<string> {
  const learner = await openFresh(browser);
  try {
    const { page } = learner;
    await renameLearner(page, name);
    for (const id of completed) {
      await toggleOf(page, id).click();
      await expectAttr(page, id, 'data-status', 'completed');
    }
    const { name: fileName, bytes } = await downloadOf(page, 'save-pathway');
    assert.match(fileName, new RegExp(`^pathway-${name.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const file = join(dir, fileName);
    writeFileSync(file, bytes);
    assertNoErrors(learner.errors);
    return file;
  } finally {
    await learner.close();
  }
}

test(
  'T1/T6: two saved pathway files show two rows (done 1 and 2) on the Team board and in `team`; a truncated copy is named as bad',
  { timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpp-team-e2e-'));
    const ana = await saveLearner(dir, 'Ana', ['MOD-705']);
    const ben = await saveLearner(dir, 'Ben', ['MOD-705', 'MOD-805']);
    const anaText = readFileSync(ana, 'utf8');
    const cut = join(dir, 'pathway-ana-cut.json');
    writeFileSync(cut, anaText.slice(0, Math.floor(anaText.length / 2)));

    const manager = await openFresh(browser);
    try {
      const { page } = manager;
      await openTeamBoard(page);
      await page.locator('input[data-action="team-files"]').setInputFiles([ana, ben, cut]);
      await page.locator('[data-team-row][data-team-file]').nth(1).waitFor({ timeout: 30_000 });
      const rows = await page.$$eval('[data-team-row][data-team-file]', (els) =>
        els.map((el) => ({
          name: el.getAttribute('data-team-row'),
          done: el.getAttribute('data-done'),
          file: el.getAttribute('data-team-file'),
        })),
      );
      assert.deepEqual(
        rows.sort((a, b) => String(a.name).localeCompare(String(b.name))),
        [
          { name: 'Ana', done: '1', file: ana.split('/').pop() },
          { name: 'Ben', done: '2', file: ben.split('/').pop() },
        ],
      );
      // Besides the files' rows only the manager's own learner ("Me", this browser) is on the board.
      assert.equal(await page.locator('[data-team-row]').count(), 3);
      const problem = page.locator('[data-team-problem="pathway-ana-cut.json"]');
      assert.match((await problem.textContent()) ?? '', /pathway-ana-cut\.json left out: .*truncated/i);
      assert.equal(await page.locator('[data-team-problem]').count(), 1);
      // A modal dialog: focus is inside it, Esc closes it, and focus goes back to the learner menu's item.
      assert.ok(
        await page.evaluate(() => !!document.activeElement?.closest('[data-panel="team"]')),
        'focus is inside the team board',
      );
      await page.keyboard.press('Escape');
      await page.locator('[data-panel="team"]').waitFor({ state: 'detached', timeout: 5_000 });
      assertNoErrors(manager.errors);
    } finally {
      await manager.close();
    }

    const r = spawnSync('npm', ['run', '--silent', 'team', '--', ana, ben, cut], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      learners: { name: string; done: number }[];
      problems: { file: string; problem: string }[];
    };
    assert.deepEqual(out.learners.map((l) => [l.name, l.done]).sort(), [
      ['Ana', 1],
      ['Ben', 2],
    ]);
    assert.equal(out.problems.length, 1);
    assert.match(out.problems[0]!.file, /pathway-ana-cut\.json$/);
    assert.match(out.problems[0]!.problem, /truncated/i);
    assert.match(r.stderr, /pathway-ana-cut\.json/);
  },
);
