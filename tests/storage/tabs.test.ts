// Two tabs on one database never lose each other's changes: writes re-read and merge per node key inside one
// transaction, and a BroadcastChannel tells the other tab to re-read. (Node's BroadcastChannel links the two stores.)
import { describe, expect, it } from 'vitest';
import { idbBackend } from '../../src/storage/backend';
import { hydrateAndPersist } from '../../src/session/hydrate';
import { mergeKeyed, mergeProfiles } from '../../src/storage/merge';
import { SCHEMA_VERSION } from '../../src/storage/schema';
import { recordKey } from '../../src/storage/storage';
import { activeStatuses } from '../../src/store/progressSlice';
import { fixtureStore } from '../store/fixtureCatalog';

const page = () => ({
  win: new EventTarget() as unknown as Window,
  doc: Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Document,
});

async function twoTabs() {
  const db = `tabs-${Math.random().toString(36).slice(2)}`;
  const channelName = `ch-${db}`;
  const heard: string[][] = [];
  const open = async () => {
    const { store } = fixtureStore();
    const { persistence } = await hydrateAndPersist(store, idbBackend(db), {
      ...page(),
      throttleMs: 0,
      channelName,
      onRemoteChange: (n) => heard.push(n),
    });
    return { store, persistence: persistence! };
  };
  const a = await open();
  const b = await open();
  return { a, b, db, heard, stop: () => (a.persistence.stop(), b.persistence.stop()) };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('two tabs', () => {
  it('T1: tabs marking different nodes at the same time both survive, in storage and on screen', async () => {
    const { a, b, db, stop } = await twoTabs();
    // Both change before either hears of the other.
    a.store.getState().toggleComplete('MOD-1');
    b.store.getState().setStatus('MOD-9', 'in-progress');
    await Promise.all([a.persistence.flush(), b.persistence.flush()]);
    const stored = (await idbBackend(db).get(recordKey('profiles'))) as {
      profiles: { me: { statuses: object } };
    };
    expect(stored.profiles.me.statuses).toEqual({ 'MOD-1': 'completed', 'MOD-9': 'in-progress' });
    await until(
      () =>
        Object.keys(activeStatuses(a.store.getState())).length === 2 &&
        Object.keys(activeStatuses(b.store.getState())).length === 2,
    );
    expect(activeStatuses(a.store.getState())).toEqual({ 'MOD-1': 'completed', 'MOD-9': 'in-progress' });
    expect(activeStatuses(b.store.getState())).toEqual({ 'MOD-1': 'completed', 'MOD-9': 'in-progress' });
    stop();
  });

  it('T2: notes and dragged positions from two tabs are merged per node key too', async () => {
    const { a, b, db, stop } = await twoTabs();
    a.store.getState().setNote('MOD-1', 'from tab A');
    a.store.getState().moveNode('MOD-1', 10, 10);
    b.store.getState().setNote('MOD-2', 'from tab B');
    b.store.getState().moveNode('MOD-2', 20, 20);
    await a.persistence.flush();
    await b.persistence.flush();
    const kv = idbBackend(db);
    const profiles = (await kv.get(recordKey('profiles'))) as { profiles: { me: { notes: object } } };
    expect(profiles.profiles.me.notes).toEqual({ 'MOD-1': 'from tab A', 'MOD-2': 'from tab B' });
    expect(await kv.get(recordKey('positions'))).toMatchObject({
      LR: { 'MOD-1': { x: 10, y: 10 }, 'MOD-2': { x: 20, y: 20 } },
    });
    await until(() => Object.keys(a.store.getState().manualPositions.LR).length === 2);
    expect(a.store.getState().profiles.profiles.me?.notes).toEqual({
      'MOD-1': 'from tab A',
      'MOD-2': 'from tab B',
    });
    stop();
  });

  it('T3: an un-mark in one tab is not undone by the other tab writing later', async () => {
    const { a, b, db, stop } = await twoTabs();
    a.store.getState().toggleComplete('MOD-1');
    await a.persistence.flush();
    await until(() => activeStatuses(b.store.getState())['MOD-1'] === 'completed');
    b.store.getState().toggleComplete('MOD-1'); // b un-marks it
    await b.persistence.flush();
    a.store.getState().toggleComplete('MOD-9'); // a writes something else, possibly before hearing of b
    await a.persistence.flush();
    const stored = (await idbBackend(db).get(recordKey('profiles'))) as {
      profiles: { me: { statuses: object } };
    };
    expect(stored.profiles.me.statuses).toEqual({ 'MOD-9': 'completed' });
    stop();
  });

  it('T4: merge rules: this tab wins where it changed a key, the stored value wins elsewhere, deletions hold', () => {
    const base = { x: 1, y: 1, z: 1 };
    expect(mergeKeyed(base, { x: 2, y: 1, z: 1 }, { x: 1, y: 3 })).toEqual({ x: 2, y: 3 });
    expect(mergeKeyed(base, { y: 1, z: 1 }, { x: 1, y: 1, z: 1, w: 4 })).toEqual({ y: 1, z: 1, w: 4 });
    const p = (statuses: Record<string, 'completed'>) => ({
      id: 'me',
      name: 'Me',
      statuses,
      goal: null,
      pace: null,
      notes: {},
    });
    const v = SCHEMA_VERSION;
    const merged = mergeProfiles(
      { schemaVersion: v, activeId: 'me', profiles: { me: p({}) } },
      { schemaVersion: v, activeId: 'me', profiles: { me: p({ A: 'completed' }) } },
      {
        schemaVersion: v,
        activeId: 'me',
        profiles: { me: p({ B: 'completed' }), ana: { ...p({}), id: 'ana', name: 'Ana' } },
      },
    );
    expect(merged.profiles.me?.statuses).toEqual({ A: 'completed', B: 'completed' });
    expect(Object.keys(merged.profiles).sort()).toEqual(['ana', 'me']); // a profile added in the other tab is kept
  });
});
