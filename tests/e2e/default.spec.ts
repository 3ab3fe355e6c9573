// Issue 3 item 1/9: the planner opens on the three seed documents, with placeholders for referenced ids.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  allNodes,
  assertNoErrors,
  closeAll,
  expectAttr,
  launchBrowser,
  openFresh,
  ROOT,
  settle,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

test('default load shows the seed modules MOD-705, MOD-805, MOD-807 and placeholders for what they reference', async () => {
  const s = await openFresh(browser);
  try {
    const nodes = await allNodes(s.page);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const id of ['MOD-705', 'MOD-805', 'MOD-807']) {
      assert.equal(byId.get(id)?.kind, 'module', `${id} is shown as a module`);
    }
    for (const id of ['MOD-801', 'MOD-210', 'MOD-402']) {
      assert.equal(byId.get(id)?.kind, 'placeholder', `${id} is shown as a placeholder`);
    }
    // Every node honours the contract's value sets, and keys are unique.
    for (const n of nodes) {
      assert.match(n.kind, /^(module|project|placeholder)$/, `${n.id} data-kind`);
      assert.match(n.status, /^(not-started|in-progress|completed)$/, `${n.id} data-status`);
      assert.match(n.eligible, /^(true|false)$/, `${n.id} data-eligible`);
      assert.ok(n.key.length > 0, `${n.id} carries data-node-key`);
    }
    assert.equal(new Set(nodes.map((n) => n.key)).size, nodes.length, 'data-node-key is unique');
    // Only the three seed documents define modules; everything else they mention is a placeholder.
    assert.equal(nodes.filter((n) => n.kind === 'module').length, 3);
    assert.equal(nodes.filter((n) => n.kind === 'project').length, 0);
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

// Where each drawn link starts and ends against its cards' sides. A string, not a function: tsx would wrap
// named inner functions in a __name helper the page does not have.
const LINK_ENDS = `(() => {
  const viewport = document.querySelector('.react-flow__viewport');
  const rect = (id) => {
    const el = document.querySelector('.react-flow__node[data-id="' + CSS.escape(id) + '"]');
    if (!el) return null;
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.m41, y: m.m42, w: el.offsetWidth, h: el.offsetHeight };
  };
  const near = (p, r) =>
    [[r.x, r.y + r.h / 2], [r.x + r.w, r.y + r.h / 2], [r.x + r.w / 2, r.y], [r.x + r.w / 2, r.y + r.h]]
      .some(([x, y]) => Math.hypot(x - p.x, y - p.y) <= 3);
  const out = [];
  let checked = 0;
  for (const g of viewport.querySelectorAll('.react-flow__edge')) {
    const m = /^\\w+:(.+)->(.+)$/.exec(g.getAttribute('data-id') || '');
    const path = g.querySelector('.react-flow__edge-path');
    if (!m || !path) continue;
    const from = rect(m[1]);
    const to = rect(m[2]);
    if (!from || !to) continue;
    const a = path.getPointAtLength(0);
    const b = path.getPointAtLength(path.getTotalLength());
    checked++;
    if (!near(a, from) || !near(b, to)) out.push(g.getAttribute('data-id') + ': ' + a.x.toFixed(1) + ',' + a.y.toFixed(1) + ' -> ' + b.x.toFixed(1) + ',' + b.y.toFixed(1));
  }
  return { checked, out };
})()`;

test('links start and end on the cards they join (cards are not measured: their declared size and handles must match what is drawn)', async () => {
  const s = await openFresh(browser);
  try {
    await allNodes(s.page); // every card is out
    const misses = (await s.page.evaluate(LINK_ENDS)) as { checked: number; out: string[] };
    assert.ok(misses.checked >= 5, `links checked: ${misses.checked}`);
    assert.deepEqual(misses.out, [], 'every link starts and ends at the middle of a card side');
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

test('default load: a fresh profile starts with nothing done; only nodes without open prerequisites are eligible', async () => {
  const s = await openFresh(browser);
  try {
    const nodes = await allNodes(s.page);
    assert.ok(
      nodes.every((n) => n.status === 'not-started'),
      'fresh profile: every node not-started',
    );
    await expectAttr(s.page, 'MOD-801', 'data-eligible', 'true');
    await expectAttr(s.page, 'MOD-805', 'data-eligible', 'false');
    await expectAttr(s.page, 'MOD-807', 'data-eligible', 'false');
    await expectAttr(s.page, 'MOD-705', 'data-eligible', 'false');
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

test('screenshot: the planner with the seeds at 1600x1000 is written to docs/screenshot.png', async () => {
  const s = await openFresh(browser);
  try {
    await settle(s.page);
    const file = join(ROOT, 'docs', 'screenshot.png');
    const png = await s.page.screenshot({ path: file });
    assert.ok(png.length > 10_000, `screenshot is a real picture (${png.length} bytes)`);
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});
