// Persistence as a store subscriber: started after hydration, writes dirty records batched, flushes when the page hides.
// Every write re-reads and merges what is stored (storage.save with a base) and tells other tabs over a
// BroadcastChannel which records changed; a tab that hears it re-reads them and merges them into its state.
import type { PlannerStore } from '../store/store';
import type { PlannerState } from '../store/types';
import { mergeRecord, sameValue } from '../storage/merge';
import { RECORD_SOURCES, recordOf } from './records';
import { RECORD_NAMES, type RecordName, type StoredRecords } from '../storage/schema';
import { NewerDataError, type PlannerStorage } from '../storage/storage';

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
  /** The records as loaded: the base of the first merge. */
  base?: Partial<StoredRecords>;
  /** BroadcastChannel name shared by the tabs of one database; null turns tab sync off. */
  channelName?: string | null;
  /** Called when another tab's change was merged into this one (for tests and a quiet notice). */
  onRemoteChange?(names: RecordName[]): void;
}

interface ChangeMessage {
  type: 'records-changed';
  tab: string;
  names: RecordName[];
}

export const DEFAULT_CHANNEL = 'curriculum-pathway-planner';
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** Records another tab's change is merged into this tab's state (settings stay per tab until reload). */
const SYNCED: RecordName[] = ['profiles', 'positions', 'sources', 'catalog'];

export function startPersistence(
  store: PlannerStore,
  storage: PlannerStorage,
  options: PersistOptions = {},
): Persistence {
  const throttleMs = options.throttleMs ?? 300;
  const win = options.win ?? (typeof window !== 'undefined' ? window : undefined);
  const doc = options.doc ?? (typeof document !== 'undefined' ? document : undefined);
  const dirty = new Set<RecordName>();
  const base: Partial<StoredRecords> = { ...(options.base ?? {}) };
  const tab = Math.random().toString(36).slice(2);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let writes = 0;
  let stopped = false;
  let applyingRemote = false;

  const changed = (a: PlannerState, b: PlannerState, name: RecordName) =>
    RECORD_SOURCES[name].some((get) => get(a) !== get(b));

  let lastWrite = -Infinity;
  /** Records of read-merge-write transactions not yet complete (their puts wait for a read callback). */
  const inFlight = new Map<RecordName, number>();
  let microtaskQueued = false;

  const channelName = options.channelName === undefined ? DEFAULT_CHANNEL : options.channelName;
  const channel =
    channelName && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName) : null;

  // Throttle with a leading edge: the first change after a quiet period is written at once (after the
  // current action finishes), so a click followed straight by closing the tab is already on its way to
  // disk; further changes inside the window are batched into one trailing write.
  const unsubscribe = store.subscribe((state, prev) => {
    if (applyingRemote) return;
    let any = false;
    for (const name of RECORD_NAMES) {
      if (!changed(state, prev, name)) continue;
      dirty.add(name);
      any = true;
    }
    // Only a change of a stored record schedules a write (a notice about a failed write must not retry it in a loop).
    if (any) schedule();
  });

  function schedule(): void {
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
  }

  /** Puts merged records into the store without marking them dirty again. */
  function apply(records: Partial<StoredRecords>): void {
    const s = store.getState();
    const patch: Partial<PlannerState> = {};
    if (records.profiles && !sameValue(records.profiles, recordOf('profiles', s))) {
      const { activeId, profiles } = records.profiles;
      // lastChange is cleared: eligibility must be recomputed in full, not from this tab's last click.
      Object.assign(patch, {
        profiles: { activeId: profiles[s.profiles.activeId] ? s.profiles.activeId : activeId, profiles },
        lastChange: null,
      });
    }
    if (records.positions && !sameValue(records.positions, recordOf('positions', s))) {
      patch.manualPositions = { LR: records.positions.LR, TB: records.positions.TB };
    }
    if (!Object.keys(patch).length) return;
    applyingRemote = true;
    try {
      store.setState(patch);
    } finally {
      applyingRemote = false;
    }
  }

  function cancelTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  /** The named records as they stand in the store now. */
  function snapshot(names: Iterable<RecordName>): Partial<StoredRecords> {
    const state = store.getState();
    const batch: Partial<StoredRecords> = {};
    for (const name of names) (batch as Record<string, unknown>)[name] = recordOf(name, state);
    return batch;
  }

  /** Adds a write to those `flush()` waits for. */
  function track(write: Promise<void>): Promise<void> {
    writing = Promise.all([writing, write]).then(() => undefined);
    return writing;
  }

  function flush(): Promise<void> {
    cancelTimer();
    if (!dirty.size || stopped) return writing;
    lastWrite = now();
    const batch = snapshot(dirty);
    const names = [...dirty];
    dirty.clear();
    for (const name of names) inFlight.set(name, (inFlight.get(name) ?? 0) + 1);
    const settle = () => {
      for (const name of names) {
        const left = (inFlight.get(name) ?? 1) - 1;
        if (left > 0) inFlight.set(name, left);
        else inFlight.delete(name);
      }
    };
    // Issued at once, not chained behind a write in flight. IndexedDB runs readwrite transactions on the
    // same store in creation order, so a newer batch still lands after an older one.
    const write = storage
      .save(batch, { ...base })
      .then((written) => {
        settle();
        writes++;
        Object.assign(base, written);
        // What another tab had written is now in `written`: show it here too, keeping changes made during the write.
        const s = store.getState();
        const merged: Partial<StoredRecords> = {};
        for (const name of ['profiles', 'positions'] as const) {
          const w = written[name];
          const sent = batch[name];
          if (w && sent)
            (merged as Record<string, unknown>)[name] = mergeRecord(
              name,
              sent as never,
              recordOf(name, s) as never,
              w as never,
            );
        }
        apply(merged);
        channel?.postMessage({ type: 'records-changed', tab, names } satisfies ChangeMessage);
      })
      .catch((error: unknown) => {
        settle();
        if (error instanceof NewerDataError) {
          stop();
        } else {
          // Nothing of this batch was written (one transaction): keep it pending for the next change.
          for (const name of names) dirty.add(name);
        }
        options.onError?.(error);
      });
    return track(write);
  }

  /**
   * The page is going away: a read-merge-write transaction would never get to write (its read callback runs
   * too late), so what is pending, and what is still waiting in such a transaction, is written as it stands
   * now, committed in this task. This tab's state already holds every change other tabs announced.
   */
  function flushNow(): Promise<void> {
    if (!storage.saveNow) return flush();
    cancelTimer();
    const names = new Set<RecordName>([...dirty, ...inFlight.keys()]);
    if (!names.size || stopped) return writing;
    const batch = snapshot(names);
    dirty.clear();
    lastWrite = now();
    const write = storage
      .saveNow(batch)
      .then(() => {
        writes++;
        Object.assign(base, batch);
        channel?.postMessage({ type: 'records-changed', tab, names: [...names] } satisfies ChangeMessage);
      })
      .catch((error: unknown) => {
        for (const name of names) dirty.add(name);
        options.onError?.(error);
      });
    return track(write);
  }

  async function onMessage(event: MessageEvent<ChangeMessage>): Promise<void> {
    const msg = event.data;
    if (stopped || msg?.type !== 'records-changed' || msg.tab === tab || !storage.load) return;
    const names = msg.names.filter((n) => SYNCED.includes(n));
    if (!names.length) return;
    const stored = await storage.load(names);
    if (stopped) return;
    const s = store.getState();
    const merged: Partial<StoredRecords> = {};
    for (const name of ['profiles', 'positions'] as const) {
      const remote = stored[name];
      if (!remote) continue;
      (merged as Record<string, unknown>)[name] = mergeRecord(
        name,
        base[name] as never,
        recordOf(name, s) as never,
        remote as never,
      );
      (base as Record<string, unknown>)[name] = remote;
    }
    apply(merged);
    // Another tab imported documents: show its catalog, unless this tab has its own import waiting to be written.
    if (
      stored.catalog &&
      stored.sources &&
      !dirty.has('sources') &&
      !dirty.has('catalog') &&
      stored.catalog.seedSignature === s.seedSignature
    ) {
      base.catalog = stored.catalog;
      base.sources = stored.sources;
      applyingRemote = true;
      try {
        s.setCatalog(stored.catalog.catalog as unknown as PlannerState['catalog'], stored.sources.documents);
      } finally {
        applyingRemote = false;
      }
    }
    options.onRemoteChange?.(names);
  }
  const listener = (event: MessageEvent<ChangeMessage>) => void onMessage(event);
  channel?.addEventListener('message', listener as EventListener);

  const onPageHide = () => void flushNow();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') void flushNow();
  };
  win?.addEventListener('pagehide', onPageHide);
  doc?.addEventListener('visibilitychange', onVisibility);

  function stop(): void {
    stopped = true;
    unsubscribe();
    win?.removeEventListener('pagehide', onPageHide);
    doc?.removeEventListener('visibilitychange', onVisibility);
    channel?.removeEventListener('message', listener as EventListener);
    channel?.close();
    cancelTimer();
  }

  return {
    flush,
    stop,
    get writes() {
      return writes;
    },
  };
}
