// Node-side measurements: parse + build, layout (ours single-threaded and across a pool of worker
// threads, vs stock whole-graph dagre), and the eligibility + plan + gaps recomputation after one status change.
// This file is also the entry of the pool's worker threads (see serveLayoutPool at the bottom).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import dagre from '@dagrejs/dagre';
import { buildCatalog } from '../src/domain/catalog';
import { indexCatalog } from '../src/domain/graph';
import { eligibility, updateEligibility } from '../src/domain/progress';
import { learningPlan } from '../src/domain/plan';
import { competencyGaps } from '../src/domain/gaps';
import type { Catalog, SourceDocument, Statuses } from '../src/domain/types';
import { layoutCatalog } from '../src/layout/layout';
import { NODE_HEIGHT, NODE_WIDTH } from '../src/layout/geometry';
import { answerLayoutRequest, type LayoutRequest, type LayoutResponse } from '../src/layout/request';
import type { LayoutInput } from '../src/layout/layout';
import type { Positions } from '../src/layout/geometry';
import { syntheticCatalog, syntheticDocuments } from './synthetic';

export interface Dataset {
  name: string;
  docs: SourceDocument[];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
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

/** Catalogs above this many nodes are also timed in a worker thread, as the app lays them out (client.ts). */
const WORKER_FROM = 400;

export interface LayoutResult {
  nodes: number;
  edges: number;
  /** Median of `runs` layouts on this thread. */
  oursColdMs: number;
  /** One more layout of the same catalog (the layout keeps no cache: a warm-JIT number). */
  oursCachedMs: number;
  /**
   * Median of `runs` layouts as the app does them: in a worker thread (src/layout/client.ts), from request sent
   * to positions back on this thread, message passing included. Null below 400 nodes.
   */
  oursParallelMs: number | null;
  workers: number | null;
  /** Of oursParallelMs, the time this thread was busy: slimming + stringifying the input, posting, receiving, building Positions. */
  parallelMainThreadMs: number | null;
  /** Starting the pool (not in oursParallelMs: the app starts its workers once). */
  poolStartMs: number | null;
  stockMs: number | null;
  speedup: number | null;
}

export function measureLayout(catalog: Catalog, runs: number, withStock: boolean): LayoutResult {
  const cold: number[] = [];
  let reference: Positions = {};
  for (let i = 0; i < runs; i++) {
    const run = time(() => layoutCatalog(catalog, 'LR'));
    cold.push(run.ms);
    reference = run.value;
  }
  const cached = time(() => layoutCatalog(catalog, 'LR')).ms;
  const p = catalog.nodes.length > WORKER_FROM ? layoutPool() : null;
  // Warm the workers' JIT as this thread is warmed by the time it measures a case (bench/run.ts and the earlier
  // cases): three graphs of the case's size that no case uses. Warmed on 800-node graphs only, the first
  // measured 2,000-node runs were ~1.5x slower.
  for (const seed of p ? [7, 8, 9] : []) p!.layout(syntheticCatalog(catalog.nodes.length, seed), 'LR');
  const parallel: number[] = [];
  const mainThread: number[] = [];
  for (let i = 0; p && i < runs; i++) {
    p.clearCaches();
    const run = p.layout(catalog, 'LR');
    if (i === 0 && JSON.stringify(run.positions) !== JSON.stringify(reference))
      throw new Error('the worker pool laid out other positions than layoutCatalog');
    parallel.push(run.ms);
    mainThread.push(run.mainThreadMs);
  }
  const stockMs = withStock ? stockDagre(catalog) : null;
  const oursColdMs = median(cold);
  return {
    nodes: catalog.nodes.length,
    edges: catalog.edges.length,
    oursColdMs: round(oursColdMs),
    oursCachedMs: round(cached),
    oursParallelMs: p && round(median(parallel)),
    workers: p && p.size,
    parallelMainThreadMs: p && round(median(mainThread)),
    poolStartMs: p && round(p.startMs),
    stockMs: stockMs === null ? null : round(stockMs),
    speedup: stockMs === null ? null : round(stockMs / oursColdMs),
  };
}

// The pool of worker threads. bench/run.ts measures synchronously, so this thread blocks on a shared counter
// (Atomics.wait) that a worker bumps after each answer it posts, and takes the answers with receiveMessageOnPort.
// The workers run the app's own request handler (answerLayoutRequest); TypeScript loads through tsx's API.

type PoolRequest = ({ kind: 'layout' } & LayoutRequest) | { kind: 'clear'; id: number };
type PoolAnswer = LayoutResponse | { id: number; ready: true };
interface PoolWorkerData {
  layoutPool: true;
  port: MessagePort;
  signal: SharedArrayBuffer;
}

interface Pool {
  size: number;
  startMs: number;
  clearCaches(): void;
  layout(
    input: LayoutInput,
    direction: 'LR' | 'TB',
  ): { ms: number; mainThreadMs: number; positions: Positions };
}

let pool: Pool | undefined;

/** The warm pool of min(4, cores) workers, started on first use and left running (unref'd) for the whole bench. */
export function layoutPool(): Pool {
  if (pool) return pool;
  const size = 1; // the app lays out in one worker (src/layout/client.ts)
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const here = import.meta.url;
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(here)}, ${JSON.stringify(here)}))`;
  const started = performance.now();
  const ports = Array.from({ length: size }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: PoolWorkerData = {
      layoutPool: true,
      port: port2,
      signal: signal.buffer as SharedArrayBuffer,
    };
    const worker = new Worker(boot, { eval: true, workerData: data, transferList: [port2] });
    worker.on('error', (err) => process.stderr.write(`[bench] layout pool worker: ${err.message}\n`));
    worker.unref();
    port1.unref();
    return port1;
  });
  let mainThreadMs = 0;
  const send = (i: number, request: PoolRequest) => {
    const t = performance.now();
    ports[i]!.postMessage(request);
    mainThreadMs += performance.now() - t;
  };
  /** One answer from each of workers 0 … count-1, in worker order. */
  const gather = (count: number): PoolAnswer[] => {
    const out: (PoolAnswer | undefined)[] = new Array(count);
    let got = 0;
    const deadline = performance.now() + 120_000;
    while (got < count) {
      const seen = Atomics.load(signal, 0);
      for (let i = 0; i < count; i++) {
        if (out[i]) continue;
        const t = performance.now();
        const m = receiveMessageOnPort(ports[i]!);
        mainThreadMs += performance.now() - t;
        if (!m) continue;
        const answer = m.message as PoolAnswer;
        if ('error' in answer) throw new Error(`layout pool worker ${i}: ${answer.error}`);
        out[i] = answer;
        got++;
      }
      if (got < count && Atomics.wait(signal, 0, seen, deadline - performance.now()) === 'timed-out')
        throw new Error('layout pool: no answer in 2 minutes');
    }
    return out as PoolAnswer[];
  };
  gather(size); // every worker says it is ready
  let id = 1;
  pool = {
    size,
    startMs: performance.now() - started,
    clearCaches() {
      for (let i = 0; i < size; i++) send(i, { kind: 'clear', id: id++ });
      gather(size);
    },
    layout(catalog, direction) {
      mainThreadMs = 0;
      const t = performance.now();
      // As src/layout/client.ts does it: only keys, roles and edges cross to the one worker.
      const input: LayoutInput = {
        nodes: catalog.nodes.map((n) => (n.roles ? { key: n.key, roles: n.roles } : { key: n.key })),
        edges: catalog.edges.map((e) => ({ from: e.from, to: e.to, type: e.type })),
      };
      send(0, { kind: 'layout', id: id++, input, direction });
      const positions = (gather(1)[0] as { positions: Positions }).positions;
      return { ms: performance.now() - t, mainThreadMs, positions };
    },
  };
  return pool;
}

function serveLayoutPool({ port, signal }: PoolWorkerData): void {
  const counter = new Int32Array(signal);
  const reply = (answer: PoolAnswer) => {
    port.postMessage(answer);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  };
  port.on('message', (request: PoolRequest) => {
    if (request.kind === 'clear')
      reply({ id: request.id, ready: true }); // the layout keeps no cache
    else reply(answerLayoutRequest(request));
  });
  reply({ id: 0, ready: true });
}

if (!isMainThread && (workerData as PoolWorkerData | null)?.layoutPool)
  serveLayoutPool(workerData as PoolWorkerData);

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
  const fullEligibilityMs = median(
    Array.from({ length: 5 }, () => time(() => eligibility(index, statuses)).ms),
  );
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
