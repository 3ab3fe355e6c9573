// Node-side measurements: parse + build, layout (ours vs stock whole-graph dagre), and the
// eligibility + plan + gaps recomputation after one status change.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import dagre from '@dagrejs/dagre';
import { buildCatalog } from '../src/domain/catalog';
import { indexCatalog } from '../src/domain/graph';
import { eligibility, updateEligibility } from '../src/domain/progress';
import { learningPlan } from '../src/domain/plan';
import { competencyGaps } from '../src/domain/gaps';
import type { Catalog, SourceDocument, Statuses } from '../src/domain/types';
import { layoutCatalog } from '../src/layout/layout';
import { NODE_HEIGHT, NODE_WIDTH } from '../src/layout/geometry';
import { clearPieceCache } from '../src/layout/pieceLayout';
import { syntheticDocuments } from './synthetic';

export interface Dataset {
  name: string;
  docs: SourceDocument[];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** The ../shared curriculum (module roadmaps, project plans, master plans), or null when absent. */
export function corpusDocuments(root: string): SourceDocument[] | null {
  const dir = join(root, '..', 'shared', 'curriculum');
  try {
    if (!statSync(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  return walk(dir)
    .filter((p) => /\.(md|ya?ml)$/i.test(p))
    .map((p) => ({ path: p.slice(dir.length + 1), text: readFileSync(p, 'utf8') }));
}

export function datasets(root: string, log: (line: string) => void): Dataset[] {
  // The seed files the app ships (src/seeds/index.ts imports them with vite's ?raw, which node cannot).
  const seedDir = join(root, 'src', 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(seedDir, f), 'utf8') }));
  const sets: Dataset[] = [{ name: 'seeds', docs: seeds }];
  const corpus = corpusDocuments(root);
  if (corpus) sets.push({ name: 'corpus', docs: corpus });
  else log('skip corpus: ../shared/curriculum is not there');
  for (const n of [200, 2000, 5000]) sets.push({ name: `synthetic-${n}`, docs: syntheticDocuments(n, 2026) });
  return sets;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

export function measureParse(set: Dataset): { ms: number; catalog: Catalog } {
  const { ms, value } = time(() => buildCatalog(set.docs));
  return { ms, catalog: value };
}

export function stockDagre(catalog: Catalog): number {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 32, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of catalog.nodes) g.setNode(n.key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of catalog.edges) if (e.from !== e.to) g.setEdge(e.from, e.to);
  return time(() => dagre.layout(g)).ms;
}

export interface LayoutResult {
  nodes: number;
  edges: number;
  /** Median of `runs` layouts, each with an empty piece cache. */
  oursColdMs: number;
  /** A second layout of the same catalog: every piece comes from the cache. */
  oursCachedMs: number;
  stockMs: number | null;
  speedup: number | null;
}

export function measureLayout(catalog: Catalog, runs: number, withStock: boolean): LayoutResult {
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearPieceCache();
    cold.push(time(() => layoutCatalog(catalog, 'LR')).ms);
  }
  const cached = time(() => layoutCatalog(catalog, 'LR')).ms;
  const stockMs = withStock ? stockDagre(catalog) : null;
  const oursColdMs = median(cold);
  return {
    nodes: catalog.nodes.length,
    edges: catalog.edges.length,
    oursColdMs: round(oursColdMs),
    oursCachedMs: round(cached),
    stockMs: stockMs === null ? null : round(stockMs),
    speedup: stockMs === null ? null : round(stockMs / oursColdMs),
  };
}

export interface RecomputeResult {
  nodes: number;
  /** updateEligibility + learningPlan (a role goal) + competencyGaps, median over status changes. */
  medianMs: number;
  maxMs: number;
  eligibilityMs: number;
  planMs: number;
  gapsMs: number;
  /** Full eligibility from scratch, for comparison with the incremental update. */
  fullEligibilityMs: number;
  indexMs: number;
}

export function measureRecompute(catalog: Catalog, changes = 25): RecomputeResult {
  const { ms: indexMs, value: index } = time(() => indexCatalog(catalog));
  const statuses: Statuses = {};
  // A learner a fifth of the way in: the first modules of every track are done.
  catalog.nodes.forEach((n, i) => {
    if (i % 5 === 0) statuses[n.key] = 'completed';
  });
  let elig = eligibility(index, statuses);
  const fullEligibilityMs = median(Array.from({ length: 5 }, () => time(() => eligibility(index, statuses)).ms));
  const role = index.roles[Math.floor(index.roles.length / 2)] ?? '';
  // In the app the plan and gaps were computed when the catalog loaded, before any click: do that once here too,
  // so the first measured change is not charged for compiling them.
  learningPlan(index, statuses, { type: 'role', role });
  competencyGaps(index, statuses, role);
  const totals: number[] = [];
  const parts = { e: [] as number[], p: [] as number[], g: [] as number[] };
  for (let c = 0; c < changes; c++) {
    const node = catalog.nodes[Math.floor(((c + 0.5) * catalog.nodes.length) / changes)]!;
    statuses[node.key] = statuses[node.key] === 'completed' ? 'not-started' : 'completed';
    const e = time(() => updateEligibility(elig, index, statuses, node.key));
    elig = e.value;
    const p = time(() => learningPlan(index, statuses, { type: 'role', role }));
    const g = time(() => competencyGaps(index, statuses, role));
    parts.e.push(e.ms);
    parts.p.push(p.ms);
    parts.g.push(g.ms);
    totals.push(e.ms + p.ms + g.ms);
  }
  return {
    nodes: catalog.nodes.length,
    medianMs: round(median(totals), 2),
    maxMs: round(Math.max(...totals), 2),
    eligibilityMs: round(median(parts.e), 3),
    planMs: round(median(parts.p), 2),
    gapsMs: round(median(parts.g), 2),
    fullEligibilityMs: round(fullEligibilityMs, 2),
    indexMs: round(indexMs, 1),
  };
}
