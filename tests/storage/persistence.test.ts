import { describe, expect, it } from 'vitest';
import { idbBackend, memoryBackend, type KeyValueBackend } from '../../src/storage/backend';
import { hydrateAndPersist } from '../../src/session/hydrate';
import { startPersistence } from '../../src/session/persist';
import { SCHEMA_VERSION } from '../../src/storage/schema';
import { createStorage, recordKey } from '../../src/storage/storage';
import { selectPositions } from '../../src/store/derived';
import { activeStatuses } from '../../src/store/progressSlice';
import { fixtureStore } from '../store/fixtureCatalog';

let dbCounter = 0;
const freshDb = () => idbBackend(`planner-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`);

/** A window/document pair whose events the test fires by hand. */
function fakePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return { win: win as unknown as Window, doc: doc as unknown as Document, raw: { win, doc } };
}

/** Counts backend writes (setMany/set calls) so batching can be checked. */
function counting(backend: KeyValueBackend) {
  let writes = 0;
  return {
    backend: {
      ...backend,
      kind: backend.kind,
      setMany: (e: [string, unknown][]) => (writes++, backend.setMany(e)),
      set: (k: string, v: unknown) => (writes++, backend.set(k, v)),
      // storage.save writes through one read-merge-write transaction
      update: (k: string[], w: (c: unknown[]) => [string, unknown][]) => (writes++, backend.update(k, w)),
    },
    writes: () => writes,
  };
}

/** A fixture store whose layouts are counted (and done on this thread). */
function countingLayouts() {
  let calls = 0;
  const fixture = fixtureStore({
    layout: async (input, direction) => {
      calls++;
      const { layoutCatalog } = await import('../../src/layout/layout');
      return layoutCatalog(input, direction);
    },
  });
  return { ...fixture, layouts: () => calls };
}

describe('persistence (IndexedDB through idb-keyval, fake-indexeddb in tests)', () => {
  it('a reload with an unchanged catalog lays nothing out (the stored layout is reused); a changed one is laid out once', async () => {
    const db = freshDb();
    const page = fakePage();
    const first = countingLayouts();
    const one = await hydrateAndPersist(first.store, db, { throttleMs: 20, win: page.win, doc: page.doc });
    await first.store.getState().computeLayout();
    expect(first.layouts()).toBe(1);
    const laidOut = first.store.getState().autoPositions;
    await one.persistence!.flush();
    one.persistence!.stop();

    const second = countingLayouts();
    const two = await hydrateAndPersist(second.store, db, { throttleMs: 20, win: page.win, doc: page.doc });
    await second.store.getState().computeLayout();
    expect(second.layouts()).toBe(0);
    expect(second.store.getState().autoPositions).toEqual(laidOut);

    // Another catalog (an import) is laid out, once, and that layout is the one stored next.
    await second.store.getState().importDocuments([{ path: 'more.md', text: 'MOD-40 | Imported | MOD-3' }]);
    await second.store.getState().computeLayout();
    expect(second.layouts()).toBe(1);
    await two.persistence!.flush();
    two.persistence!.stop();
    const third = countingLayouts();
    await hydrateAndPersist(third.store, db, { win: page.win, doc: page.doc });
    await third.store.getState().computeLayout();
    expect(third.layouts()).toBe(0);
    expect(third.store.getState().autoPositions['MOD-40']).toBeDefined();
  });

  it('round trip: statuses, positions, settings, goal and imported documents survive a reload', async () => {
    const db = freshDb();
    const page = fakePage();
    const first = fixtureStore();
    const { persistence } = await hydrateAndPersist(first.store, db, {
      throttleMs: 50,
      win: page.win,
      doc: page.doc,
    });
    const s = first.store.getState();
    await s.importDocuments([{ path: 'more.md', text: 'MOD-40 | Imported | MOD-3' }]);
    s.toggleComplete('MOD-1');
    s.setStatus('MOD-2', 'in-progress');
    s.moveNode('MOD-3', 123, 456);
    await s.setDirection('LR');
    s.setTheme('dark');
    s.setFilters({ role: 'Engineer' });
    s.setGoal({ type: 'role', role: 'Analyst' });
    await persistence!.flush();
    persistence!.stop();

    const second = fixtureStore();
    await hydrateAndPersist(second.store, db, { win: page.win, doc: page.doc });
    const r = second.store.getState();
    expect(second.parses()).toBe(0); // the stored built catalog is used: no parsing on reload
    expect(r.index.byKey.has('MOD-40')).toBe(true);
    expect(r.sources.map((d) => d.path)).toEqual(['more.md']);
    expect(activeStatuses(r)).toEqual({ 'MOD-1': 'completed', 'MOD-2': 'in-progress' });
    expect(r.manualPositions.LR['MOD-3']).toEqual({ x: 123, y: 456 });
    await r.computeLayout();
    expect(selectPositions(second.store.getState())['MOD-3']).toEqual({ x: 123, y: 456 });
    expect(r.theme).toBe('dark');
    expect(r.filters).toEqual({ role: 'Engineer', status: null });
    expect(r.profiles.profiles[r.profiles.activeId]?.goal).toEqual({ type: 'role', role: 'Analyst' });
    expect(r.storageMode).toBe('indexeddb');
  });

  it('I3/I7: completion dates and progress kept aside survive a reload (written through the merge)', async () => {
    const db = freshDb();
    const page = fakePage();
    const first = fixtureStore();
    const { persistence } = await hydrateAndPersist(first.store, db, {
      throttleMs: 50,
      win: page.win,
      doc: page.doc,
    });
    const s = first.store.getState();
    await s.importDocuments([{ path: 'more.md', text: 'MOD-40 | Imported | MOD-3' }]);
    s.setStatus('MOD-40', 'skipped');
    s.setNote('MOD-40', 'knew it');
    await persistence!.flush();
    // The document leaves: MOD-40's progress is kept aside.
    await s.resetCatalog();
    await persistence!.flush();
    expect(first.store.getState().aside['MOD-40']?.profiles.me).toMatchObject({
      status: 'skipped',
      note: 'knew it',
    });
    s.setStatus('MOD-1', 'completed');
    await persistence!.flush();
    persistence!.stop();

    const second = fixtureStore();
    await hydrateAndPersist(second.store, db, { win: page.win, doc: page.doc });
    const r = second.store.getState();
    const me = r.profiles.profiles[r.profiles.activeId]!;
    expect(me.history?.['MOD-1']?.map((e) => e.status)).toEqual(['completed']);
    expect(Date.parse(me.history!['MOD-1']![0]!.at)).not.toBeNaN();
    expect(r.aside['MOD-40']?.profiles.me).toMatchObject({ status: 'skipped', note: 'knew it' });
    expect(r.aside['MOD-40']?.profiles.me?.history?.map((e) => e.status)).toEqual(['skipped']);
  });

  it('writes are batched: many changes inside the window become one write', async () => {
    const { backend, writes } = counting(memoryBackend());
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    await store.getState().computeLayout(); // the layout has landed (its own record is written when it does)
    const persistence = startPersistence(store, createStorage(backend), {
      throttleMs: 40,
      win: fakePage().win,
      doc: fakePage().doc,
    });
    for (const k of ['MOD-1', 'MOD-2', 'MOD-3', 'MOD-9']) store.getState().toggleComplete(k);
    expect(writes()).toBe(0);
    await new Promise((r) => setTimeout(r, 120));
    expect(writes()).toBe(1);
    const stored = (await backend.get(recordKey('profiles'))) as {
      profiles: Record<string, { statuses: object }>;
    };
    expect(Object.keys(stored.profiles.me!.statuses)).toHaveLength(4);
    persistence.stop();
  });

  it('the first change after a quiet period is written at once; later ones inside the window are batched', async () => {
    const { backend, writes } = counting(memoryBackend());
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    await store.getState().computeLayout(); // the layout has landed before writes are counted
    const persistence = startPersistence(store, createStorage(backend), {
      throttleMs: 80,
      win: fakePage().win,
      doc: fakePage().doc,
    });
    store.getState().toggleComplete('MOD-1');
    await Promise.resolve();
    await Promise.resolve();
    expect(writes()).toBe(1); // leading edge: no waiting for the window
    store.getState().toggleComplete('MOD-2');
    store.getState().toggleComplete('MOD-3');
    await new Promise((r) => setTimeout(r, 20));
    expect(writes()).toBe(1); // inside the window: held back
    await new Promise((r) => setTimeout(r, 120));
    expect(writes()).toBe(2); // one trailing write for both
    const stored = (await backend.get(recordKey('profiles'))) as {
      profiles: Record<string, { statuses: object }>;
    };
    expect(Object.keys(stored.profiles.me!.statuses).sort()).toEqual(['MOD-1', 'MOD-2', 'MOD-3']);
    persistence.stop();
  });

  it('pagehide flushes pending changes at once (closing the tab right after a click loses nothing)', async () => {
    const backend = memoryBackend();
    const page = fakePage();
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    await store.getState().computeLayout(); // the layout has landed before writes are counted
    const persistence = startPersistence(store, createStorage(backend), {
      throttleMs: 60_000,
      win: page.win,
      doc: page.doc,
    });
    store.getState().setTheme('dark'); // leading-edge write; the next change waits for the window
    await persistence.flush();
    store.getState().toggleComplete('MOD-1');
    await new Promise((r) => setTimeout(r, 10));
    expect(await backend.get(recordKey('profiles'))).toBeUndefined();
    page.raw.win.dispatchEvent(new Event('pagehide'));
    await persistence.flush();
    const stored = (await backend.get(recordKey('profiles'))) as {
      schemaVersion: number;
      profiles: Record<string, { statuses: Record<string, string> }>;
    };
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.profiles.me!.statuses['MOD-1']).toBe('completed');
    persistence.stop();
  });

  it('pagehide writes without waiting for a read: pending changes and those stuck in a read-merge write both land', async () => {
    // In an unloading page a read's callback never runs, so a read-then-write transaction never writes.
    // Model that: update() never settles; only the blind, committed-at-once putNow reaches the store.
    const inner = memoryBackend();
    const deadReads: KeyValueBackend = {
      ...inner,
      kind: inner.kind,
      update: () => new Promise<void>(() => {}),
    };
    const page = fakePage();
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    await store.getState().computeLayout(); // the layout has landed before writes are counted
    const persistence = startPersistence(store, createStorage(deadReads), {
      throttleMs: 60_000,
      win: page.win,
      doc: page.doc,
    });
    store.getState().moveNode('MOD-3', 10, 20); // leading-edge write: stuck waiting for its read
    await new Promise((r) => setTimeout(r, 0));
    store.getState().toggleComplete('MOD-1'); // batched: waits for the window
    await new Promise((r) => setTimeout(r, 10));
    expect(await inner.get(recordKey('profiles'))).toBeUndefined();
    page.raw.win.dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 10));
    const stored = (await inner.get(recordKey('profiles'))) as {
      profiles: Record<string, { statuses: Record<string, string> }>;
    };
    expect(stored.profiles.me!.statuses['MOD-1']).toBe('completed');
    const positions = (await inner.get(recordKey('positions'))) as {
      LR: Record<string, { x: number; y: number }>;
    };
    expect(positions.LR['MOD-3']).toEqual({ x: 10, y: 20 });
    persistence.stop();
  });

  it('visibilitychange to hidden flushes too', async () => {
    const backend = memoryBackend();
    const page = fakePage();
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    await store.getState().computeLayout(); // the layout has landed before writes are counted
    const persistence = startPersistence(store, createStorage(backend), {
      throttleMs: 60_000,
      win: page.win,
      doc: page.doc,
    });
    store.getState().setFilters({ role: 'Engineer' });
    await persistence.flush();
    store.getState().setTheme('light');
    await new Promise((r) => setTimeout(r, 10));
    expect(await backend.get(recordKey('settings'))).toMatchObject({ theme: 'system' });
    (page.raw.doc as unknown as { visibilityState: string }).visibilityState = 'hidden';
    page.raw.doc.dispatchEvent(new Event('visibilitychange'));
    await persistence.flush();
    expect(await backend.get(recordKey('settings'))).toMatchObject({ theme: 'light' });
    persistence.stop();
  });

  it('nothing is written while loading: hydration itself causes no write of progress', async () => {
    const { backend, writes } = counting(memoryBackend());
    await backend.set(recordKey('settings'), {
      schemaVersion: 1,
      direction: 'TB',
      theme: 'dark',
      filters: { role: null, status: null },
    });
    const before = writes();
    const { store } = fixtureStore();
    await hydrateAndPersist(store, backend, { win: fakePage().win, doc: fakePage().doc });
    expect(store.getState().direction).toBe('TB');
    expect(await backend.get(recordKey('profiles'))).toBeUndefined();
    // Only the freshly built catalog (and its sources) is saved, once.
    expect(writes() - before).toBe(1);
  });

  it('an invalid record is kept aside (never deleted), the user is told, and the rest loads', async () => {
    const backend = memoryBackend();
    const garbage = {
      schemaVersion: 1,
      activeId: 'me',
      profiles: { me: { statuses: { 'MOD-1': 'done-ish' } } },
    };
    await backend.set(recordKey('profiles'), garbage);
    await backend.set(recordKey('settings'), {
      schemaVersion: 1,
      direction: 'TB',
      theme: 'light',
      filters: { role: null, status: null },
    });
    const { store } = fixtureStore();
    await hydrateAndPersist(store, backend, { win: fakePage().win, doc: fakePage().doc });
    const s = store.getState();
    expect(s.theme).toBe('light');
    expect(activeStatuses(s)).toEqual({});
    expect(s.notices.some((n) => n.tone === 'warning' && n.text.includes('kept aside'))).toBe(true);
    const asideKeys = (await backend.keys()).filter((k) => k.includes('invalid/profiles'));
    expect(asideKeys).toHaveLength(1);
    expect(await backend.get(asideKeys[0]!)).toEqual(garbage);
  });

  it('data from a newer schema is never overwritten', async () => {
    const { backend, writes } = counting(memoryBackend());
    const newer = { schemaVersion: SCHEMA_VERSION + 1, anything: true };
    await backend.set(recordKey('profiles'), newer);
    const { store } = fixtureStore();
    const { persistence } = await hydrateAndPersist(store, backend, {
      throttleMs: 10,
      win: fakePage().win,
      doc: fakePage().doc,
    });
    const w = writes();
    expect(persistence.state).toBe('newer-schema');
    store.getState().toggleComplete('MOD-1');
    await new Promise((r) => setTimeout(r, 40));
    expect(writes()).toBe(w);
    expect(await backend.get(recordKey('profiles'))).toEqual(newer);
    expect(store.getState().notices.some((n) => n.tone === 'error')).toBe(true);
  });

  it('memory backend mode is reported so the UI can show its banner', async () => {
    const { store } = fixtureStore();
    await hydrateAndPersist(store, memoryBackend(), { win: fakePage().win, doc: fakePage().doc });
    expect(store.getState().storageMode).toBe('memory');
  });
});

describe('stored catalog and shipped seeds', () => {
  it('a stored catalog built from other seeds is rebuilt from the stored sources (an app update)', async () => {
    const backend = memoryBackend();
    const first = fixtureStore();
    await hydrateAndPersist(first.store, backend, { win: fakePage().win, doc: fakePage().doc });
    await first.store.getState().importDocuments([{ path: 'mine.md', text: 'MOD-70 | Mine | ' }]);
    await new Promise((r) => setTimeout(r, 400));
    const same = fixtureStore();
    await hydrateAndPersist(same.store, backend, { win: fakePage().win, doc: fakePage().doc });
    expect(same.parses()).toBe(0);
    const updated = fixtureStore({ seeds: [{ path: 'new-seed.md', text: 'MOD-99 | New seed | ' }] });
    await hydrateAndPersist(updated.store, backend, { win: fakePage().win, doc: fakePage().doc });
    expect(updated.parses()).toBe(1);
    const keys = [...updated.store.getState().index.byKey.keys()];
    expect(keys).toContain('MOD-99');
    expect(keys).toContain('MOD-70');
    expect(keys).not.toContain('MOD-1');
  });
});
