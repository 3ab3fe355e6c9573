// Per-node selectors: each card subscribes to primitives about itself only, so a status change re-renders few cards.
import { activeStatuses } from '../store/progressSlice';
import {
  selectEligibility,
  selectEmphasis,
  selectMatches,
  selectPathOrder,
  selectPlanAlternatives,
} from '../store/derived';
import type { PlannerState } from '../store/types';
import type { Status } from '../domain/types';
import { cycleMembers } from '../domain/merge/cycles';

export function statusOfNode(s: PlannerState, key: string): Status {
  return activeStatuses(s)[key] ?? 'not-started';
}

/**
 * Everything a card shows that can change, for one shallow-compared subscription. The eligibility entry keeps
 * its identity while the node is unaffected (updateEligibility copies the rest), so unchanged cards skip rendering.
 */
export function cardState(s: PlannerState, key: string) {
  return {
    node: s.index.byKey.get(key),
    index: s.index,
    direction: s.direction,
    status: statusOfNode(s, key),
    eligibility: selectEligibility(s).get(key),
    dimmed: isDimmed(s, key),
    highlighted: isHighlighted(s, key),
    selected: s.selectedKey === key,
    /** PT1: the node's number on the goal's path; null off the path. */
    pathOrder: selectPathOrder(s, key),
    alternative: selectPlanAlternatives(s)?.has(key) ?? false,
    /** R46: the node sits in a prerequisite cycle (the card says so). */
    inCycle: cycleMembers(s.index).has(key),
  };
}

/** A node dims when search/filters leave it out, or when the plan path / a chosen competency is emphasised without it. */
export function isDimmed(s: PlannerState, key: string): boolean {
  const matches = selectMatches(s);
  if (matches && !matches.has(key)) return true;
  // Path only shows nothing but the path and the done nodes before it: none of them dims for the path.
  if (s.pathOnly && s.panel !== 'gaps') return false;
  const emphasis = selectEmphasis(s);
  return emphasis !== null && !emphasis.has(key);
}

export function isHighlighted(s: PlannerState, key: string): boolean {
  return selectEmphasis(s)?.has(key) ?? false;
}

/** Connected nodes in both directions (prerequisite and next edges), for arrow-key navigation. */
export function connectedKeys(s: PlannerState, key: string): string[] {
  const out = new Set<string>([
    ...(s.index.prerequisitesOf.get(key) ?? []),
    ...(s.index.dependentsOf.get(key) ?? []),
  ]);
  for (const e of s.catalog.edges) {
    if (e.from === key) out.add(e.to);
    else if (e.to === key) out.add(e.from);
  }
  out.delete(key);
  return [...out];
}
