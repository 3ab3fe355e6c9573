// Opening the app by URL (issue 5 item 2): a share link shows the path read-only and writes nothing; a broken link
// says so and changes nothing stored; "Save as my profile" adds a profile and keeps the visitor's own.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { startSession } from '../../src/session/startSession';
import { sessionStore } from '../../src/session/sessionStore';
import { buildCatalog } from '../../src/domain/catalog';
import { indexCatalog } from '../../src/domain/graph';
import { pathNodeKeys } from '../../src/share/graph';
import { encodeShare } from '../../src/share/payload';
import { idbBackend } from '../../src/storage/backend';
import { createPlannerStore } from '../../src/store/store';
import { activeStatuses } from '../../src/store/progressSlice';

const APP = 'http://127.0.0.1:4173/';
const noLayout = { layout: async () => ({}) };

beforeEach(() => {
  // A fresh IndexedDB per test: each is a new visitor.
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  sessionStore.setState({
    mode: 'own',
    error: null,
    loading: null,
    sharedName: null,
    catalogUrl: null,
    saveAsMyProfile: null,
    leave: null,
  });
});
afterEach(() => sessionStore.setState({ error: null }));

async function storedKeys(): Promise<string[]> {
  return (await idbBackend().keys()).sort();
}

async function seedVisitor() {
  const backend = idbBackend();
  await backend.set('planner/profiles', {
    schemaVersion: 1,
    activeId: 'me',
    profiles: {
      me: { id: 'me', name: 'Me', statuses: { 'MOD-705': 'completed' }, goal: null, pace: null, notes: {} },
    },
  });
}

describe('session by URL', () => {
  it('U1: a share link shows the sharer statuses read-only and writes nothing to storage', async () => {
    await seedVisitor();
    const before = await storedKeys();
    const { token } = await encodeShare({
      name: 'Ana',
      statuses: { 'MOD-805': 'completed' },
      goal: { type: 'role', role: 'AI Infrastructure Team Lead' },
      pace: null,
      sources: null,
      catalogUrl: null,
    });
    const store = createPlannerStore(noLayout);
    await startSession(store, { href: `${APP}#share=${token}`, navigate: () => undefined });
    expect(sessionStore.getState().mode).toBe('shared');
    expect(activeStatuses(store.getState())).toEqual({ 'MOD-805': 'completed' });
    expect(store.getState().catalog.nodes.some((n) => n.id === 'MOD-805')).toBe(true);
    store.getState().toggleComplete('MOD-807');
    store.getState().setNote('MOD-807', 'x');
    expect(activeStatuses(store.getState())).toEqual({ 'MOD-805': 'completed' });
    await new Promise((r) => setTimeout(r, 400));
    expect(await storedKeys()).toEqual(before);
    const stored = (await idbBackend().get('planner/profiles')) as { profiles: Record<string, unknown> };
    expect(Object.keys(stored.profiles)).toEqual(['me']);
  });

  it('U2: a tampered link gives a clear message, shows the visitor planner, and stored progress is unchanged', async () => {
    await seedVisitor();
    const store = createPlannerStore(noLayout);
    await startSession(store, { href: `${APP}#share=v1.AAAAthis-is-not-it`, navigate: () => undefined });
    expect(sessionStore.getState().mode).toBe('own');
    expect(sessionStore.getState().error).toMatch(/share link.*nothing stored was changed/is);
    expect(activeStatuses(store.getState())).toEqual({ 'MOD-705': 'completed' });
    const stored = (await idbBackend().get('planner/profiles')) as { profiles: { me: { statuses: object } } };
    expect(stored.profiles.me.statuses).toEqual({ 'MOD-705': 'completed' });
  });

  it('U3: "Save as my profile" adds the shared path as a new profile, keeps the visitor own, and opens the planner', async () => {
    await seedVisitor();
    const { token } = await encodeShare({
      name: 'Me',
      statuses: { 'MOD-805': 'in-progress' },
      goal: null,
      pace: { hoursPerWeek: 4, startDate: '2025-01-06' },
      sources: null,
      catalogUrl: null,
    });
    const store = createPlannerStore(noLayout);
    let went = '';
    await startSession(store, { href: `${APP}#share=${token}`, navigate: (h) => (went = h) });
    await sessionStore.getState().saveAsMyProfile!();
    expect(went).toBe(APP);
    const stored = (await idbBackend().get('planner/profiles')) as {
      activeId: string;
      profiles: Record<string, { name: string; statuses: object; pace: unknown }>;
    };
    expect(Object.keys(stored.profiles).sort()).toEqual(['me', 'me-2']);
    expect(stored.activeId).toBe('me-2');
    expect(stored.profiles['me-2']).toMatchObject({
      name: 'Me (2)',
      statuses: { 'MOD-805': 'in-progress' },
      pace: { hoursPerWeek: 4, startDate: '2025-01-06' },
    });
    expect(stored.profiles.me!.statuses).toEqual({ 'MOD-705': 'completed' });
  });

  it('U4: ?catalog= shows the fetched catalog only and never stores it; a failed fetch is reported', async () => {
    const doc =
      '# Module Roadmap\n\n## Module Overview\n\n- **Module ID**: MOD-950\n- **Module Title**: Hosted Things\n- **Duration**: 5 hours\n';
    const fetchOk = (async () => new Response(doc, { status: 200 })) as typeof fetch;
    const store = createPlannerStore(noLayout);
    await startSession(store, {
      href: `${APP}?catalog=${encodeURIComponent('http://127.0.0.1:9/c.md')}`,
      navigate: () => undefined,
      fetch: fetchOk,
    });
    expect(sessionStore.getState().mode).toBe('hosted');
    expect(store.getState().catalog.nodes.map((n) => n.id)).toEqual(['MOD-950']);
    store.getState().toggleComplete(store.getState().catalog.nodes[0]!.key);
    await new Promise((r) => setTimeout(r, 500));
    const keys = await storedKeys();
    expect(keys).not.toContain('planner/catalog');
    expect(keys).not.toContain('planner/sources');
    expect(keys).toContain('planner/profiles');

    const fetch404 = (async () =>
      new Response('no', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    const other = createPlannerStore(noLayout);
    await startSession(other, {
      href: `${APP}?catalog=${encodeURIComponent('http://127.0.0.1:9/x.json')}`,
      navigate: () => undefined,
      fetch: fetch404,
    });
    expect(sessionStore.getState().error).toMatch(/404/);
    expect(other.getState().catalog.nodes.some((n) => n.id === 'MOD-805')).toBe(true);
  });

  it('U5: a link carrying the path only shows those nodes alone, says "path only — n of m", and writes nothing', async () => {
    await seedVisitor();
    const before = await storedKeys();
    // MOD-604, off the path, has a long title that does not compress: the whole catalog does not fit.
    let seed = 3;
    const noise = Array.from({ length: 400 }, () =>
      String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26)),
    ).join('');
    const docs = ['MOD-601', 'MOD-602', 'MOD-603', 'MOD-604'].map((id, i) => ({
      path: `${id}.md`,
      text: `# Module Roadmap\n\n## Module Overview\n\n- **Module ID**: ${id}\n- **Module Title**: ${i === 3 ? noise : `Step ${i}`}\n- **Target Role(s)**: ${i < 2 ? 'Path Role' : 'Other'}\n- **Duration**: 6 hours\n- **Prerequisites**: ${i === 1 ? 'MOD-603' : 'None'}\n`,
    }));
    const catalog = buildCatalog(docs);
    const statuses = { 'MOD-603': 'completed' as const };
    const goal = { type: 'role' as const, role: 'Path Role' };
    const { token, carries } = await encodeShare(
      {
        name: 'Ana',
        statuses,
        goal,
        pace: null,
        sources: docs,
        catalogUrl: null,
        catalog,
        pathKeys: pathNodeKeys(indexCatalog(catalog), statuses, goal),
      },
      // Room for the path, not for the documents or the whole catalog.
      400,
    );
    expect(carries).toBe('path');
    const store = createPlannerStore(noLayout);
    await startSession(store, { href: `${APP}#share=${token}`, navigate: () => undefined });
    expect(sessionStore.getState().mode).toBe('shared');
    expect(sessionStore.getState().sharedGraph).toEqual({ shown: 3, total: 4, titles: true });
    expect(
      store
        .getState()
        .catalog.nodes.map((n) => [n.id, n.title])
        .sort(),
    ).toEqual([
      ['MOD-601', 'Step 0'],
      ['MOD-602', 'Step 1'],
      ['MOD-603', 'Step 2'],
    ]);
    expect(activeStatuses(store.getState())).toEqual(statuses);
    await new Promise((r) => setTimeout(r, 300));
    expect(await storedKeys()).toEqual(before);
  });
});
