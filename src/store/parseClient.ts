// Main-thread side of the parse worker. Small inputs are parsed on the main thread (starting a worker costs more);
// large ones go to the worker. Where Worker is missing or fails, it answers null and the caller parses in place.
import type { Catalog, Diagnostic, SourceDocument } from '../domain/types';
import { appendPart } from '../storage/catalogParts';
import { rememberCatalogText } from '../storage/catalogText';
import type { ParseRequest, ParseResponse } from './parseWorker';

/** Above this many characters of documents, parsing can take long enough to be felt: use the worker. */
export const OFF_THREAD_CHARS = 256 * 1024;
/**
 * Or this many documents, however small: a repository folder holds thousands of short unrelated files, and
 * detecting each one's kind (YAML and JSON parsed to look) was a ~100 ms main-thread task at 2,000 files.
 */
export const OFF_THREAD_DOCS = 200;

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { done: (catalog: Catalog | null) => void; received: Catalog }>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<ParseResponse>) => {
      const call = pending.get(event.data.id);
      if (!call) return;
      if ('part' in event.data) {
        appendPart(call.received, event.data.part);
        if (!event.data.done) return;
        if (event.data.text !== undefined) rememberCatalogText(call.received, event.data.text);
      }
      pending.delete(event.data.id);
      // An exception in the worker is a parser bug: the main thread tries again and reports it as usual.
      call.done('part' in event.data ? call.received : null);
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      worker = null;
      w.terminate();
      const waiting = [...pending.values()];
      pending.clear();
      waiting.forEach((call) => call.done(null));
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

export function documentsSize(docs: SourceDocument[]): number {
  let n = 0;
  for (const d of docs) n += d.text.length;
  return n;
}

/** The catalog built in the worker, or null: too small (chars and count) to be worth it, or no worker here. */
export function parseOffThread(
  docs: SourceDocument[],
  threshold = OFF_THREAD_CHARS,
  leading: Diagnostic[] = [],
): Promise<Catalog | null> {
  if (docs.length < OFF_THREAD_DOCS && documentsSize(docs) < threshold) return Promise.resolve(null);
  const w = startWorker();
  if (!w) return Promise.resolve(null);
  const request: ParseRequest = { id: nextId++, docs, leading };
  return new Promise((resolve) => {
    pending.set(request.id, { done: resolve, received: { nodes: [], edges: [], diagnostics: [] } });
    w.postMessage(request);
  });
}
