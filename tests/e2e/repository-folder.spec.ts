// Issue 15 (R42, R44, R45): a whole repository folder — a few curriculum documents beside ~3,000 unrelated files
// (.js, .json, binary .png, READMEs and notes of no curriculum) — imported through the folder input. No `error` for a
// file that is not a curriculum document, the skipped-files summary counts them all, and the main thread has no
// task over 50 ms (PerformanceObserver 'longtask') from the input's change until the import notice appears.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { assertNoErrors, closeAll, launchBrowser, nodeEl, openFresh } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const roadmap = (id: number, prereq: string) => `# Module Roadmap

> Harbour Pilot | Module ${id} of the repository fixture.

## Module Overview

- **Module ID**: MOD-${id}
- **Module Title**: Harbour module ${id}
- **Target Role(s)**: Harbour Pilot
- **Duration**: Lecture ⏱ 4 hours | Labs ⏱ 6 hours
- **Prerequisites**: ${prereq}

## Learning Objectives

- Read the tide tables of module ${id}.
`;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/**
 * The renderer main thread's tasks between the `import-change` and `import-notice` marks: how many, and the
 * longest by CPU time (`tdur`, the thread's own time; a task under way at the change counts its share after it)
 * and by wall time.
 */
function mainThreadTasks(buffer: Buffer): { tasks: number; longestCpuMs: number; longestWallMs: number } {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name && e.ph !== 'X');
  const change = mark('import-change');
  const notice = mark('import-notice');
  assert.ok(change && notice, 'the trace holds the import-change and import-notice marks');
  let tasks = 0;
  let longestCpuMs = 0;
  let longestWallMs = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== change.pid || e.tid !== change.tid) continue;
    const dur = e.dur ?? 0;
    const from = Math.max(e.ts, change.ts);
    const to = Math.min(e.ts + dur, notice.ts);
    if (to <= from || dur === 0) continue;
    tasks++;
    const share = (to - from) / dur;
    longestCpuMs = Math.max(longestCpuMs, ((e.tdur ?? dur) * share) / 1000);
    longestWallMs = Math.max(longestWallMs, (to - from) / 1000);
  }
  return { tasks, longestCpuMs, longestWallMs };
}

interface Folder {
  dir: string;
  curriculum: number;
  /** Files that are not curriculum documents (read and skipped, or refused by type). */
  unrelated: number;
}

/** A repository folder of `total` files: 6 roadmaps, the rest unrelated code, data, images and prose. */
function repositoryFolder(total: number): Folder {
  const dir = mkdtempSync(join(tmpdir(), 'cpp-repo-folder-'));
  const root = join(dir, 'harbour-curriculum');
  const write = (rel: string, body: string | Buffer) => {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, body);
  };
  const ids = [971, 972, 973, 974, 975, 976];
  ids.forEach((id, i) => write(`modules/mod-${id}/README.md`, roadmap(id, i ? `MOD-${ids[i - 1]}` : 'None')));
  let n = ids.length;
  let k = 0;
  while (n < total) {
    const pkg = `packages/pkg-${Math.floor(k / 20)}`;
    switch (k % 6) {
      case 0:
        write(`${pkg}/src/file-${k}.js`, `export function f${k}(x) {\n  return x * ${k};\n}\n`.repeat(8));
        break;
      case 1:
        write(
          `${pkg}/data-${k}.json`,
          JSON.stringify({ name: `pkg-${k}`, version: '1.0.0', deps: { a: '^1' } }),
        );
        break;
      case 2:
        write(
          `${pkg}/assets/img-${k}.png`,
          Buffer.from(Array.from({ length: 700 }, (_, i) => (i * 31 + k) % 256)),
        );
        break;
      case 3:
        write(
          `${pkg}/README.md`.replace('README', `README-${k}`),
          `# Package ${k}\n\nRun \`npm install\` and \`npm test\`.\n\n## API\n\n- \`f${k}(x)\` multiplies.\n`,
        );
        break;
      case 4:
        write(`${pkg}/notes-${k}.txt`, `Meeting notes ${k}: nothing about modules here.\n`.repeat(4));
        break;
      default:
        write(`${pkg}/config-${k}.yaml`, `name: pkg-${k}\nscripts:\n  test: vitest\n`);
    }
    n++;
    k++;
  }
  return { dir, curriculum: ids.length, unrelated: total - ids.length };
}

test(
  'a 3,000-file repository folder: no error for unrelated files, one skipped-files line with the count, no long task',
  { timeout: 120_000 },
  async () => {
    const folder = repositoryFolder(3000);
    const s = await openFresh(browser);
    const { page } = s;
    try {
      const input = page.locator('input[type=file][data-action="import-folder"]').first();
      // Long tasks and the two moments that bound the import: the input's change and the import notice (also as
      // user-timing marks, which the trace carries).
      await page.evaluate(`(() => {
        window.__longTasks = [];
        window.__importWindow = { change: null, notice: null };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask' });
        document.querySelector('input[data-action="import-folder"]').addEventListener('change', () => {
          window.__importWindow.change = performance.now();
          performance.mark('import-change');
        }, { capture: true });
        new MutationObserver(() => {
          if (window.__importWindow.notice === null && document.querySelector('[data-notice-slot="import"]')) {
            window.__importWindow.notice = performance.now();
            performance.mark('import-notice');
          }
        }).observe(document.body, { childList: true, subtree: true });
      })()`);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await input.setInputFiles(join(folder.dir, 'harbour-curriculum'));
      await page.waitForFunction(
        () =>
          (window as unknown as { __importWindow: { notice: number | null } }).__importWindow.notice !== null,
        null,
        { timeout: 90_000 },
      );
      const trace = mainThreadTasks(await browser.stopTracing());
      const { tasks, window: span } = (await page.evaluate(`(() => ({
        tasks: window.__longTasks,
        window: window.__importWindow,
      }))()`)) as {
        tasks: { start: number; duration: number }[];
        window: { change: number; notice: number };
      };
      // A task under way when the change fired (the browser building the 3,000-entry file list) counts only
      // from the change on: that part is the planner's handler and what follows it in the same task.
      const longTasks = tasks
        .map((t) => Math.min(t.start + t.duration, span.notice) - Math.max(t.start, span.change))
        .filter((ms) => ms > 50);
      const load = loadavg()[0]!;
      const cores = cpus().length;
      console.log(
        `# 3,000-file folder: input change → import notice ${(span.notice - span.change).toFixed(0)} ms; ` +
          `longtask observer: ${longTasks.length} over 50 ms ${JSON.stringify(longTasks.map(Math.round))}; ` +
          `main-thread CPU per task: longest ${trace.longestCpuMs.toFixed(1)} ms over ${trace.tasks} tasks ` +
          `(wall ${trace.longestWallMs.toFixed(1)} ms); load ${load.toFixed(1)} on ${cores} cores`,
      );
      // The page's own work: no task on the main thread used over 50 ms of CPU (the trace's thread time).
      assert.ok(trace.tasks > 0, 'the trace holds the main-thread tasks of the import');
      assert.ok(
        trace.longestCpuMs < 50,
        `no main-thread task over 50 ms of CPU (longest ${trace.longestCpuMs.toFixed(1)} ms)`,
      );
      // Wall-clock long tasks also count CPU time other processes took: asserted on a machine that is not busy.
      if (load < cores)
        assert.deepEqual(longTasks, [], 'the longtask observer saw no task over 50 ms after the change');
      else if (longTasks.length)
        console.log(`# longtask observer not asserted: the machine is busy (load ${load.toFixed(1)})`);
      await nodeEl(page, 'MOD-976').waitFor({ state: 'attached', timeout: 20_000 });
      const state = (await page.evaluate(`(() => {
        const st = window.__planner.getState();
        return { diagnostics: st.catalog.diagnostics, notice: st.notices.find((n) => n.slot === 'import') };
      })()`)) as {
        diagnostics: { file: string | null; code: string; severity: string }[];
        notice: { text: string };
      };
      const errors = state.diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors, [], 'no error diagnostic: every unrelated file is info');
      assert.match(
        state.notice.text,
        new RegExp(
          `^Imported \\d+ files: ${folder.curriculum} documents read; nodes \\+${folder.curriculum} added`,
        ),
      );
      assert.match(state.notice.text, new RegExp(`0 errors; ${folder.unrelated} files skipped`));
      // The Diagnostics panel: one summary line with the count, not thousands of rows.
      await page.locator('[data-action="open-diagnostics"]').first().click();
      const summary = page.locator('[data-diagnostics-skipped]').first();
      await summary.waitFor({ state: 'visible', timeout: 5_000 });
      assert.equal(await summary.getAttribute('data-diagnostics-skipped-count'), String(folder.unrelated));
      assert.match(
        await summary.innerText(),
        new RegExp(`${folder.unrelated} files skipped: not curriculum documents`),
      );
      assert.ok(
        (await page.locator('[data-panel="diagnostics"] .diag-list .diag').count()) < 50,
        'the skipped files are not one row each',
      );
      await summary.locator('summary').click();
      await page.locator('[data-skipped-file]').first().waitFor({ state: 'visible', timeout: 5_000 });
      assertNoErrors(s.errors);
    } finally {
      await s.close();
      rmSync(folder.dir, { recursive: true, force: true });
    }
  },
);
