// Issue 5 items 2, 8, 9: a share link opened in a fresh browser context shows the same statuses read-only and
// writes nothing; "Save as my profile" keeps it; a tampered link says so and changes nothing; ?catalog= loads a
// catalog JSON made by the CLI from a localhost server started here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  BASE_URL,
  ROOT,
  allNodes,
  assertNoErrors,
  expectAttr,
  gotoApp,
  launchBrowser,
  nodeEl,
  openFresh,
  revealAction,
  toggleOf,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function makeShareLink(page: Page): Promise<string> {
  await (await revealAction(page, 'share-link')).click();
  const field = page.locator('[data-share-url]').first();
  await field.waitFor({ state: 'attached', timeout: 10_000 });
  const url = (await field.getAttribute('data-share-url')) ?? (await field.inputValue());
  assert.match(url, /#share=v1\.[A-Za-z0-9_-]+$/);
  return url;
}

async function statusesOf(page: Page): Promise<Record<string, string>> {
  const nodes = await allNodes(page);
  return Object.fromEntries(nodes.map((n) => [n.id, n.status]));
}

test(
  'a share link opened in a fresh context shows the same statuses, read-only, and stores nothing',
  { timeout: 90_000 },
  async () => {
    const sharer = await openFresh(browser);
    const visitor = await openFresh(browser);
    try {
      const { page } = sharer;
      await toggleOf(page, 'MOD-801').click();
      await toggleOf(page, 'MOD-805').click();
      await expectAttr(page, 'MOD-805', 'data-status', 'completed');
      const expected = await statusesOf(page);
      const url = await makeShareLink(page);
      assert.ok(url.length < 2000, `compact link: ${url.length} characters`);

      const v = visitor.page;
      await v.goto(url);
      await nodeEl(v, 'MOD-805').waitFor({ state: 'attached', timeout: 15_000 });
      await expectAttr(v, 'MOD-805', 'data-status', 'completed');
      assert.deepEqual(await statusesOf(v), expected, 'same statuses as the sharer');
      await v.locator('[data-session="shared"]').waitFor({ timeout: 5_000 });
      // What would write is not offered: no import or reset, the goal and pace are shown but not editable (U1).
      assert.equal(await v.locator('[data-action="reset-catalog"], [data-action="import-files"]').count(), 0);
      assert.equal(await v.locator('[data-action="choose-goal"]').first().isDisabled(), true);

      // Read-only: a click changes nothing.
      await toggleOf(v, 'MOD-807').click();
      await v.waitForTimeout(400);
      await expectAttr(v, 'MOD-807', 'data-status', 'not-started');

      // The visitor's own planner is untouched.
      await gotoApp(v);
      await v.waitForTimeout(300);
      await expectAttr(v, 'MOD-805', 'data-status', 'not-started');
      await expectAttr(v, 'MOD-801', 'data-status', 'not-started');

      // Save as my profile: the visitor keeps the path as a new profile, their own stays as it was.
      await v.goto(url);
      await v.locator('[data-action="save-shared-profile"]').click();
      await v.waitForURL((u) => !u.hash.includes('share='), { timeout: 10_000 });
      await nodeEl(v, 'MOD-805').waitFor({ state: 'attached', timeout: 15_000 });
      await expectAttr(v, 'MOD-805', 'data-status', 'completed');
      const select = v.locator('[data-action="switch-profile"]');
      assert.equal(await select.locator('option').count(), 2, 'visitor now has two profiles');
      await select.selectOption('me');
      await expectAttr(v, 'MOD-805', 'data-status', 'not-started');
      assertNoErrors(sharer.errors);
      assertNoErrors(visitor.errors);
    } finally {
      await sharer.close();
      await visitor.close();
    }
  },
);

test(
  'a tampered share link gives a clear message and changes nothing stored',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    try {
      const { page } = s;
      await toggleOf(page, 'MOD-801').click();
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      const url = await makeShareLink(page);
      const i = url.indexOf('#share=v1.') + 20;
      const tampered = `${url.slice(0, i)}${url[i] === 'x' ? 'y' : 'x'}${url.slice(i + 1, -4)}`;
      await page.goto(tampered);
      const message = page.locator('[data-session-error]').first();
      await message.waitFor({ timeout: 15_000 });
      assert.match((await message.textContent()) ?? '', /share link/i);
      assert.match((await message.textContent()) ?? '', /nothing stored was changed/i);
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      assert.equal(
        await page.locator('[data-session="shared"]').count(),
        0,
        'no shared view for a broken link',
      );
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test(
  'a foreign share link (another version of the format, or not a planner token) gives a clear message and changes nothing stored',
  { timeout: 90_000 },
  async () => {
    const s = await openFresh(browser);
    try {
      const { page } = s;
      await toggleOf(page, 'MOD-801').click();
      await expectAttr(page, 'MOD-801', 'data-status', 'completed');
      const url = await makeShareLink(page);
      const body = url.slice(url.indexOf('#share=v1.') + '#share=v1.'.length);
      const base = url.slice(0, url.indexOf('#'));
      for (const foreign of [`${base}#share=v9.${body}`, `${base}#share=eyJoZWxsbyI6IndvcmxkIn0`]) {
        await page.goto('about:blank'); // each link is a fresh load of the app, not a hash change
        await page.goto(foreign);
        const message = page.locator('[data-session-error]').first();
        await message.waitFor({ timeout: 15_000 });
        assert.match((await message.textContent()) ?? '', /share link/i, foreign);
        assert.match((await message.textContent()) ?? '', /nothing stored was changed/i, foreign);
        await expectAttr(page, 'MOD-801', 'data-status', 'completed');
        assert.equal(
          await page.locator('[data-session="shared"]').count(),
          0,
          'no shared view for a foreign link',
        );
      }
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

function serveCatalog(body: string): Promise<{ server: Server; url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (req.url?.startsWith('/catalog.json')) {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(body);
    } else {
      res.writeHead(404, { 'access-control-allow-origin': '*' });
      res.end('not here');
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits }),
    ),
  );
}

test(
  '?catalog= loads a catalog JSON made by `npm run catalog`, served from localhost; a missing one is reported',
  { timeout: 90_000 },
  async () => {
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', join('src', 'cli', 'catalog.ts'), join('tests', 'fixtures', 'plan')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    const catalog = JSON.parse(cli.stdout) as { nodes: { id: string }[] };
    const { server, url, hits } = await serveCatalog(cli.stdout);
    const s = await openFresh(browser);
    try {
      const { page } = s;
      await page.goto(`${BASE_URL}?catalog=${encodeURIComponent(`${url}/catalog.json`)}`);
      await nodeEl(page, 'MOD-101').waitFor({ state: 'attached', timeout: 15_000 });
      const ids = new Set((await allNodes(page)).map((n) => n.id));
      for (const n of catalog.nodes) assert.ok(ids.has(n.id), `${n.id} from the hosted catalog is shown`);
      assert.ok(!ids.has('MOD-805'), 'the built-in seed catalog is not mixed in');
      await page.locator('[data-session="hosted"]').waitFor({ timeout: 5_000 });
      assert.ok(hits() >= 1);

      // The link of a path on a hosted catalog names the catalog, and opens elsewhere with the same statuses.
      await toggleOf(page, 'MOD-101').click();
      await expectAttr(page, 'MOD-101', 'data-status', 'completed');
      const link = await makeShareLink(page);
      assert.ok(link.includes(`catalog=${encodeURIComponent(`${url}/catalog.json`)}`), link);
      const other = await openFresh(browser);
      try {
        await other.page.goto(link);
        await nodeEl(other.page, 'MOD-101').waitFor({ state: 'attached', timeout: 15_000 });
        await expectAttr(other.page, 'MOD-101', 'data-status', 'completed');
        assertNoErrors(other.errors);
      } finally {
        await other.close();
      }

      await page.goto(`${BASE_URL}?catalog=${encodeURIComponent(`${url}/missing.json`)}`);
      const message = page.locator('[data-session-error]').first();
      await message.waitFor({ timeout: 15_000 });
      assert.match((await message.textContent()) ?? '', /404/);
      await nodeEl(page, 'MOD-805').waitFor({ state: 'attached', timeout: 15_000 });
      // The 404 itself is logged by Chromium as a console error; nothing else may be.
      assertNoErrors(s.errors.filter((e) => !/Failed to load resource: .*404/.test(e)));
    } finally {
      await s.close();
      await new Promise((r) => server.close(r));
    }
  },
);
