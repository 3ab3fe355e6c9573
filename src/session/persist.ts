// Persistence as a store subscriber, in the shape of tldraw's TLLocalSyncClient: one object with named states and
// three parts (persistParts.ts) that each do one job:
//   - RecordWatcher: the store subscription; marks the stored records whose state changed as dirty.
//   - WriteScheduler: when to write (throttled, with a leading edge).
//   - TabChannel: the BroadcastChannel that tells other tabs which records changed, and hears theirs.
// Every write re-reads and merges what is stored (storage.save with a base); a tab that hears of another tab's write
// re-reads those records and merges them into its state (storage/merge.ts mergeRecords, the one merge).
import type { PlannerStore } from '../store/store';
import type { PlannerState } from '../store/types';
import { mergeRecords, sameValue } from '../storage/merge';
import { readCatalogJson } from '../domain/catalogJson';
import { recordOf } from './records';
import { RecordWatcher, TabChannel, WriteScheduler } from './persistParts';
import { type RecordName, type StoredRecords } from '../storage/schema';
import { NewerDataError, type PlannerStorage } from '../storage/storage';

/**
 * Where persistence stands. Only `ready` writes; every other state says why not.
 * - `loading`: stored records are being read. Nothing is written before the store is hydrated from them, or a
 *   default state would overwrite the learner's progress.
 * - `ready`: hydrated; changes are written (batched), other tabs are heard, pending changes flush on `pagehide`.
 * - `read-only`: this tab shows something that is not the learner's own (a shared path): it never writes.
 * - `newer-schema`: the stored data (found on load or by a write) comes from a newer planner. It is never written
 *   over; the learner is asked to reload with the newer version.
 * - `failed`: the stored data could not be read at all; the tab runs in memory and never writes (it could only
 *   write over data it has not seen).
 * - `stopped`: stop() was called (the page or the test is done with it).
 */
export type PersistenceState = 'loading' | 'ready' | 'read-only' | 'newer-schema' | 'failed' | 'stopped';

export interface Persistence {
  readonly state: PersistenceState;
  /** Writes every pending change now (resolves at once when not `ready`). */
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
  /** BroadcastChannel name shared by the tabs of one database; null turns tab sync off. */
  channelName?: string | null;
  /** Called when another tab's change was merged into this one (for tests and a quiet notice). */
  onRemoteChange?(names: RecordName[]): void;
  /** Called on every state change, with the reason (for diagnostics and tests). */
  onStateChange?(state: PersistenceState, reason: string): void;
}

export const DEFAULT_CHANNEL = 'curriculum-pathway-planner';
/** Records another tab's change is merged into this tab's state (settings stay per tab until reload). */
const SYNCED: RecordName[] = ['profiles', 'positions', 'sources', 'catalog'];

/** The records merged per key (profiles, positions) out of a set of records. */
function keyedOf(records: Partial<StoredRecords>): Partial<StoredRecords> {
  return {
    ...(records.profiles ? { profiles: records.profiles } : {}),
    ...(records.positions ? { positions: records.positions } : {}),
  };
}

/**
 * ST1, T1–T3: the store's local persistence. Created `loading`; the session hydrates the store from the stored
 * records, then calls start() (→ `ready`) or refuse() (→ `read-only`, `newer-schema` or `failed`).
 */
export class LocalPersistence implements Persistence {
  private current: PersistenceState = 'loading';
  private completedWrites = 0;
  /** What this tab last read or wrote: the base of every three-way merge. */
  private readonly base: Partial<StoredRecords> = {};
  private readonly dirty = new Set<RecordName>();
  /** Records of read-merge-write transactions not yet complete (their puts wait for a read callback). */
  private readonly inFlight = new Map<RecordName, number>();
  private pending: Promise<void> = Promise.resolve();
  private readonly scheduler: WriteScheduler;
  private watcher: RecordWatcher | null = null;
  private channel: TabChannel | null = null;
  private readonly win: PersistOptions['win'];
  private readonly doc: PersistOptions['doc'];
  private readonly onPageHide = () => void this.flushNow();
  private readonly onVisibility = () => {
    if (this.doc?.visibilityState === 'hidden') void this.flushNow();
  };

  constructor(
    private readonly store: PlannerStore,
    private readonly storage: PlannerStorage,
    private readonly options: PersistOptions = {},
  ) {
    this.scheduler = new WriteScheduler(options.throttleMs ?? 300, () => void this.flush());
    this.win = options.win ?? (typeof window !== 'undefined' ? window : undefined);
    this.doc = options.doc ?? (typeof document !== 'undefined' ? document : undefined);
  }

  get state(): PersistenceState {
    return this.current;
  }

  get writes(): number {
    return this.completedWrites;
  }

  private enter(state: PersistenceState, reason: string): void {
    this.current = state;
    this.options.onStateChange?.(state, reason);
  }

  /** loading → ready: the store holds the stored records (`base`, as loaded); from now on changes are written. */
  start(base: Partial<StoredRecords> = {}): this {
    if (this.current !== 'loading') return this;
    Object.assign(this.base, base);
    this.watcher = new RecordWatcher(this.store, (names) => {
      for (const name of names) this.dirty.add(name);
      this.scheduler.request();
    });
    this.channel = new TabChannel(
      this.options.channelName === undefined ? DEFAULT_CHANNEL : this.options.channelName,
      (names) => void this.onRemoteChange(names),
    );
    this.win?.addEventListener('pagehide', this.onPageHide);
    this.doc?.addEventListener('visibilitychange', this.onVisibility);
    this.enter('ready', 'the store is hydrated');
    return this;
  }

  /** loading (or ready) → a state that never writes; a ready tab stops listening. */
  refuse(state: 'read-only' | 'newer-schema' | 'failed', reason: string): this {
    if (this.current === 'stopped') return this;
    this.detach();
    this.enter(state, reason);
    return this;
  }

  stop(): void {
    if (this.current === 'stopped') return;
    this.detach();
    this.enter('stopped', 'stop() was called');
  }

  private detach(): void {
    this.watcher?.stop();
    this.watcher = null;
    this.channel?.close();
    this.channel = null;
    this.win?.removeEventListener('pagehide', this.onPageHide);
    this.doc?.removeEventListener('visibilitychange', this.onVisibility);
    this.scheduler.cancel();
  }

  /** The named records as they stand in the store now. */
  private snapshot(names: Iterable<RecordName>): Partial<StoredRecords> {
    const state = this.store.getState();
    const batch: Partial<StoredRecords> = {};
    for (const name of names) Object.assign(batch, { [name]: recordOf(name, state) });
    return batch;
  }

  /** This tab's keyed records, as they stand in the store now, for the keyed records `remote` holds. */
  private localKeyed(remote: Partial<StoredRecords>): Partial<StoredRecords> {
    return this.snapshot(Object.keys(keyedOf(remote)) as RecordName[]);
  }

  /** Puts merged records into the store without marking them dirty again. */
  private show(records: Partial<StoredRecords>): void {
    const s = this.store.getState();
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
    if (Object.keys(patch).length) this.watcher?.fromStorage(() => this.store.setState(patch));
  }

  /** Adds a write to those `flush()` waits for. */
  private track(write: Promise<void>): Promise<void> {
    this.pending = Promise.all([this.pending, write]).then(() => undefined);
    return this.pending;
  }

  private settle(names: RecordName[]): void {
    for (const name of names) {
      const left = (this.inFlight.get(name) ?? 1) - 1;
      if (left > 0) this.inFlight.set(name, left);
      else this.inFlight.delete(name);
    }
  }

  flush(): Promise<void> {
    this.scheduler.cancel();
    if (!this.dirty.size || this.current !== 'ready') return this.pending;
    this.scheduler.writing();
    const names = [...this.dirty];
    const batch = this.snapshot(names);
    this.dirty.clear();
    for (const name of names) this.inFlight.set(name, (this.inFlight.get(name) ?? 0) + 1);
    // Issued at once, not chained behind a write in flight. IndexedDB runs readwrite transactions on the
    // same store in creation order, so a newer batch still lands after an older one.
    const write = this.storage
      .save(batch, { ...this.base })
      .then((written) => {
        this.settle(names);
        this.completedWrites++;
        Object.assign(this.base, written);
        // What another tab had written is now in `written`: show it here too, keeping changes made during the
        // write (merged against what this write sent).
        const remote = keyedOf(written);
        this.show(mergeRecords(batch, this.localKeyed(remote), remote));
        this.channel?.announce(names);
      })
      .catch((error: unknown) => {
        this.settle(names);
        if (error instanceof NewerDataError) {
          this.refuse('newer-schema', error.message);
        } else {
          // Nothing of this batch was written (one transaction): keep it pending for the next change.
          for (const name of names) this.dirty.add(name);
        }
        this.options.onError?.(error);
      });
    return this.track(write);
  }

  /**
   * The page is going away: a read-merge-write transaction would never get to write (its read callback runs
   * too late), so what is pending, and what is still waiting in such a transaction, is written as it stands
   * now, committed in this task. This tab's state already holds every change other tabs announced.
   */
  private flushNow(): Promise<void> {
    if (!this.storage.saveNow) return this.flush();
    this.scheduler.cancel();
    const names = [...new Set<RecordName>([...this.dirty, ...this.inFlight.keys()])];
    if (!names.length || this.current !== 'ready') return this.pending;
    const batch = this.snapshot(names);
    this.dirty.clear();
    this.scheduler.writing();
    const write = this.storage
      .saveNow(batch)
      .then(() => {
        this.completedWrites++;
        Object.assign(this.base, batch);
        this.channel?.announce(names);
      })
      .catch((error: unknown) => {
        for (const name of names) this.dirty.add(name);
        this.options.onError?.(error);
      });
    return this.track(write);
  }

  /** Another tab wrote `names`: re-read them and merge them into this tab's state. */
  private async onRemoteChange(announced: RecordName[]): Promise<void> {
    if (this.current !== 'ready' || !this.storage.load) return;
    const names = announced.filter((n) => SYNCED.includes(n));
    if (!names.length) return;
    const stored = await this.storage.load(names);
    if (this.current !== 'ready') return;
    const s = this.store.getState();
    const remote = keyedOf(stored);
    this.show(mergeRecords(this.base, this.localKeyed(remote), remote));
    Object.assign(this.base, remote);
    // Another tab imported documents: show its catalog, unless this tab has its own import waiting to be written.
    const { catalog, sources } = stored;
    const read = catalog ? readCatalogJson(catalog.catalogJson) : null;
    if (
      catalog &&
      read?.ok &&
      sources &&
      !this.dirty.has('sources') &&
      !this.dirty.has('catalog') &&
      catalog.seedSignature === s.seedSignature
    ) {
      Object.assign(this.base, { catalog, sources });
      this.watcher?.fromStorage(() => s.setCatalog(read.catalog, sources.documents));
    }
    this.options.onRemoteChange?.(names);
  }
}

/** A persistence started on a hydrated store (`base`: the records as loaded, the base of the first merge). */
export function startPersistence(
  store: PlannerStore,
  storage: PlannerStorage,
  options: PersistOptions & { base?: Partial<StoredRecords> } = {},
): LocalPersistence {
  return new LocalPersistence(store, storage, options).start(options.base);
}
