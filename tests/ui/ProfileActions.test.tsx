// Profiles (issue 5 item 3): several learners in one browser, each with their own statuses, goal, pace and notes.
import { describe, expect, it } from 'vitest';
import {
  createProfile,
  deleteProfile,
  duplicateProfile,
  renameProfile,
  switchProfile,
  undoDeleteProfile,
} from '../../src/store/profileActions';
import { activeProfile, activeStatuses } from '../../src/store/progressSlice';
import { fixtureStore } from '../store/fixtureCatalog';

function invariants(s: ReturnType<ReturnType<typeof fixtureStore>['store']['getState']>) {
  const ids = Object.keys(s.profiles.profiles);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids).toContain(s.profiles.activeId);
  for (const [id, p] of Object.entries(s.profiles.profiles)) expect(p.id).toBe(id);
}

describe('profile actions', () => {
  it('P1: a new profile starts empty, becomes active, and keeps statuses apart from the others', () => {
    const { store } = fixtureStore();
    store.getState().toggleComplete('MOD-1');
    store.getState().setNote('MOD-1', 'Did it at the old job');
    const ana = createProfile(store, 'Ana');
    expect(store.getState().profiles.activeId).toBe(ana.id);
    expect(activeStatuses(store.getState())).toEqual({});
    store.getState().toggleComplete('MOD-2');
    switchProfile(store, 'me');
    expect(activeStatuses(store.getState())).toEqual({ 'MOD-1': 'completed' });
    expect(activeProfile(store.getState()).notes).toEqual({ 'MOD-1': 'Did it at the old job' });
    switchProfile(store, ana.id);
    expect(activeStatuses(store.getState())).toEqual({ 'MOD-2': 'completed' });
    expect(activeProfile(store.getState()).notes).toEqual({});
    invariants(store.getState());
  });

  it('P2: names and ids stay unique; rename keeps the id', () => {
    const { store } = fixtureStore();
    const a = createProfile(store, 'Ana');
    const b = createProfile(store, 'ana');
    expect(b.name).toBe('ana (2)');
    expect(b.id).not.toBe(a.id);
    expect(renameProfile(store, a.id, '  Ana   Lopez ')).toBe(true);
    expect(store.getState().profiles.profiles[a.id]!.name).toBe('Ana Lopez');
    expect(renameProfile(store, a.id, '   ')).toBe(false);
    expect(renameProfile(store, 'nobody', 'X')).toBe(false);
    invariants(store.getState());
  });

  it('P3: duplicate copies statuses, goal, pace and notes deeply', () => {
    const { store } = fixtureStore();
    const s = store.getState();
    s.toggleComplete('MOD-1');
    s.setGoal({ type: 'role', role: 'Engineer' });
    s.setPace({ hoursPerWeek: 5, startDate: '2025-01-06' });
    s.setNote('MOD-2', 'Ask about labs');
    const copy = duplicateProfile(store, 'me')!;
    expect(copy.name).toBe('Me copy');
    expect(activeProfile(store.getState())).toMatchObject({
      statuses: { 'MOD-1': 'completed' },
      goal: { type: 'role', role: 'Engineer' },
      pace: { hoursPerWeek: 5, startDate: '2025-01-06' },
      notes: { 'MOD-2': 'Ask about labs' },
    });
    store.getState().toggleComplete('MOD-1');
    expect(store.getState().profiles.profiles.me!.statuses).toEqual({ 'MOD-1': 'completed' });
  });

  it('P4: delete removes a profile, never the last one, and undo restores it as it was', () => {
    const { store } = fixtureStore();
    store.getState().toggleComplete('MOD-1');
    const ana = createProfile(store, 'Ana');
    expect(deleteProfile(store, 'me')).not.toBeNull();
    expect(Object.keys(store.getState().profiles.profiles)).toEqual([ana.id]);
    invariants(store.getState());
    expect(deleteProfile(store, ana.id)).toBeNull();
    const restored = undoDeleteProfile(store)!;
    expect(restored.id).toBe('me');
    expect(store.getState().profiles.profiles.me!.statuses).toEqual({ 'MOD-1': 'completed' });
    expect(undoDeleteProfile(store)).toBeNull();
  });

  it('P5: deleting the active profile switches to another and clears the status undo stack', () => {
    const { store } = fixtureStore();
    const ana = createProfile(store, 'Ana');
    store.getState().toggleComplete('MOD-1');
    expect(store.getState().undoStack.length).toBe(1);
    deleteProfile(store, ana.id);
    expect(store.getState().profiles.activeId).toBe('me');
    expect(store.getState().undoStack).toEqual([]);
    const back = undoDeleteProfile(store)!;
    expect(store.getState().profiles.activeId).toBe(back.id);
    expect(activeStatuses(store.getState())).toEqual({ 'MOD-1': 'completed' });
    invariants(store.getState());
  });
});
