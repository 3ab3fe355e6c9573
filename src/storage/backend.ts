// The key-value backend behind storage: IndexedDB through idb-keyval, or memory when IndexedDB is unavailable.
import { createStore, get, keys, set, setMany, type UseStore } from 'idb-keyval';

export interface KeyValueBackend {
  /** 'indexeddb' persists across reloads; 'memory' lives as long as the page. */
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  setMany(entries: [string, unknown][]): Promise<void>;
  keys(): Promise<string[]>;
}

export const DB_NAME = 'curriculum-pathway-planner';
const STORE_NAME = 'records';

export function idbBackend(dbName = DB_NAME): KeyValueBackend {
  const store: UseStore = createStore(dbName, STORE_NAME);
  return {
    kind: 'indexeddb',
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    setMany: (entries) => setMany(entries, store),
    keys: async () => (await keys(store)).map(String),
  };
}

export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  return {
    kind: 'memory',
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    setMany: async (entries) => entries.forEach(([k, v]) => map.set(k, structuredClone(v))),
    keys: async () => [...map.keys()],
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
