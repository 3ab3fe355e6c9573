// The persistence object's named states (session/persist.ts): which transitions happen, and that only `ready` writes.
import { describe, expect, it } from 'vitest';
import { memoryBackend, type KeyValueBackend } from '../../src/storage/backend';
import { hydrateAndPersist } from '../../src/session/hydrate';
import { LocalPersistence, type PersistenceState } from '../../src/session/persist';
import { SCHEMA_VERSION } from '../../src/storage/schema';
import { createStorage, recordKey } from '../../src/storage/storage';
import { fixtureStore } from '../store/fixtureCatalog';

const page = () => ({
  win: new EventTarget() as unknown as Window,
  doc: Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Document,
});

/** Options that record every state the persistence enters. */
function watched() {
  const states: PersistenceState[] = [];
  return {
    states,
    options: {
      ...page(),
      throttleMs: 0,
      channelName: null,
      onStateChange: (state: PersistenceState) => states.push(state),
    },
  };
}

/** A backend that counts writes (update/set/setMany/putNow). */
function counting(backend: KeyValueBackend) {
  let writes = 0;
  const counted: KeyValueBackend = {
    ...backend,
    set: (k, v) => (writes++, backend.set(k, v)),
    setMany: (e) => (writes++, backend.setMany(e)),
    update: (k, w) => (writes++, backend.update(k, w)),
    putNow: (e) => (writes++, backend.putNow(e)),
  };
  return { backend: counted, writes: () => writes };
}

describe('persistence states (ST1)', () => {
  it('ST1: loading → ready once the store is hydrated; ready writes; stop() → stopped, which writes nothing', async () => {
    const { store } = fixtureStore();
    const { states, options } = watched();
    const { backend, writes } = counting(memoryBackend());
    const { persistence } = await hydrateAndPersist(store, backend, options);
    expect(states).toEqual(['ready']);
    expect(persistence.state).toBe('ready');
    const before = writes();
    store.getState().toggleComplete('MOD-1');
    await persistence.flush();
    expect(writes()).toBe(before + 1);
    persistence.stop();
    expect(persistence.state).toBe('stopped');
    store.getState().toggleComplete('MOD-2');
    await persistence.flush();
    expect(writes()).toBe(before + 1);
    expect(states).toEqual(['ready', 'stopped']);
  });

  it('S6: loading → newer-schema when the stored data is newer; nothing is ever written', async () => {
    const { store } = fixtureStore();
    const { states, options } = watched();
    const { backend, writes } = counting(memoryBackend());
    await backend.set(recordKey('profiles'), { schemaVersion: SCHEMA_VERSION + 1, anything: true });
    const before = writes();
    const { persistence } = await hydrateAndPersist(store, backend, options);
    expect(states).toEqual(['newer-schema']);
    store.getState().toggleComplete('MOD-1');
    await persistence.flush();
    expect(writes()).toBe(before);
  });

  it('S7: ready → newer-schema when a write finds data from a newer planner; later changes are not written', async () => {
    const { store } = fixtureStore();
    const { states, options } = watched();
    const { backend, writes } = counting(memoryBackend());
    const { persistence } = await hydrateAndPersist(store, backend, { ...options, onError: () => {} });
    const stored = await backend.get(recordKey('profiles'));
    await backend.set(recordKey('profiles'), {
      ...(stored as object),
      schemaVersion: SCHEMA_VERSION + 1,
    });
    store.getState().toggleComplete('MOD-1');
    await persistence.flush();
    expect(persistence.state).toBe('newer-schema');
    const before = writes();
    store.getState().toggleComplete('MOD-2');
    await persistence.flush();
    expect(writes()).toBe(before);
    expect(states).toEqual(['ready', 'newer-schema']);
  });

  it('F1: loading → failed when the stored data cannot be read; the tab runs in memory and writes nothing', async () => {
    const { store } = fixtureStore();
    const { states, options } = watched();
    const { backend, writes } = counting(memoryBackend());
    const unreadable: KeyValueBackend = {
      ...backend,
      get: () => Promise.reject(new Error('disk on fire')),
      keys: () => Promise.reject(new Error('disk on fire')),
    };
    const { persistence } = await hydrateAndPersist(store, unreadable, options);
    expect(states).toEqual(['failed']);
    expect(store.getState().storageMode).toBe('memory');
    store.getState().toggleComplete('MOD-1');
    await persistence.flush();
    expect(writes()).toBe(0);
  });

  it('ST1: loading → read-only (a shared view): it never subscribes, so no change is written', async () => {
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    const { states, options } = watched();
    const { backend, writes } = counting(memoryBackend());
    const persistence = new LocalPersistence(store, createStorage(backend), options);
    expect(persistence.state).toBe('loading');
    persistence.refuse('read-only', 'a shared path is shown');
    persistence.start(); // start() only leaves `loading`: a read-only tab stays read-only
    store.getState().toggleComplete('MOD-1');
    await persistence.flush();
    expect(writes()).toBe(0);
    expect(states).toEqual(['read-only']);
  });
});
