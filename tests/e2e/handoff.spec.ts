// Issue 16: a learner's path handed to someone else with no server. On documents written here and imported
// through the UI, with one module completed and a role goal: the share link (at most 8,000 characters) opens in a
// fresh context with that module completed and every node of the path — the whole catalog when it fits, the path
// only (and the banner says so) when it does not. The pathway file saved there opens in another fresh context through
// the import input with the same; a truncated one is refused, naming the problem, and nothing stored changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  allNodes,
  assertNoErrors,
  closeAll,
  expectAttr,
  importInput,
  launchBrowser,
  nodeEl,
  openFresh,
  revealAction,
  toggleOf,
  waitStoredStatuses,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

export interface Module {
  id: string;
  title: string;
  role: string;
  hours: number;
  prerequisites: string[];
}

export function roadmapFile(m: Module) {
  const text = [
    '# Module Roadmap',
    '',
    '## Module Overview',
    '',
    `- **Module ID**: ${m.id}`,
    `- **Module Title**: ${m.title}`,
    `- **Target Role(s)**: ${m.role}`,
    `- **Duration**: ${m.hours} hours (${m.hours / 2} lecture, ${m.hours / 2} lab)`,
    `- **Prerequisites**: ${m.prerequisites.length ? m.prerequisites.join(', ') : 'None'}`,
    '',
    '## Learning Objectives',
    '',
    `- Understand ${m.title.toLowerCase()} well enough to teach it.`,
    '',
  ].join('\n');
  return { name: `${m.id.toLowerCase()}.md`, mimeType: 'text/markdown', buffer: Buffer.from(text) };
}

export const GOAL_ROLE = 'Data Steward';
/** A small curriculum: foundations, a Data Steward track needing two of them, and an unrelated role. */
export const SMALL: Module[] = [
  { id: 'MOD-310', title: 'Working with Tables', role: 'Foundations', hours: 6, prerequisites: [] },
  { id: 'MOD-311', title: 'Queries and Joins', role: 'Foundations', hours: 8, prerequisites: ['MOD-310'] },
  { id: 'MOD-312', title: 'Shell Basics', role: 'Foundations', hours: 4, prerequisites: [] },
  { id: 'MOD-320', title: 'Data Contracts', role: GOAL_ROLE, hours: 10, prerequisites: ['MOD-311'] },
  { id: 'MOD-321', title: 'Lineage and Catalogs', role: GOAL_ROLE, hours: 12, prerequisites: ['MOD-320'] },
  {
    id: 'MOD-322',
    title: 'Stewardship Capstone',
    role: GOAL_ROLE,
    hours: 16,
    prerequisites: ['MOD-321', 'MOD-312'],
  },
  { id: 'MOD-330', title: 'Incident Drills', role: 'Operator', hours: 6, prerequisites: ['MOD-312'] },
];
/** Done on the sender's side; MOD-311 (needs it) and the whole Data Steward track are the path. */
export const DONE = 'MOD-310';
export const PATH = ['MOD-311', 'MOD-312', 'MOD-320', 'MOD-321', 'MOD-322'];

/** 400 modules with titles deflate cannot shrink, beside the small curriculum: too large for a link. */
function bulk(): Module[] {
  let seed = 29;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
  const word = () => Array.from({ length: 8 }, letter).join('');
  return Array.from({ length: 400 }, (_, i) => ({
    id: `MOD-${5000 + i}`,
    title: `${word()} ${word()} ${word()}`,
    role: 'Bulk',
    hours: 2,
    prerequisites: i % 4 ? [`MOD-${4999 + i}`] : [],
  }));
}

/** Imports the modules through the import input and waits until the catalog holds the last one. */
export async function importModules(page: Page, modules: Module[]): Promise<void> {
  await importInput(page).setInputFiles(modules.map(roadmapFile));
  await page.waitForFunction(
    (id) =>
      (window as unknown as { __planner: { getState(): { catalog: { nodes: { id: string }[] } } } }).__planner
        .getState()
        .catalog.nodes.some((n) => n.id === id),
    modules.at(-1)!.id,
    { timeout: 60_000 },
  );
}

export async function chooseRoleGoal(page: Page, role: string): Promise<void> {
  const select = page.locator('select[data-action="choose-goal"]').first();
  await select.waitFor({ state: 'attached', timeout: 10_000 });
  await select.selectOption(`role:${role}`);
}

/**
 * Marks a module completed through its card, brought into view first as a search would (big catalogs draw only what
 * is near; asked for while the import's layout is still pending, the card is centred once it lands).
 */
export async function complete(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (key) =>
      (window as unknown as { __planner: { getState(): { focusNode(k: string): void } } }).__planner
        .getState()
        .focusNode(key),
    id,
  );
  const toggle = nodeEl(page, id).locator('[data-action="toggle-complete"]').first();
  await toggle.waitFor({ state: 'visible', timeout: 30_000 });
  await toggle.click({ timeout: 30_000 });
  await expectAttr(page, id, 'data-status', 'completed', 15_000);
}

async function makeShareLink(page: Page): Promise<string> {
  await (await revealAction(page, 'share-link')).click();
  const field = page.locator('[data-share-url]').first();
  await field.waitFor({ state: 'attached', timeout: 15_000 });
  const url = (await field.getAttribute('data-share-url')) ?? '';
  assert.match(url, /#share=v1\.[A-Za-z0-9_-]+$/);
  return url;
}

/** Opens the link in a fresh context and checks the done module and every path node are there. */
async function openLinkAndCheck(
  url: string,
  expectedIds: string[],
): Promise<{ ids: Set<string>; banner: string }> {
  const visitor = await openFresh(browser);
  try {
    const v = visitor.page;
    await v.goto(url);
    await v.locator('[data-session="shared"]').waitFor({ timeout: 20_000 });
    await nodeEl(v, DONE).waitFor({ state: 'attached', timeout: 20_000 });
    const nodes = await allNodes(v);
    const ids = new Set(nodes.map((n) => n.id));
    for (const id of expectedIds) assert.ok(ids.has(id), `${id} (on the path) is shown to the visitor`);
    await expectAttr(v, DONE, 'data-status', 'completed');
    for (const id of PATH) await expectAttr(v, id, 'data-status', 'not-started');
    const banner = (await v.locator('[data-session="shared"]').textContent()) ?? '';
    assertNoErrors(visitor.errors);
    return { ids, banner };
  } finally {
    await visitor.close();
  }
}

test(
  'share link of an imported curriculum with a role goal: ≤ 8,000 characters, opens with the done module and the whole path',
  { timeout: 120_000 },
  async () => {
    const sender = await openFresh(browser);
    try {
      const { page } = sender;
      await importModules(page, SMALL);
      await complete(page, DONE);
      await chooseRoleGoal(page, GOAL_ROLE);
      const url = await makeShareLink(page);
      console.log(`small curriculum share link: ${url.length} characters`);
      assert.ok(url.length <= 8000, `link is ${url.length} characters`);
      const { ids, banner } = await openLinkAndCheck(url, [DONE, ...PATH]);
      assert.ok(ids.has('MOD-330'), 'the whole catalog travelled (it fits)');
      assert.doesNotMatch(banner, /path only/i);
      assertNoErrors(sender.errors);
    } finally {
      await sender.close();
    }
  },
);

test(
  'share link of a curriculum too large for a link: carries the path only, says so, still ≤ 8,000 characters',
  { timeout: 180_000 },
  async () => {
    const sender = await openFresh(browser);
    try {
      const { page } = sender;
      const modules = [...bulk(), ...SMALL];
      await importModules(page, modules);
      await complete(page, DONE);
      await chooseRoleGoal(page, GOAL_ROLE);
      const url = await makeShareLink(page);
      const note = (await page.locator('.share-link__result').textContent()) ?? '';
      console.log(
        `400-module curriculum share link: ${url.length} characters (${note.match(/path only[^.]*/)?.[0]})`,
      );
      assert.ok(url.length <= 8000, `link is ${url.length} characters`);
      const { ids, banner } = await openLinkAndCheck(url, [DONE, ...PATH]);
      assert.ok(!ids.has('MOD-330') && !ids.has('MOD-5000'), 'nodes off the path stay behind');
      const total = await page.evaluate(
        () =>
          (
            window as unknown as { __planner: { getState(): { catalog: { nodes: unknown[] } } } }
          ).__planner.getState().catalog.nodes.length,
      );
      assert.match(banner, new RegExp(`path only — ${ids.size} of ${total} nodes`, 'i'));
      assertNoErrors(sender.errors);
    } finally {
      await sender.close();
    }
  },
);

async function savePathway(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    (await revealAction(page, 'save-pathway')).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'cpp-pathway-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test(
  'pathway file: saved from the sender, opened through the import input in a fresh context, shows the done module and the whole path',
  { timeout: 120_000 },
  async () => {
    const sender = await openFresh(browser);
    const mentor = await openFresh(browser);
    try {
      const { page } = sender;
      await importModules(page, SMALL);
      await complete(page, DONE);
      await chooseRoleGoal(page, GOAL_ROLE);
      const file = await savePathway(page);
      console.log(`pathway file for the small curriculum: ${statSync(file).size} bytes`);
      assert.match(file, /pathway-me-\d{4}-\d{2}-\d{2}\.json$/);

      const m = mentor.page;
      await importInput(m).setInputFiles(file);
      await nodeEl(m, DONE).waitFor({ state: 'attached', timeout: 20_000 });
      const ids = new Set((await allNodes(m)).map((n) => n.id));
      for (const id of [DONE, ...PATH]) assert.ok(ids.has(id), `${id} is restored`);
      await expectAttr(m, DONE, 'data-status', 'completed');
      assert.equal(
        await m.locator('select[data-action="choose-goal"]').first().inputValue(),
        `role:${GOAL_ROLE}`,
      );
      // It was stored (the save runs in its own tasks after the import): a reload shows the same.
      await waitStoredStatuses(m, (st) => Object.values(st).includes('completed'));
      await m.reload();
      await nodeEl(m, DONE).waitFor({ state: 'attached', timeout: 20_000 });
      await expectAttr(m, DONE, 'data-status', 'completed');
      assertNoErrors(sender.errors);
      assertNoErrors(mentor.errors);
    } finally {
      await sender.close();
      await mentor.close();
    }
  },
);

test(
  'a truncated pathway file is refused with a message saying it is truncated, and nothing stored changes',
  { timeout: 120_000 },
  async () => {
    const sender = await openFresh(browser);
    const other = await openFresh(browser);
    try {
      await importModules(sender.page, SMALL);
      await complete(sender.page, DONE);
      const text = readFileSync(await savePathway(sender.page), 'utf8');

      const o = other.page;
      await toggleOf(o, 'MOD-805').click();
      await expectAttr(o, 'MOD-805', 'data-status', 'completed');
      await waitStoredStatuses(o, (st) => st['MOD-805'] === 'completed');
      await importInput(o).setInputFiles({
        name: 'pathway-me.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
      });
      const notice = o.locator('[data-notice="error"]').first();
      await notice.waitFor({ timeout: 15_000 });
      assert.match((await notice.textContent()) ?? '', /pathway-me\.json: .*truncated/i);
      assert.equal(await nodeEl(o, DONE).count(), 0, 'no document of the file was added');
      await o.reload();
      await nodeEl(o, 'MOD-805').waitFor({ state: 'attached', timeout: 20_000 });
      await expectAttr(o, 'MOD-805', 'data-status', 'completed');
      assert.equal(await nodeEl(o, DONE).count(), 0, 'nothing of the file was stored');
      assertNoErrors(sender.errors);
      assertNoErrors(other.errors);
    } finally {
      await sender.close();
      await other.close();
    }
  },
);
