// A learning plan to a goal: the goal plus every unmet transitive prerequisite, in an order a
// learner can follow, with hours and (at a pace) projected dates. Rules: docs/planning.md (P1–P8).
import { componentsAmong, type CatalogIndex } from './graph';
import { dayToIso, isoToDay } from './dates';
import { isDoneStatus, isEligibleNow } from './progress';
import type { Goal, LearningPlan, Pace, PlanChoice, PlanItem, Statuses } from './types';

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
export function goalKeys(index: CatalogIndex, goal: Goal): { keys: string[]; unknown: string[] } {
  if (goal.type === 'role') {
    const keys = index.nodesOfRole(goal.role).map((n) => n.key);
    return { keys, unknown: keys.length === 0 ? [goal.role] : [] };
  }
  const keys = goal.keys.filter((key) => index.byKey.has(key));
  return { keys, unknown: goal.keys.filter((key) => !index.byKey.has(key)) };
}

/**
 * A binary min-heap of component numbers ordered by (class, hours, tie order): O(log n) per step
 * keeps a 2,000-node plan well under a frame.
 */
class ComponentHeap {
  private items: number[] = [];
  constructor(
    private readonly cls: Int8Array,
    private readonly hours: Float64Array,
    private readonly tie: Int32Array,
  ) {}
  private less(a: number, b: number): boolean {
    if (this.cls[a] !== this.cls[b]) return this.cls[a]! < this.cls[b]!;
    if (this.hours[a] !== this.hours[b]) return this.hours[a]! < this.hours[b]!;
    return this.tie[a]! < this.tie[b]!;
  }
  push(item: number): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.less(items[l]!, items[best]!)) best = l;
        if (r < items.length && this.less(items[r]!, items[best]!)) best = r;
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

/**
 * P2–P7: the plan to `goal` — the goal nodes plus every prerequisite still to do, walking from the goal and
 * stopping at completed and skipped nodes; ordered (P3), cycles reported (P4), dated at `pace` (P5, hours/week).
 * Never throws: goal keys not in the catalog are returned in `unknown`.
 */
/**
 * P11: the pace what is left of a plan is dated with — starting on the later of the pace's start date and `today`
 * (`YYYY-MM-DD`, read by the shell), so work not yet done is never dated in the past. The app's plan and the burn-up's
 * projection (BU5) both use it. The pace unchanged when `today` is null or not later; undefined without a pace.
 */
export function remainingPace(pace: Pace | null | undefined, today: string | null): Pace | undefined {
  if (!pace) return undefined;
  return today && today > pace.startDate ? { ...pace, startDate: today } : pace;
}

export function learningPlan(index: CatalogIndex, statuses: Statuses, goal: Goal, pace?: Pace): LearningPlan {
  const { keys: targets, unknown } = goalKeys(index, goal);
  const dense = index.dense;
  const n = dense.keys.length;

  // P2: the walk from the goal stops at done (completed or skipped) nodes: they are not items, and what they
  // needed is not left to do. P3: they impose no order either (a done prerequisite is already satisfied).
  // P9: an any-of group with a done member is satisfied; an unmet one adds only the member the plan chooses.
  const done = new Uint8Array(n);
  const isDone = (i: number) => {
    if (done[i] === 0) done[i] = isDoneStatus(statuses[dense.keys[i]!]) ? 1 : 2;
    return done[i] === 1;
  };
  const choose = alternativeChooser(index, statuses);
  const choices: PlanChoice[] = [];
  const alternativesOf = new Map<number, Set<number>>();
  const inSet = new Uint8Array(n);
  const ancestors: number[] = [];
  const add = (i: number) => {
    if (inSet[i] === 1 || isDone(i)) return;
    inSet[i] = 1;
    ancestors.push(i);
  };
  for (const key of targets) add(dense.position.get(key)!);
  for (let q = 0; q < ancestors.length; q++) {
    const i = ancestors[q]!;
    for (const group of dense.groups[i]!) {
      if (group.length === 1) {
        add(group[0]!);
        continue;
      }
      if (group.some(isDone)) continue;
      const chosen = choose(group);
      add(chosen);
      const others = group.filter((p) => p !== chosen);
      choices.push({
        dependent: dense.keys[i]!,
        chosen: dense.keys[chosen]!,
        alternatives: others.map((p) => dense.keys[p]!),
      });
      const set = alternativesOf.get(chosen) ?? new Set<number>();
      others.forEach((p) => set.add(p));
      alternativesOf.set(chosen, set);
    }
  }

  // P3 ranks: eligible now (E1) first.
  const cls = new Int8Array(n);
  for (const i of ancestors) cls[i] = isEligibleNow(index, statuses, dense.keys[i]!) ? 0 : 1;

  // P4: a cycle is one strongly connected component, ordered as a unit (members by rank) and reported.
  const { componentOf, count } = componentsAmong(dense.dependents, ancestors, inSet);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (const i of ancestors) members[componentOf[i]!]!.push(i);
  const compCls = new Int8Array(count);
  const compHours = new Float64Array(count);
  const compTie = new Int32Array(count);
  const byRank = (a: number, b: number) =>
    cls[a]! - cls[b]! ||
    (dense.nodes[a]!.hours ?? 0) - (dense.nodes[b]!.hours ?? 0) ||
    dense.tieOrder[a]! - dense.tieOrder[b]!;
  members.forEach((list, c) => {
    if (list.length > 1) list.sort(byRank);
    const first = list[0]!;
    compCls[c] = cls[first]!;
    compHours[c] = dense.nodes[first]!.hours ?? 0;
    compTie[c] = dense.tieOrder[first]!;
  });

  // P3: Kahn's algorithm over components, the heap breaking ties.
  const waiting = new Int32Array(count);
  for (const i of ancestors) {
    for (const d of dense.dependents[i]!) {
      if (inSet[d] === 1 && componentOf[d] !== componentOf[i]) waiting[componentOf[d]!]! += 1;
    }
  }
  const heap = new ComponentHeap(compCls, compHours, compTie);
  for (let c = 0; c < count; c++) if (waiting[c] === 0) heap.push(c);

  const dates = datesAt(pace);
  const items: PlanItem[] = [];
  const cycles: string[][] = [];
  let cumulative = 0;
  for (let c = heap.pop(); c !== undefined; c = heap.pop()) {
    const list = members[c]!;
    if (list.length > 1 || dense.prerequisites[list[0]!]!.includes(list[0]!))
      cycles.push(list.map((i) => dense.keys[i]!));
    for (const i of list) {
      for (const d of dense.dependents[i]!) {
        if (inSet[d] !== 1 || componentOf[d] === c) continue;
        const dc = componentOf[d]!;
        waiting[dc]! -= 1;
        if (waiting[dc] === 0) heap.push(dc);
      }
      const node = dense.nodes[i]!;
      const hours = node.hours ?? 0;
      const before = cumulative;
      cumulative += hours;
      const [start, finish] = dates ? dates(before, cumulative) : [null, null];
      items.push({
        key: node.key,
        id: node.id,
        title: node.title,
        kind: node.kind,
        hours,
        hoursKnown: node.hours !== null,
        cumulativeHours: cumulative,
        eligibleNow: cls[i] === 0,
        ...(alternativesOf.has(i)
          ? { alternatives: [...alternativesOf.get(i)!].map((p) => dense.keys[p]!) }
          : {}),
        start,
        finish,
      });
    }
  }

  // Finish dates never decrease along the plan, so the last item's finish is the goal's.
  const finish = items.length > 0 ? items[items.length - 1]!.finish : null;
  return { goal, items, totalHours: cumulative, finish, cycles, unknown, choices };
}

/**
 * P9: picks one member of an unmet any-of group (positions): a member in progress if there is one, else
 * the member with the fewest total hours counting its own ancestors still to do (their groups chosen the same
 * way), ties by id then key. Memoized per plan; a cycle counts a member's own hours only.
 */
/** P9: the member of an unmet any-of group (dense positions) that the plan takes. Shared with the burn-up's scope (BU1). */
export function alternativeChooser(index: CatalogIndex, statuses: Statuses): (group: number[]) => number {
  const dense = index.dense;
  const done = (p: number) => isDoneStatus(statuses[dense.keys[p]!]);
  const costs = new Map<number, number>();
  const computing = new Set<number>();
  const chosen = new Map<number[], number>();
  const cost = (x: number): number => {
    const known = costs.get(x);
    if (known !== undefined) return known;
    if (computing.has(x)) return dense.nodes[x]!.hours ?? 0;
    computing.add(x);
    const seen = new Set<number>();
    const stack = [x];
    let total = 0;
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v) || done(v)) continue;
      seen.add(v);
      total += dense.nodes[v]!.hours ?? 0;
      for (const group of dense.groups[v]!) {
        if (group.some(done)) continue;
        stack.push(group.length === 1 ? group[0]! : choose(group));
      }
    }
    computing.delete(x);
    costs.set(x, total);
    return total;
  };
  const choose = (group: number[]): number => {
    const known = chosen.get(group);
    if (known !== undefined) return known;
    const started = group.filter((p) => statuses[dense.keys[p]!] === 'in-progress');
    const candidates = started.length > 0 ? started : group;
    let best = candidates[0]!;
    for (const p of candidates.slice(1)) {
      const d = cost(p) - cost(best);
      if (d < 0 || (d === 0 && dense.tieOrder[p]! < dense.tieOrder[best]!)) best = p;
    }
    chosen.set(group, best);
    return best;
  };
  return choose;
}
