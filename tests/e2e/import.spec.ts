// Issue 3 item 5/9: every file of ../shared/curriculum goes through the file input and merges into the catalog.
// Skips visibly when ../shared is not beside the repo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  allNodes,
  assertNoErrors,
  closeAll,
  CURRICULUM_DIR,
  CURRICULUM_SKIP,
  curriculumAvailable,
  expectAttr,
  expectWholeCatalogInView,
  filesUnder,
  importInput,
  launchBrowser,
  nodeEl,
  openFresh,
  ROOT,
  settle,
  toggleOf,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

/**
 * What the curriculum says, read straight from the files (independently of the app's parser): the ids that a
 * roadmap or project plan defines on its "**Module ID**" / "**Project ID**" line, and every id mentioned anywhere.
 */
function curriculumIds(files: string[]) {
  const defined = new Map<string, 'module' | 'project'>();
  const mentioned = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\*\*(Module|Project) ID\*\*:\s*((?:MOD|PROJ)-\d+)/g)) {
      defined.set(m[2] ?? '', m[1] === 'Module' ? 'module' : 'project');
    }
    for (const m of text.matchAll(/\b(?:MOD|PROJ)-\d+\b/g)) mentioned.add(m[0]);
  }
  return { defined, mentioned };
}

test(
  'importing every file of ../shared/curriculum shows every module and project it defines, merged with the seeds',
  { timeout: 90_000 },
  async (t) => {
    if (!curriculumAvailable()) {
      console.log(`# SKIP ${CURRICULUM_SKIP}`);
      t.skip(CURRICULUM_SKIP);
      return;
    }
    const files = filesUnder(CURRICULUM_DIR);
    const { defined, mentioned } = curriculumIds(files);
    for (const f of filesUnder(join(ROOT, 'src', 'seeds'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:MOD|PROJ)-\d+\b/g)) mentioned.add(m[0]);
    }
    assert.ok(defined.size >= 50, `the corpus defines many nodes (${defined.size})`);
    const s = await openFresh(browser);
    const { page } = s;
    try {
      const started = Date.now();
      await importInput(page).setInputFiles(files);
      await page.waitForFunction(
        (ids) => ids.every((id) => document.querySelector(`[data-node-id="${id}"]`)),
        [...defined.keys()],
        { timeout: 30_000, polling: 100 },
      );
      const ms = Date.now() - started;
      const nodes = await allNodes(page);
      console.log(`# imported ${files.length} files → ${nodes.length} nodes in the DOM after ${ms} ms`);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      assert.equal(byId.get('MOD-101')?.kind, 'module');
      assert.equal(byId.get('PROJ-201')?.kind, 'project');
      for (const [id, kind] of defined) assert.equal(byId.get(id)?.kind, kind, `${id} is shown as a ${kind}`);
      // The seeds stay: imports merge into the current catalog.
      for (const id of ['MOD-705', 'MOD-805', 'MOD-807']) assert.ok(byId.has(id), `${id} still present`);
      // MOD-801 is defined by the curriculum, so it is no longer a placeholder.
      assert.equal(
        byId.get('MOD-801')?.kind,
        'module',
        'MOD-801 becomes a module once its roadmap is imported',
      );
      // Nothing is invented: every node is an id some document mentions; placeholders only for undefined ones.
      const invented = nodes.filter((n) => !mentioned.has(n.id)).map((n) => n.id);
      assert.deepEqual(invented, [], 'every node is an id the documents mention');
      const wrongPlaceholders = nodes
        .filter((n) => n.kind === 'placeholder' && defined.has(n.id))
        .map((n) => n.id);
      assert.deepEqual(wrongPlaceholders, [], 'no defined id is left as a placeholder');
      assert.equal(new Set(nodes.map((n) => n.key)).size, nodes.length, 'data-node-key is unique');
      assert.ok(nodes.length >= defined.size && nodes.length <= mentioned.size + 5, `${nodes.length} nodes`);

      // After an import the view fits the whole catalog.
      await expectWholeCatalogInView(page);
      // The picture for the README shows the planner, not the transient "Imported …" message.
      for (const close of await page
        .locator('[data-notice="info"] button, [data-notice-slot="import"] button')
        .all())
        await close.click();
      await settle(page);
      await expectWholeCatalogInView(page);
      const png = await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-curriculum.png') });
      assert.ok(png.length > 10_000, 'curriculum screenshot written');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'after importing the curriculum, MOD-101 opens once MOD-005/006/010 are done, and MOD-102 once MOD-101 is',
  { timeout: 90_000 },
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
      await nodeEl(page, 'MOD-101').waitFor({ state: 'attached', timeout: 30_000 });
      await expectAttr(page, 'MOD-101', 'data-eligible', 'false');
      for (const id of ['MOD-005', 'MOD-006', 'MOD-010']) {
        await toggleOf(page, id).click();
        await expectAttr(page, id, 'data-status', 'completed');
      }
      await expectAttr(page, 'MOD-101', 'data-eligible', 'true');
      await expectAttr(page, 'MOD-102', 'data-eligible', 'false');
      await toggleOf(page, 'MOD-101').click();
      await expectAttr(page, 'MOD-101', 'data-status', 'completed');
      await expectAttr(page, 'MOD-102', 'data-eligible', 'true');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
