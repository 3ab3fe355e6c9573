// Main-thread side of the layout worker. Falls back to laying out synchronously where Worker is
// missing (jsdom, node tests) or fails to start, so callers never need to care which one ran.
// The fallback still resolves asynchronously (after a dynamic import), like the worker does.
import type { Direction, Positions } from './geometry';
import type { LayoutInput } from './layout';
import type { LayoutRequest, LayoutResponse } from './worker';

interface Pending {
  resolve: (positions: Positions) => void;
  reject: (error: Error) => void;
  request: LayoutRequest;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Only what the layout reads crosses to the worker: structured-cloning whole nodes would cost more than it saves. */
function slim(input: LayoutInput): LayoutInput {
  return {
    nodes: input.nodes.map((n) => (n.roles ? { key: n.key, roles: n.roles } : { key: n.key })),
    edges: input.edges.map((e) => ({ from: e.from, to: e.to, type: e.type })),
  };
}

/** Main-thread fallback. Imported on demand so dagre stays out of the initial JavaScript when a worker runs. */
function settleSync(p: Pending): void {
  import('./layout')
    .then(({ layoutCatalog }) => p.resolve(layoutCatalog(p.request.input, p.request.direction)))
    .catch((err: unknown) => p.reject(err instanceof Error ? err : new Error(String(err))));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if ('error' in event.data) p.reject(new Error(event.data.error));
      else p.resolve(event.data.positions);
    };
    w.onerror = (event) => {
      // The worker could not load or crashed: finish everything on the main thread from now on.
      event.preventDefault?.();
      worker = null;
      w.terminate();
      const waiting = [...pending.values()];
      pending.clear();
      waiting.forEach(settleSync);
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** Lay out in the layout worker (or synchronously when there is none). Positions are top-left corners by node key. */
export function layoutAsync(input: LayoutInput, direction: Direction): Promise<Positions> {
  const request: LayoutRequest = { id: nextId++, input: slim(input), direction };
  return new Promise<Positions>((resolve, reject) => {
    const p: Pending = { resolve, reject, request };
    const w = startWorker();
    if (!w) {
      settleSync(p);
      return;
    }
    pending.set(request.id, p);
    w.postMessage(request);
  });
}

/** True once a worker is running (false in jsdom/node, where layoutAsync runs synchronously). */
export function layoutRunsInWorker(): boolean {
  return startWorker() !== null;
}
