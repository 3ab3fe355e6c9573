// The store's mode: `edit` (the learner's own planner) or `read-only` (a shared path someone sent). A read-only store
// refuses its write actions itself (each one asks refusedInReadOnly first), so no component and no session code has
// to swap actions out or remember which buttons write.
import type { StateCreator } from 'zustand';
import type { PlannerState } from './types';

export type StoreMode = 'edit' | 'read-only';

export interface ModeSlice {
  /** U1: `read-only` while a shared path is shown; progress, goal, pace, notes, import and reset change nothing. */
  mode: StoreMode;
  setMode(mode: StoreMode): void;
}

export const READ_ONLY_HINT =
  'This shared path is read-only. Use “Save as my profile” to keep and change it.';

export const createModeSlice: StateCreator<PlannerState, [], [], ModeSlice> = (set) => ({
  mode: 'edit',
  setMode: (mode) => set({ mode }),
});

/**
 * U1: true when the store is read-only; the learner is told why (one info notice). Every write action calls it first
 * and changes nothing when it answers true.
 */
export function refusedInReadOnly(s: PlannerState): boolean {
  if (s.mode !== 'read-only') return false;
  s.notify('info', READ_ONLY_HINT);
  return true;
}
