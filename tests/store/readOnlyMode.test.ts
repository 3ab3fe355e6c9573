// U1: a read-only store (a shared path) refuses its write actions itself: nothing changes, one hint per refusal.
import { describe, expect, it } from 'vitest';
import { READ_ONLY_HINT } from '../../src/store/modeSlice';
import { activeProfile, activeStatuses } from '../../src/store/progressSlice';
import { fixtureStore } from './fixtureCatalog';

describe('read-only mode (store/modeSlice.ts)', () => {
  it('U1: in read-only mode every write action changes nothing and says why', async () => {
    const { store } = fixtureStore();
    const s = () => store.getState();
    await s().rebuildCatalog([]);
    s().toggleComplete('MOD-1');
    s().setNote('MOD-1', 'mine');
    const before = { profiles: s().profiles, sources: s().sources, catalog: s().catalog };
    s().setMode('read-only');
    expect(s().mode).toBe('read-only');

    s().setStatus('MOD-2', 'in-progress');
    s().toggleComplete('MOD-1');
    s().undo();
    s().setGoal({ type: 'role', role: 'Engineer' });
    s().toggleGoalNode('MOD-2');
    s().setPace({ hoursPerWeek: 5, startDate: '2025-01-06' });
    s().setNote('MOD-1', 'changed');
    expect(await s().importDocuments([{ path: 'x.md', text: '# MOD-77 New' }])).toBeNull();
    await s().resetCatalog();
    s().undoCatalogChange();

    expect(s().profiles).toBe(before.profiles);
    expect(s().sources).toBe(before.sources);
    expect(s().catalog).toBe(before.catalog);
    expect(activeStatuses(s())).toEqual({ 'MOD-1': 'completed' });
    expect(activeProfile(s()).notes).toEqual({ 'MOD-1': 'mine' });
    const hints = s().notices.filter((n) => n.text === READ_ONLY_HINT);
    expect(hints.length).toBeGreaterThan(0);
    expect(hints.every((n) => n.tone === 'info')).toBe(true);
  });

  it('U1: in edit mode (the default) the same actions write, and switching back to edit writes again', async () => {
    const { store } = fixtureStore();
    const s = () => store.getState();
    await s().rebuildCatalog([]);
    expect(s().mode).toBe('edit');
    s().setMode('read-only');
    s().toggleComplete('MOD-1');
    expect(activeStatuses(s())).toEqual({});
    s().setMode('edit');
    s().toggleComplete('MOD-1');
    s().setNote('MOD-1', 'ok');
    expect(activeStatuses(s())).toEqual({ 'MOD-1': 'completed' });
    expect(activeProfile(s()).notes).toEqual({ 'MOD-1': 'ok' });
  });
});
