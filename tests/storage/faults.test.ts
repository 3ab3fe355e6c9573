// Storage faults: IndexedDB unavailable → memory; quota exceeded → a clear error and nothing half-written;
// persistent storage requested once after load.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idbBackend, openBackend } from '../../src/storage/backend';
import { hydrateAndPersist, requestPersistentStorage, saveErrorMessage } from '../../src/session/hydrate';
import { SCHEMA_VERSION } from '../../src/storage/schema';
import { createStorage, recordKey } from '../../src/storage/storage';
import { activeStatuses } from '../../src/store/progressSlice';
import { fixtureStore } from '../store/fixtureCatalog';

const freshDb = () => idbBackend(`faults-${Math.random().toString(36).slice(2)}`);
const quiet = () => ({
  win: new EventTarget() as unknown as Window,
  doc: Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Document,
  channelName: null,
  throttleMs: 0,
});

/** Makes IDBObjectStore.put throw QuotaExceededError from the nth call on (like a stub in a full browser). */
function quotaAfter(n: number) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (++calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
  return spy;
}

afterEach(() => vi.restoreAllMocks());

describe('storage faults', () => {
  it('F1: without indexedDB, or when opening it throws, storage falls back to memory', async () => {
    const saved = globalThis.indexedDB;
    try {
      Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
      expect((await openBackend('x')).kind).toBe('memory');
      Object.defineProperty(globalThis, 'indexedDB', {
        value: {
          open: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        },
        configurable: true,
      });
      expect((await openBackend('y')).kind).toBe('memory');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true });
    }
  });

  it('F2: in memory mode the store says so (the banner reads storageMode) and progress still works', async () => {
    const saved = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const { store } = fixtureStore();
      const { persistent, persistence } = await hydrateAndPersist(store, undefined, quiet());
      expect(persistent).toBe(false);
      expect(store.getState().storageMode).toBe('memory');
      store.getState().toggleComplete('MOD-1');
      expect(activeStatuses(store.getState())).toEqual({ 'MOD-1': 'completed' });
      persistence?.stop();
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true });
    }
  });

  it('F3: a quota error on the second put of a batch aborts the whole batch: nothing half-written', async () => {
    const kv = freshDb();
    const storage = createStorage(kv);
    const v = SCHEMA_VERSION as typeof SCHEMA_VERSION;
    const oldProfiles = {
      schemaVersion: v,
      activeId: 'me',
      profiles: {
        me: {
          id: 'me',
          name: 'Me',
          statuses: { A: 'completed' as const },
          goal: null,
          pace: null,
          notes: {},
        },
      },
    };
    const oldPositions = { schemaVersion: v, LR: { A: { x: 1, y: 1 } }, TB: {} };
    await storage.save({ profiles: oldProfiles, positions: oldPositions });
    quotaAfter(2);
    const next = {
      profiles: {
        ...oldProfiles,
        profiles: {
          me: { ...oldProfiles.profiles.me, statuses: { A: 'completed' as const, B: 'completed' as const } },
        },
      },
      positions: { ...oldPositions, LR: { A: { x: 9, y: 9 } } },
    };
    const error = await storage.save(next).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await kv.get(recordKey('profiles'))).toEqual(oldProfiles);
    expect(await kv.get(recordKey('positions'))).toEqual(oldPositions);
  });

  it('an update issues each put once the previous one has succeeded (one serialization per task), in one transaction', async () => {
    const kv = freshDb();
    await kv.set('warm', 1);
    const original = IDBObjectStore.prototype.put;
    const seen: { key: unknown; previousDone: boolean | null; tx: IDBTransaction }[] = [];
    let previous: IDBRequest | null = null;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      seen.push({
        key: args[1],
        previousDone: previous ? previous.readyState === 'done' : null,
        tx: this.transaction,
      });
      previous = original.apply(this, args);
      return previous;
    });
    await kv.update(['a', 'b', 'c'], () => [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    spy.mockRestore();
    expect(seen.map((x) => x.key)).toEqual(['a', 'b', 'c']);
    expect(seen.map((x) => x.previousDone)).toEqual([null, true, true]);
    expect(new Set(seen.map((x) => x.tx)).size).toBe(1);
    expect([await kv.get('a'), await kv.get('b'), await kv.get('c')]).toEqual([1, 2, 3]);
  });

  it('F4: quota exceeded while saving: a visible error, earlier progress intact, the change saved once space is back', async () => {
    const kv = freshDb();
    const { store } = fixtureStore();
    const { persistence } = await hydrateAndPersist(store, kv, quiet());
    store.getState().toggleComplete('MOD-1');
    await persistence!.flush();
    quotaAfter(1);
    store.getState().toggleComplete('MOD-2');
    store.getState().moveNode('MOD-2', 7, 7);
    await persistence!.flush();
    const errors = store.getState().notices.filter((n) => n.tone === 'error');
    expect(errors.map((n) => n.text).join('\n')).toMatch(/storage is full.*NOT saved/);
    vi.restoreAllMocks();
    const stored = (await kv.get(recordKey('profiles'))) as { profiles: { me: { statuses: object } } };
    expect(stored.profiles.me.statuses).toEqual({ 'MOD-1': 'completed' });
    expect(await kv.get(recordKey('positions'))).toBeUndefined();
    // The failed batch stays pending: the next change writes it along.
    store.getState().toggleComplete('MOD-3');
    await persistence!.flush();
    const after = (await kv.get(recordKey('profiles'))) as { profiles: { me: { statuses: object } } };
    expect(after.profiles.me.statuses).toEqual({
      'MOD-1': 'completed',
      'MOD-2': 'completed',
      'MOD-3': 'completed',
    });
    expect(await kv.get(recordKey('positions'))).toMatchObject({ LR: { 'MOD-2': { x: 7, y: 7 } } });
    persistence!.stop();
  });

  it('F5: the same quota message is not stacked once per click', async () => {
    const { store } = fixtureStore();
    const { persistence } = await hydrateAndPersist(store, freshDb(), quiet());
    quotaAfter(1);
    for (const k of ['MOD-1', 'MOD-2', 'MOD-3']) {
      store.getState().toggleComplete(k);
      await persistence!.flush();
    }
    expect(store.getState().notices.filter((n) => /storage is full/.test(n.text))).toHaveLength(1);
    persistence!.stop();
  });

  it('F6: navigator.storage.persist() is asked once after load, and its absence or failure is harmless', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ storage: { persist, persisted: async () => false } })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    const already = vi.fn(async () => true);
    expect(
      await requestPersistentStorage({ storage: { persist: already, persisted: async () => true } }),
    ).toBe(true);
    expect(already).not.toHaveBeenCalled();
    expect(await requestPersistentStorage({})).toBeNull();
    expect(
      await requestPersistentStorage({
        storage: {
          persist: async () => {
            throw new Error('nope');
          },
        },
      }),
    ).toBeNull();

    const navPersist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist: navPersist } });
    const { store } = fixtureStore();
    const { persistence } = await hydrateAndPersist(store, freshDb(), quiet());
    await new Promise((r) => setTimeout(r, 0));
    expect(navPersist).toHaveBeenCalledTimes(1);
    persistence?.stop();
    vi.unstubAllGlobals();
  });

  it('F7: save errors name the cause in words a learner understands', () => {
    expect(saveErrorMessage(new DOMException('x', 'QuotaExceededError'))).toMatch(/storage is full/);
    expect(saveErrorMessage(new Error('disk on fire'))).toMatch(/disk on fire.*earlier progress is intact/);
  });
});
