// Just the PNG-export measurement, for before/after comparisons without the whole bench:
//   node_modules/.bin/tsx bench/exportOnly.ts <built app dir> [nodes=2000] [repeats=3]
// Imports the seeded synthetic catalog (the bench's synthetic-2000) into a fresh page and times export-png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { catalogJson } from './catalogFile';
import { measureExport } from './measureExport';
import { installProbe } from './pageProbes';
import { serve } from './server';
import { syntheticCatalog } from './synthetic';

const appDir = resolve(process.argv[2] ?? 'dist');
const nodes = Number(process.argv[3] ?? 2000);
const repeats = Number(process.argv[4] ?? 3);
const data = mkdtempSync(join(tmpdir(), 'cpp-export-'));
const catalog = syntheticCatalog(nodes, 2026);
writeFileSync(join(data, 'c.catalog.json'), catalogJson(catalog));
const server = await serve({ app: appDir, base: appDir, data });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
  headless: true,
});
try {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  await ctx.addInitScript(
    installProbe,
    catalog.nodes.map((n) => n.key),
  );
  const page = await ctx.newPage();
  await page.goto(`${server.url}/app/`);
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('input[data-action="import-files"]').setInputFiles(join(data, 'c.catalog.json'));
  await page.waitForFunction(
    () => (window as unknown as { __bench: { paintedAt: number | null } }).__bench.paintedAt !== null,
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(Number(process.env.EXPORT_SETTLE_MS ?? 1500));
  console.log(JSON.stringify({ nodes, ...(await measureExport(page, repeats)) }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
