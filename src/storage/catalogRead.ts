// Main-thread side of catalogReadWorker.ts: the stored catalog record, read in a worker and received in parts,
// or null (no worker here, the worker failed, or the record needs the main loader) — then the caller reads it itself.
import type { Catalog } from '../domain/types';
import { appendPart } from './catalogParts';
import type { CatalogReadRequest, CatalogReadResponse } from './catalogReadWorker';
import type { LoadedCatalog } from './storage';

/** A worker that has not answered in this long is given up on (the main thread reads instead). */
const GIVE_UP_MS = 15_000;

export function readCatalogOffThread(
  database: { name: string; store: string },
  key: string,
): Promise<LoadedCatalog | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./catalogReadWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const received: Catalog = { nodes: [], edges: [], diagnostics: [] };
    const finish = (record: LoadedCatalog | null) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(record);
    };
    const timer = setTimeout(() => finish(null), GIVE_UP_MS);
    worker.onmessage = (event: MessageEvent<CatalogReadResponse>) => {
      const answer = event.data;
      if ('unavailable' in answer) return finish(null);
      appendPart(received, answer.part);
      if (answer.done) finish({ catalog: received, seedSignature: answer.header.seedSignature });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(null);
    };
    const request: CatalogReadRequest = { id: 1, database, key };
    worker.postMessage(request);
  });
}
