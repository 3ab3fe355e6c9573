// Rules M1, M3, M4 in the browser: documents imported through the file input; every drawn link (found by its
// data-edge-* hooks) is sampled along its path and checked against the card rectangles: no prerequisite link is
// drawn under a card that is not one of its ends, and none points backwards outside a cycle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  allNodes,
  assertNoErrors,
  closeAll,
  CURRICULUM_DIR,
  CURRICULUM_SKIP,
  curriculumAvailable,
  filesUnder,
  importInput,
  launchBrowser,
  openFresh,
  ROOT,
} from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

interface DrawnLink {
  from: string;
  to: string;
  type: string;
  under: string[];
  fromMain: number;
  toMain: number;
}

// Runs in the page (a string: tsx would wrap named inner functions in a helper the page does not have).
// Path points and card boxes are both in flow coordinates (the edges' SVG sits in the viewport's transform).
const DRAWN_LINKS = `(() => {
  const cards = [...document.querySelectorAll('.react-flow__node')].map((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { key: el.getAttribute('data-id'), x: m.m41, y: m.m42, w: el.offsetWidth, h: el.offsetHeight };
  });
  const byKey = new Map(cards.map((c) => [c.key, c]));
  const lr = (() => {
    const h = document.querySelector('.react-flow__handle-right, .react-flow__handle-left');
    return !!h;
  })();
  const out = [];
  for (const path of document.querySelectorAll('[data-edge-from]')) {
    const from = path.getAttribute('data-edge-from');
    const to = path.getAttribute('data-edge-to');
    const a = byKey.get(from);
    const b = byKey.get(to);
    if (!a || !b) continue;
    const under = new Set();
    const total = path.getTotalLength();
    for (let s = 0; s <= total; s += 3) {
      const p = path.getPointAtLength(s);
      for (const c of cards) {
        if (c.key === from || c.key === to) continue;
        if (p.x > c.x + 2 && p.x < c.x + c.w - 2 && p.y > c.y + 2 && p.y < c.y + c.h - 2) under.add(c.key);
      }
    }
    out.push({
      from, to, type: path.getAttribute('data-edge-type'), under: [...under],
      fromMain: lr ? a.x + a.w / 2 : a.y + a.h / 2,
      toMain: lr ? b.x + b.w / 2 : b.y + b.h / 2,
    });
  }
  return out;
})()`;

/** Prerequisite links whose ends are in one strongly connected component (a cycle): they may point anywhere. */
function cycleLinks(links: DrawnLink[]): Set<DrawnLink> {
  const succ = new Map<string, string[]>();
  for (const l of links) if (l.type === 'prerequisite') succ.set(l.from, [...(succ.get(l.from) ?? []), l.to]);
  const reach = (from: string, to: string) => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
      for (const w of succ.get(stack.pop()!) ?? []) {
        if (w === to) return true;
        if (seen.has(w)) continue;
        seen.add(w);
        stack.push(w);
      }
    }
    return false;
  };
  return new Set(links.filter((l) => l.type === 'prerequisite' && reach(l.to, l.from)));
}

async function checkLinks(page: Page, minLinks: number): Promise<void> {
  await allNodes(page); // every card is out
  const links = (await page.evaluate(DRAWN_LINKS)) as DrawnLink[];
  assert.ok(links.length >= minLinks, `drawn links with data-edge-* hooks: ${links.length}`);
  assert.ok(
    links.every((l) => l.type === 'prerequisite' || l.type === 'next'),
    'data-edge-type is prerequisite or next',
  );
  const under = links
    .filter((l) => l.type === 'prerequisite' && l.under.length > 0)
    .map((l) => `${l.from}->${l.to} under ${l.under.join(',')}`);
  assert.deepEqual(under, [], 'no prerequisite link is drawn under a card that is not one of its ends');
  const cyclic = cycleLinks(links);
  const backward = links
    .filter((l) => l.type === 'prerequisite' && !cyclic.has(l) && l.toMain <= l.fromMain)
    .map((l) => `${l.from}->${l.to}`);
  assert.deepEqual(backward, [], 'no prerequisite link points backwards outside a cycle');
}

test('M1/M3/M4: the edge-under-card and prerequisite-and-next cases imported through the file input', async () => {
  const s = await openFresh(browser);
  try {
    await importInput(s.page).setInputFiles([
      ...filesUnder(join(ROOT, 'tests/fixtures/layout/edge-under-card')),
      ...filesUnder(join(ROOT, 'tests/fixtures/layout/prerequisite-and-next')),
    ]);
    await s.page.locator('[data-node-id="MOD-453"]').waitFor({ state: 'attached', timeout: 30_000 });
    await checkLinks(s.page, 5);
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});

test(
  'M1/M3/M4: the ../shared curriculum imported through the file input',
  { timeout: 120_000 },
  async (t) => {
    if (!curriculumAvailable()) {
      console.log(`# SKIP ${CURRICULUM_SKIP}`);
      t.skip(CURRICULUM_SKIP);
      return;
    }
    const s = await openFresh(browser);
    try {
      await importInput(s.page).setInputFiles(filesUnder(CURRICULUM_DIR));
      await s.page.locator('[data-node-id="MOD-101"]').waitFor({ state: 'attached', timeout: 30_000 });
      await checkLinks(s.page, 180);
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);
