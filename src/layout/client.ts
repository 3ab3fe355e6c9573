// Main-thread side of the layout worker: one worker lays out a whole catalog (the layout is linear, layout.ts).
// Falls back to laying out synchronously where Worker is missing (jsdom, node tests) or a worker
// fails, so callers never need to care which one ran. The fallback still resolves asynchronously (after a
// dynamic import), like the workers do.
import type { Direction, Positions } from './geometry';
import type { LayoutInput } from './layout';
import type { LayoutRequest, LayoutResponse } from './worker';

/** Raised for every request in flight when a worker could not load or crashed. */
class WorkerFailed extends Error {}

type Call = { resolve: (response: LayoutResponse) => void; reject: (error: Error) => void };

/** Started workers (the pool grows lazily up to its size); null once one has failed: the main thread lays out from then on. */
let workers: Worker[] | null = [];
let nextId = 1;
const calls = new Map<number, Call>();

function failPool(): void {
  const started = workers ?? [];
  workers = null;
  started.forEach((w) => w.terminate());
  const waiting = [...calls.values()];
  calls.clear();
  waiting.forEach((c) => c.reject(new WorkerFailed('layout worker failed')));
}

/** The first `count` workers of the pool, started as needed; null where there are no workers. */
function pool(count: number): Worker[] | null {
  if (workers === null || typeof Worker === 'undefined') return null;
  try {
    while (workers.length < count) {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const c = calls.get(event.data.id);
        calls.delete(event.data.id);
        c?.resolve(event.data);
      };
      w.onerror = (event) => {
        event.preventDefault?.();
        failPool();
      };
      workers.push(w);
    }
  } catch {
    failPool();
    return null;
  }
  return workers.slice(0, count);
}

/** Send one request and wait for the answer; a worker's `{ error }` rejects. */
function call(worker: Worker, request: LayoutRequest): Promise<LayoutResponse> {
  return new Promise((resolve, reject) => {
    calls.set(request.id, {
      resolve: (response) => ('error' in response ? reject(new Error(response.error)) : resolve(response)),
      reject,
    });
    worker.postMessage(request);
  });
}

async function inWorker(input: LayoutInput, direction: Direction, worker: Worker): Promise<Positions> {
  const done = await call(worker, { id: nextId++, input, direction });
  return (done as { positions: Positions }).positions;
}

/** Only what the layout reads crosses to the workers: structured-cloning whole nodes would cost more than it saves. */
function slim(input: LayoutInput): LayoutInput {
  return {
    nodes: input.nodes.map((n) => (n.roles ? { key: n.key, roles: n.roles } : { key: n.key })),
    edges: input.edges.map((e) => ({ from: e.from, to: e.to, type: e.type })),
  };
}

/** Main-thread fallback. Imported on demand so dagre stays out of the initial JavaScript when workers run. */
async function layoutSync(input: LayoutInput, direction: Direction): Promise<Positions> {
  const { layoutCatalog } = await import('./layout');
  return layoutCatalog(input, direction);
}

/** Lay out in the layout workers (or synchronously when there are none). Positions are top-left corners by node key. */
export async function layoutAsync(input: LayoutInput, direction: Direction): Promise<Positions> {
  const small = slim(input);
  const ws = pool(1);
  if (!ws) return layoutSync(small, direction);
  try {
    return await inWorker(small, direction, ws[0]!);
  } catch (err) {
    if (err instanceof WorkerFailed) return layoutSync(small, direction);
    throw err;
  }
}

/**
 * Start the layout worker ahead of a layout (`nodes` is kept for callers; one worker takes any catalog):
 * starting it costs the main thread ~10 ms, better spent while the catalog is being indexed.
 */
export function prepareLayoutWorkers(nodes: number): void {
  if (nodes > 0) pool(1);
}

/** True once a worker is running (false in jsdom/node, where layoutAsync runs synchronously). */
export function layoutRunsInWorker(): boolean {
  return pool(1) !== null;
}
