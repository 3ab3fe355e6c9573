// Issue 19: the Team board stays responsive with 50 learners' pathway files. Each file is what Save pathway file writes
// for a learner who imported the ../shared curriculum (the seed documents alone when ../shared is not beside the
// repo), with a role goal, a pace and some dated completions. Measures the time from the input's change to 50 rows
// shown and the longest main-thread task (PerformanceObserver 'longtask'), checks progress is shown and that
// Cancel stops a second opening with nothing added.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildCatalog } from '../../src/domain/catalog.ts';
import { indexCatalog } from '../../src/domain/graph.ts';
import { learningPlan } from '../../src/domain/plan.ts';
import type { Profile, SourceDocument, Statuses } from '../../src/domain/types.ts';
import { makeBackup, pathwayFileName } from '../../src/storage/backup.ts';
import {
  CURRICULUM_DIR,
  assertNoErrors,
  closeAll,
  curriculumAvailable,
  filesUnder,
  launchBrowser,
  openFresh,
  openTeamBoard,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const LEARNERS = 50;
const SEED_PATHS = ['000_324099fa0a78e612.txt', '001_c91d14ddef669138.txt', '003_43fa2437df223727.txt'];

/** The documents a learner imported: the ../shared curriculum, or none (the seed catalog) without it. */
function importedDocuments(): SourceDocument[] {
  if (!curriculumAvailable()) return [];
  return filesUnder(CURRICULUM_DIR).map((p) => ({
    path: relative(dirname(CURRICULUM_DIR), p),
    text: readFileSync(p, 'utf8'),
  }));
}

/** 50 pathway files: learner i aims at a role, at 5–9 h/week from 2026-09-07, with i % 9 plan items done weekly. */
function teamFiles(dir: string): { files: string[]; bytes: number } {
  const documents = importedDocuments();
  const seeds = SEED_PATHS.map((f) => ({
    path: `seeds/${f}`,
    text: readFileSync(join(dirname(new URL(import.meta.url).pathname), '../../src/seeds', f), 'utf8'),
  }));
  const index = indexCatalog(buildCatalog([...seeds, ...documents]));
  const roles = index.roles;
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < LEARNERS; i++) {
    const goal = { type: 'role' as const, role: roles[i % roles.length]! };
    const pace = { hoursPerWeek: 5 + (i % 5), startDate: '2026-09-07' };
    const plan = learningPlan(index, {}, goal, pace);
    const statuses: Statuses = {};
    const history: NonNullable<Profile['history']> = {};
    plan.items
      .filter((it) => it.kind !== 'placeholder')
      .slice(0, i % 9)
      .forEach((it, k) => {
        statuses[it.key] = 'completed';
        const day = new Date(Date.UTC(2026, 8, 10 + 7 * k)).toISOString();
        history[it.key] = [{ status: 'completed', at: day }];
      });
    const profile: Profile = {
      id: `learner-${i + 1}`,
      name: `Learner ${String(i + 1).padStart(2, '0')}`,
      statuses,
      goal,
      pace,
      notes: {},
      history,
    };
    const backup = makeBackup([profile], new Date(Date.UTC(2026, 10, 1, 9, i)), profile.id, {
      curriculum: { documents, catalogUrl: null },
    });
    const file = join(dir, pathwayFileName(profile, '2026-11-01'));
    const json = JSON.stringify(backup, null, 1);
    bytes += json.length;
    writeFileSync(file, json);
    files.push(file);
  }
  return { files, bytes };
}

interface Measured {
  openMs: number;
  longestTaskMs: number;
  longTasks: number[];
  progressSeen: boolean;
}

test(
  `the Team board opens ${LEARNERS} learners' pathway files with progress shown, no long freeze, and can cancel`,
  {
    timeout: 180_000,
  },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpp-team50-e2e-'));
    const { files, bytes } = teamFiles(dir);
    const manager = await openFresh(browser);
    try {
      const { page } = manager;
      await openTeamBoard(page);
      const input = page.locator('input[data-action="team-files"]');
      // Clock starts at the input's change event; rows, progress and long tasks are watched from the page itself.
      await input.evaluate((el, learners) => {
        const w = window as unknown as { __team: Record<string, unknown> };
        const m = { t0: 0, t50: 0, longTasks: [] as number[], progressSeen: false };
        w.__team = m;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) m.longTasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask' });
        el.addEventListener('change', () => (m.t0 = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (document.querySelector('[data-team-progress]')) m.progressSeen = true;
          if (!m.t50 && document.querySelectorAll('[data-team-row][data-team-file]').length >= learners)
            m.t50 = performance.now();
        }).observe(document.body, { subtree: true, childList: true });
      }, LEARNERS);
      await input.setInputFiles(files);
      await page.waitForFunction(
        () => (window as unknown as { __team: { t50: number } }).__team.t50 > 0,
        null,
        {
          timeout: 120_000,
        },
      );
      // Long tasks are reported after they end: give the observer a frame.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      const m = await page.evaluate(() => {
        const t = (
          window as unknown as {
            __team: { t0: number; t50: number; longTasks: number[]; progressSeen: boolean };
          }
        ).__team;
        return {
          openMs: Math.round(t.t50 - t.t0),
          longestTaskMs: Math.max(0, ...t.longTasks),
          longTasks: t.longTasks,
          progressSeen: t.progressSeen,
        } satisfies Measured;
      });
      console.log(
        `team board: ${LEARNERS} files (${(bytes / 1e6).toFixed(1)} MB, ${curriculumAvailable() ? '../shared curriculum' : 'seed catalog'}) → ${LEARNERS} rows in ${m.openMs} ms; longest task ${m.longestTaskMs} ms; long tasks ${JSON.stringify(m.longTasks)}`,
      );
      assert.equal(await page.locator('[data-team-row][data-team-file]').count(), LEARNERS);
      assert.equal(await page.locator('[data-team-problem]').count(), 0);
      assert.ok(m.progressSeen, 'progress was shown while the files were read');
      // Generous against a loaded machine; building the curriculum's catalog on the main thread was one ~600 ms task.
      assert.ok(m.longestTaskMs < 400, `longest main-thread task ${m.longestTaskMs} ms`);

      // Cancel: the page presses Cancel once the progress says 5 files are read; nothing of this opening is added.
      await page.evaluate(() => {
        const mo = new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('[data-team-progress] progress');
          if (bar && bar.value >= 5) {
            mo.disconnect();
            document.querySelector<HTMLButtonElement>('[data-action="team-cancel"]')!.click();
          }
        });
        mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await input.setInputFiles(files);
      await page.locator('[data-notice]', { hasText: 'Opening cancelled.' }).waitFor({ timeout: 60_000 });
      await page.locator('[data-team-progress]').waitFor({ state: 'detached', timeout: 10_000 });
      assert.equal(await page.locator('[data-team-row][data-team-file]').count(), LEARNERS);
      assertNoErrors(manager.errors);
    } finally {
      await manager.close();
    }
  },
);
