// A learning plan to a goal: the goal plus every unmet transitive prerequisite, in an order a
// learner can follow, with hours and (at a pace) projected dates. Rules: docs/planning.md (P1–P8).
import { stronglyConnected, type CatalogIndex } from './graph';
import { dayToIso, isoToDay } from './dates';
import { eligibilityOf } from './progress';
import type { Goal, LearningPlan, Pace, PlanItem, Statuses } from './types';

/** Tolerance for float noise in hours → days (0.1 + 0.2 hours must not become an extra day). */
const EPSILON = 1e-9;

/**
 * P1: a goal text naming ids (comma-separated, case-insensitive, or node keys) is a node goal;
 * anything else is a role name. Id-shaped text not in the catalog stays a node goal (reported unknown).
 */
export function resolveGoal(index: CatalogIndex, text: string): Goal {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { type: 'role', role: text.trim() };
  const foldedIds = new Map<string, string[]>();
  for (const [id, keys] of index.keysById) foldedIds.set(id.toLowerCase(), keys);
  const keys: string[] = [];
  for (const part of parts) {
    const byId = foldedIds.get(part.toLowerCase());
    if (byId) keys.push(...byId);
    else if (index.byKey.has(part)) keys.push(part);
    else if (/^[A-Za-z]+-[\w.]+(@\S+)?$/.test(part)) keys.push(part);
    else return { type: 'role', role: text.trim() };
  }
  return { type: 'nodes', keys: [...new Set(keys)] };
}

/** Goal → keys in the catalog, and what the goal names that the catalog does not hold. */
function goalKeys(index: CatalogIndex, goal: Goal): { keys: string[]; unknown: string[] } {
  if (goal.type === 'role') {
    const keys = index.nodesOfRole(goal.role).map((n) => n.key);
    return { keys, unknown: keys.length === 0 ? [goal.role] : [] };
  }
  const keys = goal.keys.filter((key) => index.byKey.has(key));
  return { keys, unknown: goal.keys.filter((key) => !index.byKey.has(key)) };
}

interface Candidate {
  members: string[];
  rank: [number, number, string, string];
}

function compareRank(a: Candidate['rank'], b: Candidate['rank']): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] - b[1];
  if (a[2] !== b[2]) return a[2] < b[2] ? -1 : 1;
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

/** A binary min-heap of candidates ordered by rank: O(log n) per step keeps 2,000 nodes well under a frame. */
class CandidateHeap {
  private items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareRank(items[i]!.rank, items[parent]!.rank) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && compareRank(items[l]!.rank, items[best]!.rank) < 0) best = l;
        if (r < items.length && compareRank(items[r]!.rank, items[best]!.rank) < 0) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

/** P5: projected dates. See docs/planning.md: an item spans work hours [C, C'] of the plan. */
function datesAt(pace: Pace | undefined): ((before: number, after: number) => [string, string]) | null {
  if (!pace || !Number.isFinite(pace.hoursPerWeek) || pace.hoursPerWeek <= 0) return null;
  const startDay = isoToDay(pace.startDate);
  if (startDay === null) return null;
  const daysPerHour = 7 / pace.hoursPerWeek;
  return (before, after) => {
    const start = Math.floor(before * daysPerHour + EPSILON);
    const finish = Math.max(start, Math.ceil(after * daysPerHour - EPSILON) - 1);
    return [dayToIso(startDay + start), dayToIso(startDay + finish)];
  };
}

export function learningPlan(index: CatalogIndex, statuses: Statuses, goal: Goal, pace?: Pace): LearningPlan {
  const { keys: targets, unknown } = goalKeys(index, goal);

  // P2: every transitive prerequisite, walking through completed nodes too.
  const ancestors = new Set<string>(targets);
  const queue = [...targets];
  for (let i = 0; i < queue.length; i++) {
    for (const prerequisite of index.prerequisitesOf.get(queue[i]!) ?? []) {
      if (!ancestors.has(prerequisite)) {
        ancestors.add(prerequisite);
        queue.push(prerequisite);
      }
    }
  }

  // P4: a cycle is one strongly connected component; it is ordered as a unit and reported.
  const components = stronglyConnected(index, ancestors);
  const componentOf = new Map<string, number>();
  components.forEach((members, c) => members.forEach((key) => componentOf.set(key, c)));
  const cycles: string[][] = [];
  const rankOf = new Map<string, Candidate['rank']>();
  for (const key of ancestors) {
    const node = index.byKey.get(key)!;
    // Completed ancestors sort first: they add no item and only unlock what follows them.
    const done = statuses[key] === 'completed';
    const eligibleNow = eligibilityOf(index, statuses, key).eligible;
    rankOf.set(key, [done ? -1 : eligibleNow ? 0 : 1, node.hours ?? 0, node.id, key]);
  }
  const candidates: Candidate[] = components.map((members) => {
    members.sort((a, b) => compareRank(rankOf.get(a)!, rankOf.get(b)!));
    const first = members[0]!;
    const selfLoop = members.length === 1 && (index.prerequisitesOf.get(first) ?? []).includes(first);
    if (members.length > 1 || selfLoop) cycles.push([...members]);
    return { members, rank: rankOf.get(first)! };
  });

  // P3: Kahn's algorithm over components, the heap breaking ties.
  const waiting = new Array<number>(components.length).fill(0);
  for (const key of ancestors) {
    for (const dependent of index.dependentsOf.get(key) ?? []) {
      if (ancestors.has(dependent) && componentOf.get(dependent) !== componentOf.get(key)) {
        waiting[componentOf.get(dependent)!]! += 1;
      }
    }
  }
  const heap = new CandidateHeap();
  candidates.forEach((candidate, c) => {
    if (waiting[c] === 0) heap.push(candidate);
  });

  const dates = datesAt(pace);
  const items: PlanItem[] = [];
  let cumulative = 0;
  for (let candidate = heap.pop(); candidate; candidate = heap.pop()) {
    for (const key of candidate.members) {
      for (const dependent of index.dependentsOf.get(key) ?? []) {
        const c = componentOf.get(dependent);
        if (c === undefined || !ancestors.has(dependent) || c === componentOf.get(key)) continue;
        waiting[c]! -= 1;
        if (waiting[c] === 0) heap.push(candidates[c]!);
      }
      if (statuses[key] === 'completed') continue;
      const node = index.byKey.get(key)!;
      const hours = node.hours ?? 0;
      const before = cumulative;
      cumulative += hours;
      const [start, finish] = dates ? dates(before, cumulative) : [null, null];
      items.push({
        key,
        id: node.id,
        title: node.title,
        kind: node.kind,
        hours,
        hoursKnown: node.hours !== null,
        cumulativeHours: cumulative,
        eligibleNow: rankOf.get(key)![0] === 0,
        start,
        finish,
      });
    }
  }

  const finish = items.reduce<string | null>(
    (last, item) => (item.finish && (!last || item.finish > last) ? item.finish : last),
    null,
  );
  return { goal, items, totalHours: cumulative, finish, cycles, unknown };
}
