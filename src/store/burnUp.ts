// The active learner's burn-up (domain/burnup.ts, BU1–BU8), memoized: recomputed only when the catalog, the
// learner's statuses, history, goal or pace, or the day changes.
import { burnUp, type BurnUp, type StatusHistory } from '../domain/burnup';
import type { CatalogIndex } from '../domain/graph';
import type { Goal, Pace, Profile, Statuses } from '../domain/types';
import { activeProfile } from './progressSlice';
import type { PlannerState } from './types';

const NO_HISTORY: StatusHistory = {};

let last: { args: unknown[]; result: BurnUp | null } | null = null;

function memoBurnUp(
  index: CatalogIndex,
  statuses: Statuses,
  history: StatusHistory,
  goal: Goal | null,
  pace: Pace | null,
  today: string,
): BurnUp | null {
  const args = [index, statuses, history, goal, pace, today];
  if (last && last.args.every((a, i) => a === args[i])) return last.result;
  last = { args, result: burnUp(index, statuses, history, goal, pace, today) };
  return last.result;
}

/** The dated status changes of a profile (schema 2; absent in older records and backups). */
export function profileHistory(profile: Profile): StatusHistory {
  return profile.history ?? NO_HISTORY;
}

/** BU1–BU8 for the active learner at `today` (`YYYY-MM-DD`, read by the shell); null without a pace. */
export function selectBurnUp(s: PlannerState, today: string): BurnUp | null {
  const profile = activeProfile(s);
  return memoBurnUp(s.index, profile.statuses, profileHistory(profile), profile.goal, profile.pace, today);
}
