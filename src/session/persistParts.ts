// The three parts of the store's local persistence (persist.ts, rule ST1): when to write (WriteScheduler), telling
// and hearing other tabs (TabChannel), and which stored records a store change touched (RecordWatcher). Each knows
// nothing of the others; LocalPersistence wires them.
import type { PlannerStore } from '../store/store';
import { RECORD_SOURCES } from './records';
import { RECORD_NAMES, type RecordName } from '../storage/schema';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * When to write: a throttle with a leading edge. The first change after a quiet period is written at once (after
 * the current action finishes), so a click followed straight by closing the tab is already on its way to disk;
 * further changes inside the window are batched into one trailing write.
 */
export class WriteScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private microtaskQueued = false;
  private lastWrite = -Infinity;

  constructor(
    private readonly throttleMs: number,
    private readonly write: () => void,
  ) {}

  /** Asks for a write: now (leading edge) or at the end of the window; a write already asked for covers it. */
  request(): void {
    if (this.timer || this.microtaskQueued) return;
    const wait = this.lastWrite + this.throttleMs - now();
    if (wait <= 0) {
      this.microtaskQueued = true;
      queueMicrotask(() => {
        this.microtaskQueued = false;
        this.write();
      });
    } else {
      this.timer = setTimeout(() => this.write(), wait);
    }
  }

  /** A write starts now: cancels the pending one and opens a new window. */
  writing(): void {
    this.cancel();
    this.lastWrite = now();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

interface ChangeMessage {
  type: 'records-changed';
  tab: string;
  names: RecordName[];
}

/** Tells the other tabs of one database which records this tab wrote, and hears theirs (never its own). */
export class TabChannel {
  private readonly tab = Math.random().toString(36).slice(2);
  private readonly channel: BroadcastChannel | null;
  private readonly listener = (event: MessageEvent<ChangeMessage>) => {
    const msg = event.data;
    if (msg?.type === 'records-changed' && msg.tab !== this.tab) this.onChange(msg.names);
  };

  /** `name` null (or no BroadcastChannel in this environment): a channel that says and hears nothing. */
  constructor(
    name: string | null,
    private readonly onChange: (names: RecordName[]) => void,
  ) {
    this.channel = name && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(name) : null;
    this.channel?.addEventListener('message', this.listener as EventListener);
  }

  announce(names: RecordName[]): void {
    this.channel?.postMessage({ type: 'records-changed', tab: this.tab, names } satisfies ChangeMessage);
  }

  close(): void {
    this.channel?.removeEventListener('message', this.listener as EventListener);
    this.channel?.close();
  }
}

/** The store subscription: reports which stored records a state change touched. */
export class RecordWatcher {
  private quiet = false;
  private readonly unsubscribe: () => void;

  constructor(store: PlannerStore, onDirty: (names: RecordName[]) => void) {
    this.unsubscribe = store.subscribe((state, prev) => {
      if (this.quiet) return;
      const names = RECORD_NAMES.filter((name) =>
        RECORD_SOURCES[name].some((get) => get(state) !== get(prev)),
      );
      // Only a change of a stored record asks for a write (a notice about a failed write must not retry it in a loop).
      if (names.length) onDirty(names);
    });
  }

  /** Applies a change that came from storage (another tab): it is stored already, so nothing is marked dirty. */
  fromStorage(apply: () => void): void {
    this.quiet = true;
    try {
      apply();
    } finally {
      this.quiet = false;
    }
  }

  stop(): void {
    this.unsubscribe();
  }
}
