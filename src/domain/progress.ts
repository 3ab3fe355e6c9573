// Statuses → who can start now and what blocks the rest. Derived, never stored.
import type { CatalogIndex } from './graph';
import type { Status, Statuses } from './types';

export interface Eligibility {
  /** Not done (completed or skipped) and every prerequisite group satisfied by a done member (E1, E6, E7). */
  eligible: boolean;
  /** Keys of the members of every unsatisfied prerequisite group (whatever the node's own status), in group order. */
  blockedBy: string[];
  /** E7: the unsatisfied groups themselves: each is met by any one of its keys being done ("Needs A or B"). */
  blockedByGroups: string[][];
}

export type EligibilityMap = Map<string, Eligibility>;

/** An absent key is not started. */
export function statusOf(statuses: Statuses, key: string): Status {
  return statuses[key] ?? 'not-started';
}

export function isCompleted(statuses: Statuses, key: string): boolean {
  return statuses[key] === 'completed';
}

/** E6: a status that satisfies prerequisites and leaves the plan: `completed` or `skipped` ("Already know this"). */
export function isDoneStatus(status: Status | undefined): boolean {
  return status === 'completed' || status === 'skipped';
}

/** E6: the node is completed or skipped (an absent key is not started). */
export function isDone(statuses: Statuses, key: string): boolean {
  return isDoneStatus(statuses[key]);
}

/**
 * E1, the one place the eligibility rule is written: a node is eligible when it is not done (completed or
 * skipped, E6) and every prerequisite group has a done member (E7, R30: a plain prerequisite is a group of one).
 * `blockedByGroups` lists the groups that do not, `blockedBy` their members (in group order). Depends only on the
 * node's own status and its direct prerequisites' statuses. Plans, gaps, the walkthrough and the cards all ask here.
 */
export function eligibilityOf(index: CatalogIndex, statuses: Statuses, key: string): Eligibility {
  const blockedByGroups = (index.prerequisiteGroupsOf.get(key) ?? []).filter(
    (group) => !group.some((prerequisite) => isDone(statuses, prerequisite)),
  );
  return {
    eligible: !isDone(statuses, key) && blockedByGroups.length === 0,
    blockedBy: blockedByGroups.flat(),
    blockedByGroups,
  };
}

/** Whether `key` can be started now (E1: `eligibilityOf`). */
export function isEligibleNow(index: CatalogIndex, statuses: Statuses, key: string): boolean {
  return eligibilityOf(index, statuses, key).eligible;
}

/** Every node's eligibility (placeholders included: they have statuses too). */
export function eligibility(index: CatalogIndex, statuses: Statuses): EligibilityMap {
  const result: EligibilityMap = new Map();
  for (const key of index.byKey.keys()) result.set(key, eligibilityOf(index, statuses, key));
  return result;
}

/**
 * After `changedKey`'s status changed, only that node and its direct dependents can change
 * eligibility. Returns a new map (the previous one is left untouched, so it can be compared).
 */
export function updateEligibility(
  prev: EligibilityMap,
  index: CatalogIndex,
  statuses: Statuses,
  changedKey: string,
): EligibilityMap {
  const next: EligibilityMap = new Map(prev);
  if (!index.byKey.has(changedKey)) return next;
  next.set(changedKey, eligibilityOf(index, statuses, changedKey));
  for (const dependent of index.dependentsOf.get(changedKey) ?? []) {
    next.set(dependent, eligibilityOf(index, statuses, dependent));
  }
  return next;
}

export interface ProgressSummary {
  /** Completed modules and projects. */
  done: number;
  /** Modules and projects in the catalog. Placeholders (referenced, never defined) are not counted. */
  total: number;
  /** Hours of completed modules and projects (unknown hours count 0). Skipped hours are not hours done (E5). */
  hoursDone: number;
  /** Skipped ("Already know this") modules and projects, counted apart from `done` (E5). */
  skipped: number;
  /** Hours of skipped modules and projects (unknown hours count 0). */
  hoursSkipped: number;
  /** Hours of all modules and projects (unknown hours count 0). */
  hoursTotal: number;
  /** Modules and projects in progress. */
  inProgress: number;
}

/** E5: counts over modules and projects (placeholders left out): done, skipped and in progress apart; hours in hours. */
export function progressSummary(index: CatalogIndex, statuses: Statuses): ProgressSummary {
  const summary: ProgressSummary = {
    done: 0,
    total: 0,
    hoursDone: 0,
    hoursTotal: 0,
    inProgress: 0,
    skipped: 0,
    hoursSkipped: 0,
  };
  for (const node of index.byKey.values()) {
    if (node.kind === 'placeholder') continue;
    const hours = node.hours ?? 0;
    summary.total += 1;
    summary.hoursTotal += hours;
    const status = statuses[node.key];
    if (status === 'completed') {
      summary.done += 1;
      summary.hoursDone += hours;
    } else if (status === 'skipped') {
      summary.skipped += 1;
      summary.hoursSkipped += hours;
    } else if (status === 'in-progress') {
      summary.inProgress += 1;
    }
  }
  return summary;
}
