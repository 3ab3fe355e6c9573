// The key-value backend behind storage: IndexedDB through idb-keyval, or memory when IndexedDB is unavailable.
import { createStore, get, keys, set, setMany, type UseStore } from 'idb-keyval';

export interface KeyValueBackend {
  /** 'indexeddb' persists across reloads; 'memory' lives as long as the page. */
  readonly kind: 'indexeddb' | 'memory';
  /** The IndexedDB database (and object store) behind an 'indexeddb' backend, for readers in a worker. */
  readonly database?: { name: string; store: string };
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  setMany(entries: [string, unknown][]): Promise<void>;
  keys(): Promise<string[]>;
  /**
   * Reads `keys` and writes what `write` returns in ONE readwrite transaction: other tabs cannot write in
   * between, and if any put fails (QuotaExceededError) the whole transaction is aborted, so nothing is half-written.
   * `write` runs synchronously inside the transaction; throwing from it aborts the transaction too.
   */
  update(keys: string[], write: (current: unknown[]) => [string, unknown][]): Promise<void>;
  /**
   * Writes the entries without reading first: every put is issued and the transaction committed in the
   * same task. For pagehide, when no later callback may run (a read-then-write transaction would never write).
   */
  putNow(entries: [string, unknown][]): Promise<void>;
}

export const DB_NAME = 'curriculum-pathway-planner';
export const STORE_NAME = 'records';

export function idbBackend(dbName = DB_NAME): KeyValueBackend {
  const store: UseStore = createStore(dbName, STORE_NAME);
  return {
    kind: 'indexeddb',
    database: { name: dbName, store: STORE_NAME },
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    setMany: (entries) => setMany(entries, store),
    keys: async () => (await keys(store)).map(String),
    update: (ks, write) => store('readwrite', (os) => atomicUpdate(os, ks, write)),
    putNow: (entries) => store('readwrite', (os) => blindPut(os, entries)),
  };
}

function blindPut(os: IDBObjectStore, entries: [string, unknown][]): Promise<void> {
  const tx = os.transaction;
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () =>
      reject(tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
  });
  for (const [k, v] of entries) os.put(v, k);
  // Commit now rather than when the (possibly unloading) page next idles.
  if (typeof tx.commit === 'function') tx.commit();
  return done;
}

function atomicUpdate(
  os: IDBObjectStore,
  keys: string[],
  write: (current: unknown[]) => [string, unknown][],
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = os.transaction;
    let failure: unknown = null;
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () =>
      reject(failure ?? tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
    const current: unknown[] = new Array(keys.length);
    let left = keys.length;
    const fail = (error: unknown) => {
      failure = error;
      try {
        tx.abort(); // puts already issued in this transaction are rolled back
      } catch {
        // already finished or aborted
      }
    };
    // One put per task: a put serializes its value synchronously, and a big catalog and its documents written
    // in the same task made one 40-60 ms task. Issuing the next put from the previous one's success keeps
    // the transaction active (and so all-or-nothing) while the browser gets to run in between.
    const putFrom = (entries: [string, unknown][], at: number) => {
      if (at >= entries.length) return;
      try {
        const [k, v] = entries[at]!;
        os.put(v, k).onsuccess = () => putFrom(entries, at + 1);
      } catch (error) {
        fail(error);
      }
    };
    const finish = () => {
      try {
        putFrom(write(current), 0);
      } catch (error) {
        fail(error);
      }
    };
    if (left === 0) finish();
    keys.forEach((k, i) => {
      const req = os.get(k);
      req.onsuccess = () => {
        current[i] = req.result;
        if (--left === 0) finish();
      };
    });
  });
}

export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  return {
    kind: 'memory',
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    setMany: async (entries) => entries.forEach(([k, v]) => map.set(k, structuredClone(v))),
    keys: async () => [...map.keys()],
    update: async (ks, write) => {
      // Cloned before anything is set, so a value that cannot be stored leaves the map untouched.
      const entries = write(ks.map((k) => structuredClone(map.get(k)))).map(
        ([k, v]) => [k, structuredClone(v)] as const,
      );
      for (const [k, v] of entries) map.set(k, v);
    },
    putNow: async (entries) => {
      const cloned = entries.map(([k, v]) => [k, structuredClone(v)] as const);
      for (const [k, v] of cloned) map.set(k, v);
    },
  };
}

/** IndexedDB when it works (private modes and some embeds refuse it), memory otherwise. */
export async function openBackend(dbName = DB_NAME): Promise<KeyValueBackend> {
  if (typeof indexedDB === 'undefined') return memoryBackend();
  try {
    const backend = idbBackend(dbName);
    await withTimeout(backend.keys(), 3000);
    return backend;
  } catch {
    return memoryBackend();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('IndexedDB did not answer')), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}
