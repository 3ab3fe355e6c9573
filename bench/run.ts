// `npm run bench` (add `-- --quick` to skip the builds and the browser, `-- --stock-5000` to also time
// stock dagre on 5,000 nodes): parse, layout, recompute,
// initial JavaScript size and browser timings against a bare React Flow + dagre page. Prints a
// table and writes bench/results.json. Numbers are wall-clock on this machine; see `machine`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutCatalog } from '../src/layout/layout';
import {
  datasets,
  measureLayout,
  measureParse,
  measureRecompute,
  round,
  type RecomputeResult,
} from './measureNode';
import type { BenchResults, CaseResult } from './results';
import { measurePictures } from './measureLinks';
import { initialJsSize } from './measureSize';
import { CHROMIUM, measureBrowser, type BrowserResult } from './measureBrowser';
import { syntheticCatalog } from './synthetic';
import { targets } from './targets';
import { printTables } from './table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const started = performance.now();

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  loadAverageAtStart: loadavg().map((x) => round(x, 2)),
  date: new Date().toISOString(),
};

const cases: CaseResult[] = [];
const catalogs = new Map<string, ReturnType<typeof measureParse>['catalog']>();

// Warm the JIT on a graph no case uses, so the first case is not charged for compilation.
layoutCatalog(syntheticCatalog(300, 7), 'LR');

for (const set of datasets(root, log)) {
  log(`parse + layout ${set.name} (${set.docs.length} documents)`);
  const parses =
    set.docs.length < 500 ? [measureParse(set), measureParse(set), measureParse(set)] : [measureParse(set)];
  const parseMs = parses.map((p) => p.ms).sort((a, b) => a - b)[Math.floor(parses.length / 2)]!;
  const catalog = parses[0]!.catalog;
  catalogs.set(set.name, catalog);
  // Stock dagre on 5,000 nodes alone takes minutes here; it is opt-in to keep the bench near 5 minutes.
  const withStock = catalog.nodes.length <= 2500 || process.argv.includes('--stock-5000');
  const layout = measureLayout(catalog, 5, withStock);
  // The pictures: elkjs and stock dagre up to 2,000 nodes (minutes beyond that here).
  log(`pictures ${set.name}`);
  const small = catalog.nodes.length <= 2500;
  const pictures = await measurePictures(catalog, { stock: small, elk: small });
  cases.push({
    name: set.name,
    documents: set.docs.length,
    nodes: catalog.nodes.length,
    parseMs: round(parseMs),
    layout,
    pictures,
  });
}

const recompute: (RecomputeResult & { name: string })[] = [];
for (const name of ['synthetic-2000', 'synthetic-5000']) {
  const catalog = catalogs.get(name);
  if (catalog) recompute.push({ name, ...measureRecompute(catalog) });
}

let size: BenchResults['size'] = { app: null, baseline: null };
let browser: BrowserResult[] | null = null;
let browserNote: string | undefined;
if (quick) {
  size.note = '--quick: no build; app size from an existing dist/ when there is one';
  if (existsSync(join(root, 'dist', 'index.html'))) size.app = initialJsSize(join(root, 'dist'));
  browserNote = '--quick: browser skipped';
} else {
  const work = mkdtempSync(join(tmpdir(), 'cpp-bench-'));
  try {
    const vite = join(root, 'node_modules', '.bin', 'vite');
    log('vite build (app)');
    const app = spawnSync(
      vite,
      ['build', '--outDir', join(work, 'app'), '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
    log('vite build (baseline)');
    const base = spawnSync(
      vite,
      [
        'build',
        '--config',
        join(root, 'bench', 'baseline', 'vite.config.ts'),
        '--outDir',
        join(work, 'base'),
        '--emptyOutDir',
      ],
      { cwd: root, stdio: 'inherit' },
    );
    if (app.status === 0 && base.status === 0) {
      size = { app: initialJsSize(join(work, 'app')), baseline: initialJsSize(join(work, 'base')) };
      if (existsSync(CHROMIUM)) {
        const corpus = catalogs.get('corpus') ? 'corpus' : 'seeds';
        browser = await measureBrowser(
          join(work, 'app'),
          join(work, 'base'),
          work,
          [
            { name: corpus, catalog: catalogs.get(corpus)!, interact: false },
            { name: 'synthetic-2000', catalog: catalogs.get('synthetic-2000')!, interact: true },
            { name: 'synthetic-5000', catalog: catalogs.get('synthetic-5000')!, interact: false },
          ],
          log,
        );
      } else browserNote = `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
    } else {
      size.note = `build failed (app ${app.status}, baseline ${base.status})`;
      browserNote = 'no build, no browser run';
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const results: BenchResults = {
  machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => round(x, 2)) },
  quick,
  totalSeconds: 0,
  cases,
  recompute,
  size,
  browser,
  browserNote,
  pngExport: browser
    ? 'measured in browser[synthetic-2000].app.exportPng (bench/measureExport.ts)'
    : 'not measured: needs the browser part',
  targets: [],
};
results.targets = targets(results);
results.totalSeconds = round((performance.now() - started) / 1000);
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
printTables(results);
log(`wrote bench/results.json in ${results.totalSeconds} s`);
