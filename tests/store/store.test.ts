import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/domain/progress';
import {
  selectEligibility,
  selectEmphasis,
  selectMatches,
  selectPath,
  selectPathOrder,
  selectPlan,
  selectPlanKeys,
  selectPositions,
  selectProgress,
} from '../../src/store/derived';
import { mergeSources } from '../../src/store/catalogSlice';
import { activeStatuses } from '../../src/store/progressSlice';
import { fixtureStore } from './fixtureCatalog';

async function ready() {
  const f = fixtureStore();
  await f.store.getState().rebuildCatalog([]);
  await f.store.getState().computeLayout();
  return f;
}

describe('planner store', () => {
  it('builds the catalog from the seeds with the parser loaded on demand', async () => {
    const { store, parses } = fixtureStore();
    expect(parses()).toBe(0);
    await store.getState().rebuildCatalog([]);
    expect(parses()).toBe(1);
    expect(
      store
        .getState()
        .catalog.nodes.map((n) => n.key)
        .sort(),
    ).toEqual(['MOD-1', 'MOD-2', 'MOD-3', 'MOD-9', 'PROJ-1']);
    expect(store.getState().catalogReady).toBe(true);
  });

  it('completing a prerequisite makes its dependent eligible and updates progress', async () => {
    const { store } = await ready();
    expect(selectEligibility(store.getState()).get('MOD-2')).toEqual({
      eligible: false,
      blockedBy: ['MOD-1'],
      blockedByGroups: [['MOD-1']],
    });
    store.getState().toggleComplete('MOD-1');
    const s = store.getState();
    expect(activeStatuses(s)['MOD-1']).toBe('completed');
    expect(selectEligibility(s).get('MOD-2')?.eligible).toBe(true);
    expect(selectEligibility(s).get('MOD-1')?.eligible).toBe(false);
    expect(selectProgress(s)).toMatchObject({ done: 1, total: 5, hoursDone: 10, hoursTotal: 105 });
  });

  it('incremental eligibility equals a full recompute after many changes', async () => {
    const { store } = await ready();
    const keys = ['MOD-1', 'MOD-3', 'MOD-2', 'MOD-1', 'PROJ-1', 'MOD-2'];
    for (const k of keys) {
      store.getState().toggleComplete(k);
      const s = store.getState();
      expect(selectEligibility(s)).toEqual(eligibility(s.index, activeStatuses(s)));
    }
  });

  it('Ctrl+Z undo restores the previous status, one change at a time', async () => {
    const { store } = await ready();
    store.getState().setStatus('MOD-1', 'in-progress');
    store.getState().toggleComplete('MOD-1');
    store.getState().undo();
    expect(activeStatuses(store.getState())['MOD-1']).toBe('in-progress');
    store.getState().undo();
    expect(activeStatuses(store.getState())['MOD-1']).toBeUndefined();
    store.getState().undo(); // nothing left: no change
    expect(activeStatuses(store.getState())['MOD-1']).toBeUndefined();
  });

  it('import merges documents: same path replaces, new paths add, statuses are kept', async () => {
    const { store } = await ready();
    store.getState().toggleComplete('MOD-1');
    await store.getState().importDocuments([{ path: 'extra.md', text: 'MOD-20 | Extra | MOD-3' }]);
    expect(store.getState().index.byKey.has('MOD-20')).toBe(true);
    await store.getState().importDocuments([{ path: 'extra.md', text: 'MOD-21 | Replaced | ' }]);
    const keys = [...store.getState().index.byKey.keys()];
    expect(keys).toContain('MOD-21');
    expect(keys).not.toContain('MOD-20');
    expect(activeStatuses(store.getState())['MOD-1']).toBe('completed');
    expect(store.getState().fitRequest).toBeGreaterThan(0);
  });

  it('mergeSources keeps order and replaces by path', () => {
    const merged = mergeSources(
      [
        { path: 'a', text: '1' },
        { path: 'b', text: '2' },
      ],
      [
        { path: 'a', text: '3' },
        { path: 'c', text: '4' },
      ],
    );
    expect(merged).toEqual([
      { path: 'a', text: '3' },
      { path: 'b', text: '2' },
      { path: 'c', text: '4' },
    ]);
  });

  it('a parser that throws changes nothing and tells the user', async () => {
    let fail = false;
    const { store } = fixtureStore({
      build: () => {
        if (fail) throw new Error('boom');
        return { nodes: [], edges: [], diagnostics: [] };
      },
    });
    await store.getState().rebuildCatalog([]);
    const before = store.getState().catalog;
    fail = true;
    const result = await store.getState().importDocuments([{ path: 'x.md', text: 'MOD-5 |' }]);
    expect(result).toBeNull();
    expect(store.getState().catalog).toBe(before);
    expect(store.getState().sources).toEqual([]);
    expect(store.getState().notices.at(-1)?.tone).toBe('error');
  });

  it('manual positions win over the layout; re-layout clears only the current direction', async () => {
    const { store } = await ready();
    store.getState().moveNode('MOD-1', 999, 555);
    expect(selectPositions(store.getState())['MOD-1']).toEqual({ x: 999, y: 555 });
    store.setState({
      manualPositions: { ...store.getState().manualPositions, TB: { 'MOD-2': { x: 1, y: 2 } } },
    });
    await store.getState().relayout();
    expect(store.getState().manualPositions.LR).toEqual({});
    expect(store.getState().manualPositions.TB).toEqual({ 'MOD-2': { x: 1, y: 2 } });
    expect(selectPositions(store.getState())['MOD-1']).not.toEqual({ x: 999, y: 555 });
  });

  it('search matches id, title and competency; role and status filters narrow it', async () => {
    const { store } = await ready();
    const s = () => store.getState();
    expect(selectMatches(s())).toBeNull();
    s().setSearch('scal');
    expect([...selectMatches(s())!]).toEqual(['MOD-3']);
    s().setSearch('proj-1');
    expect([...selectMatches(s())!]).toEqual(['PROJ-1']);
    s().setSearch('');
    s().setFilters({ role: 'analyst' });
    expect([...selectMatches(s())!]).toEqual(['MOD-9']);
    s().setFilters({ role: null, status: 'completed' });
    expect(selectMatches(s())!.size).toBe(0);
    s().toggleComplete('MOD-9');
    expect([...selectMatches(s())!]).toEqual(['MOD-9']);
  });

  it('a role goal gives a plan whose keys are highlighted; goals are per profile', async () => {
    const { store } = await ready();
    expect(selectPlanKeys(store.getState())).toBeNull();
    store.getState().setGoal({ type: 'role', role: 'Analyst' });
    expect([...selectPlanKeys(store.getState())!]).toEqual(['MOD-9']);
    store.getState().toggleGoalNode('MOD-3');
    expect(store.getState().profiles.profiles.me?.goal).toEqual({ type: 'nodes', keys: ['MOD-3'] });
    expect([...selectPlanKeys(store.getState())!].sort()).toEqual(['MOD-1', 'MOD-2', 'MOD-3']);
  });
});

describe('the path on the map (PT1)', () => {
  it('PT1: with a goal the path stays emphasised whatever panel is open, and after the panel closes', async () => {
    const { store } = await ready();
    const s = () => store.getState();
    expect(selectPath(s())).toBeNull();
    s().setGoal({ type: 'nodes', keys: ['MOD-3'] });
    for (const panel of ['plan', 'details', 'legend', null] as const) {
      s().openPanel(panel);
      expect([...selectEmphasis(s())!].sort()).toEqual(['MOD-1', 'MOD-2', 'MOD-3']);
    }
    expect(selectPathOrder(s(), 'MOD-1')).toBe(1);
    expect(selectPathOrder(s(), 'MOD-3')).toBe(3);
    expect(selectPathOrder(s(), 'MOD-9')).toBeNull();
  });

  it('PT2: Path only lays out the path and the done nodes before it by themselves', async () => {
    const calls: string[][] = [];
    const f = fixtureStore({
      layout: async (input) => {
        calls.push(input.nodes.map((n) => n.key).sort());
        return Object.fromEntries(input.nodes.map((n, i) => [n.key, { x: i * 300, y: 0 }]));
      },
    });
    const s = () => f.store.getState();
    await s().rebuildCatalog([]);
    await s().computeLayout();
    s().setGoal({ type: 'nodes', keys: ['MOD-3'] });
    s().toggleComplete('MOD-1');
    await s().setPathOnly(true);
    expect(calls.at(-1)).toEqual(['MOD-1', 'MOD-2', 'MOD-3']);
    expect(Object.keys(s().pathLayout!.positions).sort()).toEqual(['MOD-1', 'MOD-2', 'MOD-3']);
    const n = calls.length;
    await s().layoutPath(); // the same subgraph is not laid out again
    expect(calls.length).toBe(n);
  });

  it('P11: what is left is dated from today once the start date has passed; before that, from the start date', async () => {
    const { store } = await ready();
    store.getState().setGoal({ type: 'role', role: 'Analyst' });
    store.getState().setPace({ hoursPerWeek: 7, startDate: '2026-09-07' });
    const first = () => selectPlan(store.getState())!.items[0]!;
    expect(first().start).toBe('2026-09-07'); // no date from the shell yet: the start date
    store.getState().setToday('2026-11-30');
    expect(first().start).toBe('2026-11-30');
    expect(selectPlan(store.getState())!.finish! >= '2026-11-30').toBe(true);
    store.getState().setToday('2026-08-01'); // a start date still ahead wins
    expect(first().start).toBe('2026-09-07');
    expect(store.getState().profiles.profiles.me?.pace?.startDate).toBe('2026-09-07'); // the learner's pace is kept
  });
});
