// Issue 7 item 4 (browser part): hostile markup in imported documents renders as inert text and never runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertNoErrors, closeAll, importInput, launchBrowser, nodeEl, openFresh } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(closeAll);

const TITLE = 'Hostile <img src=x onerror="window.__pwned=1"> Title';
const HOSTILE_ROADMAP = `# Module Roadmap

> Hostile summary <script>window.__pwned = 'summary'</script>

## Module Overview

- **Module ID**: MOD-990
- **Module Title**: ${TITLE}
- **Target Role(s)**: Red Team <svg onload="window.__pwned='role'"></svg>
- **Duration**: 10 hours (5 lecture, 5 lab)
- **Prerequisites**: MOD-805
- **Next Module(s)**: MOD-991

## Learning Objectives

- Run <script>window.__pwned = 'objective'</script> nothing.
- Click [this link](javascript:window.__pwned='link') safely.
- Inline <svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg'"><circle r="5"/></svg> svg.
- An <iframe src="javascript:parent.__pwned='iframe'"></iframe> frame.

## Competency Alignment

| Competency | Proficiency Target | Evidence / Assessment | Role Alignment |
|------------|--------------------|-----------------------|----------------|
| <b onmouseover="window.__pwned='comp'">bold</b> | Working | <img src=x onerror="window.__pwned='evidence'"> | Red Team |

## Content Outline

1. **Outline** – <a href="javascript:window.__pwned='outline'">jump</a>
`;

async function sinks(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
    ).length,
    hostileImgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    iframes: document.querySelectorAll('iframe').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => /^on/i.test(a.name)),
    ).length,
  }));
}

test(
  'hostile roadmap: <script>, onerror, javascript: links and SVG onload render as text and never execute',
  { timeout: 60_000 },
  async () => {
    const s = await openFresh(browser);
    const { page } = s;
    try {
      const baseline = await sinks(page);
      await importInput(page).setInputFiles([
        { name: 'hostile-roadmap.md', mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE_ROADMAP) },
      ]);
      const node = nodeEl(page, 'MOD-990');
      await node.waitFor({ state: 'attached', timeout: 15_000 });
      // The title is shown literally, markup and all.
      const nodeText = (await node.innerText()).replace(/\s+/g, ' ');
      assert.ok(nodeText.includes('<img src=x'), `the node shows the title as text; it shows: ${nodeText}`);

      // Open the side panel (click the node away from its toggle) so every parsed field is rendered.
      const box = await node.boundingBox();
      assert.ok(box);
      await page.mouse.click(box.x + Math.min(12, box.width / 4), box.y + Math.min(10, box.height / 4));
      await page.waitForFunction(() => document.body.innerText.includes('nothing.'), null, {
        timeout: 5_000,
      });
      const body = await page.evaluate(() => document.body.innerText);
      assert.ok(body.includes('<script>'), 'the objective shows <script> as text');

      await page.mouse.move(5, 5);
      await new Promise((r) => setTimeout(r, 300));
      const after = await sinks(page);
      assert.equal(after.pwned, undefined, 'no payload executed');
      assert.equal(after.jsLinks, 0, 'no javascript: link is rendered');
      assert.equal(after.hostileImgs, baseline.hostileImgs, 'no payload <img> is rendered');
      assert.equal(after.iframes, baseline.iframes, 'no payload <iframe> is rendered');
      assert.equal(after.inlineScripts, baseline.inlineScripts, 'no inline <script> is added');
      assert.equal(after.handlers, baseline.handlers, 'no inline event-handler attribute is added');
      assertNoErrors(s.errors);
    } finally {
      await s.close();
    }
  },
);

test('a hostile file beside a good one: the good document still loads', { timeout: 60_000 }, async () => {
  const s = await openFresh(browser);
  const { page } = s;
  try {
    const good = [
      '# Module Roadmap',
      '',
      '## Module Overview',
      '',
      '- **Module ID**: MOD-992',
      '- **Module Title**: Plain Good Module',
      '- **Target Role(s)**: AI Infrastructure Team Lead',
      '- **Duration**: 12 hours (6 lecture, 6 lab)',
      '- **Prerequisites**: MOD-807',
      '',
    ].join('\n');
    await importInput(page).setInputFiles([
      {
        name: 'binary.md',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0, 159, 146, 150, 0, 1, 2, 255]),
      },
      { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) },
      {
        name: 'bomb.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(
          'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n',
        ),
      },
      { name: 'good.md', mimeType: 'text/markdown', buffer: Buffer.from(good) },
    ]);
    await nodeEl(page, 'MOD-992').waitFor({ state: 'attached', timeout: 15_000 });
    const ids = await page.$$eval('[data-node-id]', (els) => els.map((e) => e.getAttribute('data-node-id')));
    assert.ok(ids.includes('MOD-805'), 'the seeds are still there');
    assert.equal((await sinks(page)).pwned, undefined);
    assertNoErrors(s.errors);
  } finally {
    await s.close();
  }
});
