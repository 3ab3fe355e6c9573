// Progress slice: per-profile statuses, goal, pace and notes; status changes can be undone.
import type { StateCreator } from 'zustand';
import type { Status, Statuses } from '../domain/types';
import { localIsoTimestamp } from '../domain/dates';
import { refusedInReadOnly } from './modeSlice';
import type { PlannerState, Profile, ProfilesState, ProgressSlice } from './types';

export const DEFAULT_PROFILE_ID = 'me';
const UNDO_LIMIT = 100;
const EMPTY_STATUSES: Statuses = {};

export function initialProfiles(): ProfilesState {
  return {
    activeId: DEFAULT_PROFILE_ID,
    profiles: {
      [DEFAULT_PROFILE_ID]: {
        id: DEFAULT_PROFILE_ID,
        name: 'Me',
        statuses: {},
        goal: null,
        pace: null,
        notes: {},
      },
    },
  };
}

export function activeProfile(s: Pick<PlannerState, 'profiles'>): Profile {
  return s.profiles.profiles[s.profiles.activeId] ?? initialProfiles().profiles[DEFAULT_PROFILE_ID]!;
}

export function activeStatuses(s: Pick<PlannerState, 'profiles'>): Statuses {
  return s.profiles.profiles[s.profiles.activeId]?.statuses ?? EMPTY_STATUSES;
}

/**
 * Each status change is stored with its date (progress-over-time charts). An undone change removes the event it
 * added rather than adding one. The store reads the clock; the domain never does.
 */
function historyWith(
  history: Profile['history'],
  key: string,
  status: Status,
  recordUndo: boolean,
): NonNullable<Profile['history']> {
  const events = history?.[key] ?? [];
  const next = recordUndo ? [...events, { status, at: localIsoTimestamp(new Date()) }] : events.slice(0, -1);
  const out = { ...history };
  if (next.length > 0) out[key] = next;
  else delete out[key];
  return out;
}

export const createProgressSlice: StateCreator<PlannerState, [], [], ProgressSlice> = (set, get) => {
  function profilesWith(change: (p: Profile) => Partial<Profile>): ProfilesState {
    const { profiles } = get();
    const current = activeProfile(get());
    return {
      ...profiles,
      profiles: { ...profiles.profiles, [current.id]: { ...current, ...change(current) } },
    };
  }

  function updateProfile(change: (p: Profile) => Partial<Profile>): void {
    if (refusedInReadOnly(get())) return;
    set({ profiles: profilesWith(change) });
  }

  function applyStatus(key: string, after: Status, recordUndo: boolean): void {
    const statusesBefore = activeStatuses(get());
    const before = statusesBefore[key] ?? 'not-started';
    if (before === after) return;
    const statuses = { ...statusesBefore };
    if (after === 'not-started') delete statuses[key];
    else statuses[key] = after;
    // One set: subscribers (every card on the graph) run once per change, and never see the new statuses
    // without the lastChange that lets eligibility update incrementally.
    const { undoStack } = get();
    set({
      profiles: profilesWith((p) => ({ statuses, history: historyWith(p.history, key, after, recordUndo) })),
      lastChange: { key, before, after, statusesBefore },
      undoStack: recordUndo ? [...undoStack.slice(-UNDO_LIMIT + 1), { key, before, after }] : undoStack,
    });
  }

  return {
    profiles: initialProfiles(),
    aside: {},
    lastChange: null,
    undoStack: [],

    setStatus(key, status) {
      if (refusedInReadOnly(get())) return;
      applyStatus(key, status, true);
    },

    toggleComplete(key) {
      if (refusedInReadOnly(get())) return;
      const current = activeStatuses(get())[key];
      // A skipped node toggles back to not started, like a completed one.
      applyStatus(key, current === 'completed' || current === 'skipped' ? 'not-started' : 'completed', true);
    },

    undo() {
      if (refusedInReadOnly(get())) return;
      const last = get().undoStack.at(-1);
      if (!last) return;
      set((s) => ({ undoStack: s.undoStack.slice(0, -1) }));
      applyStatus(last.key, last.before, false);
    },

    setGoal: (goal) => updateProfile(() => ({ goal })),

    toggleGoalNode(key) {
      updateProfile((p) => {
        const keys = p.goal?.type === 'nodes' ? p.goal.keys : [];
        const next = keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key];
        return { goal: next.length ? { type: 'nodes', keys: next } : null };
      });
    },

    setPace: (pace) => updateProfile(() => ({ pace })),

    setNote: (key, text) =>
      updateProfile((p) => {
        const notes = { ...p.notes };
        if (text.trim()) notes[key] = text;
        else delete notes[key];
        return { notes };
      }),

    setProfiles: (profiles) => set({ profiles, lastChange: null, undoStack: [] }),

    setAside: (aside) => set({ aside }),
  };
};
