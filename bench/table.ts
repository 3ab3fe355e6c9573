// Plain-text tables for the terminal (and to paste into the README).
import type { BenchResults } from './results';

function table(title: string, head: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    `\n${title}`,
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function printTables(r: BenchResults): void {
  const m = r.machine;
  const out: string[] = [
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, load average at start ${m.loadAverageAtStart.join(' / ')}`,
  ];
  const workers = r.cases.find((c) => c.layout.workers)?.layout.workers;
  out.push(
    table(
      'Parse + build, layout (ms; ours = the grid layout on this thread and — above 400 nodes, as the app does — ' +
        `in ${workers ?? 'a'} worker thread incl. messages; stock = whole-graph dagre)`,
      [
        'catalog',
        'docs',
        'nodes',
        'parse+build',
        'layout ours 1 thread',
        `ours ${workers ?? 'K'} workers`,
        'of which main thread',
        'ours cached',
        'stock dagre',
        'speed-up (1 thread)',
      ],
      r.cases.map((c) => [
        c.name,
        c.documents,
        c.nodes,
        c.parseMs,
        c.layout.oursColdMs,
        c.layout.oursParallelMs,
        c.layout.parallelMainThreadMs,
        c.layout.oursCachedMs,
        c.layout.stockMs,
        c.layout.speedup === null ? null : `${c.layout.speedup}×`,
      ]),
    ),
  );
  out.push(
    table(
      'Picture: every drawn link laid out, cards 248 × 104, LR (crossings = pairs of links without a shared card that cross; ' +
        'under cards = links drawn under a card that is not one of their ends; ms = one layout, ours incl. routing)',
      [
        'catalog',
        'layout',
        'links',
        'crossings',
        'under cards (prerequisite)',
        'backward prerequisite',
        'ms',
      ],
      r.cases.flatMap((c) =>
        (c.pictures ?? []).map((p) => [
          c.name,
          p.layout,
          p.metrics.links,
          p.metrics.crossings,
          `${p.metrics.underCards} (${p.metrics.prerequisitesUnderCards})`,
          p.metrics.backward,
          p.ms,
        ]),
      ),
    ),
  );
  const start = r.cases.find((c) => c.layout.poolStartMs)?.layout.poolStartMs;
  if (start)
    out.push(`Worker pool start (not in the layout times; the app starts its workers once): ${start} ms`);
  out.push(
    table(
      'Recompute after one status change (ms, median of 25 changes)',
      ['catalog', 'total', 'max', 'eligibility', 'plan', 'gaps', 'full eligibility'],
      r.recompute.map((x) => [
        x.name,
        x.medianMs,
        x.maxMs,
        x.eligibilityMs,
        x.planMs,
        x.gapsMs,
        x.fullEligibilityMs,
      ]),
    ),
  );
  if (r.size.app) {
    out.push(
      table(
        'Initial JavaScript (entry + static imports)',
        ['page', 'files', 'bytes', 'gzip KB'],
        [
          ['app', r.size.app.files.length, r.size.app.bytes, r.size.app.gzipKB],
          ...(r.size.baseline
            ? [
                [
                  'baseline (React Flow + dagre)',
                  r.size.baseline.files.length,
                  r.size.baseline.bytes,
                  r.size.baseline.gzipKB,
                ],
              ]
            : []),
        ],
      ),
    );
  }
  if (r.browser) {
    out.push(
      table(
        'Browser (headless Chromium; app vs baseline on the same graph and positions)',
        [
          'graph',
          'nodes',
          'painted app',
          'baseline',
          'ratio',
          'import→painted',
          'long tasks app',
          'pan median app/base',
          'drag median app/base',
          'toggle app/base (frame)',
        ],
        r.browser.map((b) => [
          b.name,
          b.nodes,
          b.app.loadMs,
          b.baseline.loadMs,
          b.loadRatio === null ? null : `${b.loadRatio}×`,
          b.app.importMs,
          `${(b.app.importLongTasksOver50 ?? 0) + b.app.longTasksOver50} (max ${Math.max(b.app.importLongestTaskMs ?? 0, b.app.longestTaskMs)} ms)`,
          b.app.pan ? `${b.app.pan.medianMs} / ${b.baseline.pan?.medianMs ?? '–'}` : null,
          b.app.drag ? `${b.app.drag.medianMs} / ${b.baseline.drag?.medianMs ?? '–'}` : null,
          b.app.toggle ? `${b.app.toggle.frameMedianMs} / ${b.baseline.toggle?.frameMedianMs ?? '–'}` : null,
        ]),
      ),
    );
    const exports = r.browser.filter((b) => b.app.exportPng);
    if (exports.length) {
      out.push(
        table(
          'PNG export of the whole graph (click → download; median of the runs, longest main-thread task over all runs)',
          ['graph', 'nodes', 'median ms', 'runs', 'longest task ms', 'image px', 'contents'],
          exports.map((b) => {
            const e = b.app.exportPng!;
            return [
              b.name,
              b.nodes,
              e.ms,
              e.runs.join(' / '),
              e.longestTaskMs,
              e.width ? `${e.width} × ${e.height}` : null,
              e.message?.replace(/^Saved [^:]+: /, '').slice(0, 60),
            ];
          }),
        ),
      );
    }
  } else out.push(`\nBrowser: ${r.browserNote ?? 'not run'}`);
  out.push(
    table(
      'Targets (issue 6)',
      ['target', 'value', 'met'],
      r.targets.map((t) => [t.target, t.value, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO']),
    ),
  );
  process.stdout.write(out.join('\n') + '\n');
}
