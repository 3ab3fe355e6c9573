// Persistence as a store subscriber: started after hydration, writes dirty records batched, flushes when the page hides.
import type { PlannerStore } from '../store/store';
import type { PlannerState } from '../store/types';
import { RECORD_SOURCES, recordOf } from './records';
import { RECORD_NAMES, type RecordName, type StoredRecords } from './schema';
import type { PlannerStorage } from './storage';

export interface Persistence {
  /** Writes every pending change now. */
  flush(): Promise<void>;
  stop(): void;
  /** Number of completed writes (for tests and diagnostics). */
  readonly writes: number;
}

export interface PersistOptions {
  /** Batching window: changes within it become one write. */
  throttleMs?: number;
  /** Where pagehide/visibilitychange are heard (window and document in the browser). */
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  doc?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  onError?(error: unknown): void;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function startPersistence(store: PlannerStore, storage: PlannerStorage, options: PersistOptions = {}): Persistence {
  const throttleMs = options.throttleMs ?? 300;
  const win = options.win ?? (typeof window !== 'undefined' ? window : undefined);
  const doc = options.doc ?? (typeof document !== 'undefined' ? document : undefined);
  const dirty = new Set<RecordName>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let writes = 0;
  let stopped = false;

  const changed = (a: PlannerState, b: PlannerState, name: RecordName) => RECORD_SOURCES[name].some((get) => get(a) !== get(b));

  let lastWrite = -Infinity;
  let microtaskQueued = false;

  // Throttle with a leading edge: the first change after a quiet period is written at once (after the
  // current action finishes), so a click followed straight by closing the tab is already on its way to
  // disk; further changes inside the window are batched into one trailing write.
  const unsubscribe = store.subscribe((state, prev) => {
    for (const name of RECORD_NAMES) if (changed(state, prev, name)) dirty.add(name);
    if (!dirty.size || stopped || timer || microtaskQueued) return;
    const wait = lastWrite + throttleMs - now();
    if (wait <= 0) {
      microtaskQueued = true;
      queueMicrotask(() => {
        microtaskQueued = false;
        void flush();
      });
    } else {
      timer = setTimeout(() => void flush(), wait);
    }
  });

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty.size) return writing;
    lastWrite = now();
    const state = store.getState();
    const batch: Partial<StoredRecords> = {};
    for (const name of dirty) (batch as Record<string, unknown>)[name] = recordOf(name, state);
    dirty.clear();
    // Issued at once, not chained behind a write in flight: during pagehide there is no later.
    // IndexedDB runs readwrite transactions on the same store in creation order, so a newer batch
    // still lands after an older one.
    const write = storage
      .save(batch)
      .then(() => void writes++)
      .catch((error: unknown) => options.onError?.(error));
    writing = Promise.all([writing, write]).then(() => undefined);
    return writing;
  }

  const onPageHide = () => void flush();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') void flush();
  };
  win?.addEventListener('pagehide', onPageHide);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    flush,
    stop() {
      stopped = true;
      unsubscribe();
      win?.removeEventListener('pagehide', onPageHide);
      doc?.removeEventListener('visibilitychange', onVisibility);
      if (timer) clearTimeout(timer);
      timer = null;
    },
    get writes() {
      return writes;
    },
  };
}
