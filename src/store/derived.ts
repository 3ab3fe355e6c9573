// Derived data (eligibility, progress, positions, search matches): computed from the store, memoized, never stored.
import { foldName } from '../domain/text';
import type { CatalogIndex } from '../domain/graph';
import {
  eligibility,
  progressSummary,
  updateEligibility,
  type EligibilityMap,
  type ProgressSummary,
} from '../domain/progress';
import { competencyGaps } from '../domain/gaps';
import { pathOfPlan, type PathSubgraph } from '../domain/path';
import { learningPlan, remainingPace } from '../domain/plan';
import type { CompetencyReport, LearningPlan, Statuses } from '../domain/types';
import type { Positions } from '../layout/geometry';
import { activeProfile, activeStatuses } from './progressSlice';
import type { Filters, PlannerState, Profile } from './types';

/** Last-result memo on argument identity: selectors run on every store change, this keeps them O(1) when nothing changed. */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i]))
      return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

const eligibilityCache = new WeakMap<CatalogIndex, { statuses: Statuses; map: EligibilityMap }>();

/** Eligibility of every node; after a single status change only that node and its dependents are recomputed. */
export function selectEligibility(s: PlannerState): EligibilityMap {
  const statuses = activeStatuses(s);
  const cached = eligibilityCache.get(s.index);
  if (cached?.statuses === statuses) return cached.map;
  const map =
    cached && s.lastChange && s.lastChange.statusesBefore === cached.statuses
      ? updateEligibility(cached.map, s.index, statuses, s.lastChange.key)
      : eligibility(s.index, statuses);
  eligibilityCache.set(s.index, { statuses, map });
  return map;
}

const progressMemo = memoLast((index: CatalogIndex, statuses: Statuses) => progressSummary(index, statuses));
export function selectProgress(s: PlannerState): ProgressSummary {
  return progressMemo(s.index, activeStatuses(s));
}

const positionsMemo = memoLast((auto: Positions, manual: Positions): Positions => ({ ...auto, ...manual }));
/** Automatic layout overlaid with the user's manual placements for the current direction. */
export function selectPositions(s: PlannerState): Positions {
  return positionsMemo(s.autoPositions, s.manualPositions[s.direction]);
}

const matchMemo = memoLast(
  (index: CatalogIndex, statuses: Statuses, search: string, filters: Filters): Set<string> | null => {
    const query = foldName(search);
    if (!query && !filters.role && !filters.status) return null;
    const role = filters.role ? foldName(filters.role) : null;
    const matches = new Set<string>();
    for (const node of index.byKey.values()) {
      if (role && !node.roles.some((r) => foldName(r) === role)) continue;
      if (filters.status && (statuses[node.key] ?? 'not-started') !== filters.status) continue;
      if (query) {
        const hit =
          foldName(node.id).includes(query) ||
          foldName(node.title).includes(query) ||
          node.competencies.some((c) => foldName(c.name).includes(query) || c.key.includes(query));
        if (!hit) continue;
      }
      matches.add(node.key);
    }
    return matches;
  },
);

/** Keys matching search and filters, or null when neither is active (nothing dims). */
export function selectMatches(s: PlannerState): Set<string> | null {
  return matchMemo(s.index, activeStatuses(s), s.search, s.filters);
}

/** Keys of nodes that build the highlighted competency (gap matrix), or null. */
const competencyMemo = memoLast((index: CatalogIndex, competency: string | null): Set<string> | null => {
  if (!competency) return null;
  const keys = new Set<string>();
  for (const node of index.byKey.values())
    if (node.competencies.some((c) => c.key === competency)) keys.add(node.key);
  return keys;
});
export function selectCompetencyNodes(s: PlannerState): Set<string> | null {
  return competencyMemo(s.index, s.highlightCompetency);
}

const planMemo = memoLast(
  (index: CatalogIndex, statuses: Statuses, profile: Profile, today: string | null): LearningPlan | null =>
    profile.goal ? learningPlan(index, statuses, profile.goal, remainingPace(profile.pace, today)) : null,
);

/** The learning plan to the active profile's goal (dated by P5 from P11's start), or null without a goal. */
export function selectPlan(s: PlannerState): LearningPlan | null {
  return planMemo(s.index, activeStatuses(s), activeProfile(s), s.today);
}

const pathMemo = memoLast(
  (index: CatalogIndex, statuses: Statuses, plan: LearningPlan | null): PathSubgraph | null =>
    plan ? pathOfPlan(index, statuses, plan) : null,
);
/**
 * PT1: the learner's path to the goal (plan order, done nodes before it, links among them), or null without a goal.
 * The one place the map, the list view, Path only, print and the path picture read "on the path" from.
 */
export function selectPath(s: PlannerState): PathSubgraph | null {
  return pathMemo(s.index, activeStatuses(s), selectPlan(s));
}

const planKeysMemo = memoLast((path: PathSubgraph | null): Set<string> | null =>
  path ? new Set(path.keys) : null,
);
/** Keys on the plan's path (emphasised on the graph), or null without a goal. */
export function selectPlanKeys(s: PlannerState): Set<string> | null {
  return planKeysMemo(selectPath(s));
}

const alternativesMemo = memoLast((plan: LearningPlan | null): Set<string> | null => {
  if (!plan || plan.choices.length === 0) return null;
  const onPlan = new Set(plan.items.map((i) => i.key));
  return new Set(plan.choices.flatMap((c) => c.alternatives).filter((k) => !onPlan.has(k)));
});
/** P9: keys the plan could have taken instead of a chosen any-of member (shown as alternatives on the map). */
export function selectPlanAlternatives(s: PlannerState): Set<string> | null {
  return alternativesMemo(selectPlan(s));
}

/** PT1: a node's 1-based number on the path, or null when it is not on it (or there is no goal). */
export function selectPathOrder(s: PlannerState, key: string): number | null {
  return selectPath(s)?.order.get(key) ?? null;
}

const gapsMemo = memoLast(
  (index: CatalogIndex, statuses: Statuses, role: string | null): CompetencyReport | null =>
    role ? competencyGaps(index, statuses, role) : null,
);
/** The role the gap matrix shows: the chosen one, else the goal's role, else the first role. */
export function selectGapRole(s: PlannerState): string | null {
  const goal = activeProfile(s).goal;
  return s.gapRole ?? (goal?.type === 'role' ? goal.role : (s.index.roles[0] ?? null));
}
export function selectGaps(s: PlannerState): CompetencyReport | null {
  return gapsMemo(s.index, activeStatuses(s), selectGapRole(s));
}

/**
 * What the graph emphasises (the rest dims): the nodes building the chosen competency while the gaps panel shows
 * one; otherwise the goal's path (PT1), whatever panel is open or closed; without a goal, nothing.
 */
export function selectEmphasis(s: PlannerState): Set<string> | null {
  if (s.panel === 'gaps') {
    const competency = selectCompetencyNodes(s);
    if (competency) return competency;
  }
  const path = selectPlanKeys(s);
  return path && path.size > 0 ? path : null;
}
