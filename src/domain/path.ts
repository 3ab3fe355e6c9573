// The learner's path to a goal as a subgraph: the learning plan's items (the single definition of "on the path"),
// their order, the done nodes directly before them, and the links among all of these. Rules: docs/planning.md (PT1–PT3).
import type { CatalogIndex } from './graph';
import { learningPlan } from './plan';
import { isDone } from './progress';
import type { CatalogEdge, Goal, LearningPlan, Pace, Statuses } from './types';

export interface PathSubgraph {
  /** The plan the path was read from. */
  plan: LearningPlan;
  /** Path node keys in plan order (= `plan.items` keys). */
  keys: string[];
  /** Key → 1-based position in the plan (the number a path card shows). */
  order: Map<string, number>;
  /** Done (completed or skipped) direct prerequisites of path nodes, in catalog order. */
  done: string[];
  /** Every catalog edge (prerequisite or next, deduplicated, no self-links) between two nodes of `keys` ∪ `done`. */
  edges: CatalogEdge[];
}

/**
 * PT1/PT2: the path of a plan (made for `statuses`) as a subgraph. On the path = the plan's items, nothing else (so
 * the plan list, the map's numbers and the walkthrough cannot disagree). The done direct prerequisites of path nodes
 * are kept as context (the "done" strip); an alternative of an any-of group the plan did not pick is neither.
 * Shapes: keys/done are node keys; order is 1-based. Never throws; an empty plan gives an empty path.
 */
export function pathOfPlan(index: CatalogIndex, statuses: Statuses, plan: LearningPlan): PathSubgraph {
  const keys = plan.items.map((item) => item.key);
  const order = new Map<string, number>();
  keys.forEach((key, i) => order.set(key, i + 1));
  const doneSet = new Set<string>();
  for (const key of keys)
    for (const p of index.prerequisitesOf.get(key) ?? []) if (isDone(statuses, p)) doneSet.add(p);
  const done = index.catalog.nodes.filter((n) => doneSet.has(n.key)).map((n) => n.key);
  const seen = new Set<string>();
  const edges: CatalogEdge[] = [];
  const inside = (key: string) => order.has(key) || doneSet.has(key);
  for (const e of index.catalog.edges) {
    if (e.from === e.to || !inside(e.from) || !inside(e.to)) continue;
    const id = `${e.type}:${e.from}->${e.to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(e);
  }
  return { plan, keys, order, done, edges };
}

/**
 * PT1: the path to `goal` for `statuses` (at `pace`, for dates): `pathOfPlan(learningPlan(…))`. Pure; the share
 * link and the exports reuse it.
 */
export function pathSubgraph(index: CatalogIndex, statuses: Statuses, goal: Goal, pace?: Pace): PathSubgraph {
  return pathOfPlan(index, statuses, learningPlan(index, statuses, goal, pace));
}

export interface GoalProgress {
  /** Done (completed or skipped) nodes among the goal's nodes and all their transitive prerequisites. */
  doneNodes: number;
  doneHours: number;
  /** Path nodes (what is left) and their hours (= plan.totalHours). */
  leftNodes: number;
  leftHours: number;
  /** Percent done, 0–100 rounded: by hours when any are known, else by count. */
  percent: number;
}

/**
 * PT3: how far the learner is towards the goal: the done nodes among the goal and everything it needs, against
 * what is left on the path. Hours unknown count 0 (E5). Pure.
 */
export function goalProgress(index: CatalogIndex, statuses: Statuses, path: PathSubgraph): GoalProgress {
  const targets =
    path.plan.goal.type === 'role'
      ? index.nodesOfRole(path.plan.goal.role).map((n) => n.key)
      : path.plan.goal.keys.filter((k) => index.byKey.has(k));
  const seen = new Set<string>(targets);
  const queue = [...targets];
  for (let q = 0; q < queue.length; q++)
    for (const p of index.prerequisitesOf.get(queue[q]!) ?? [])
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
  let doneNodes = 0;
  let doneHours = 0;
  for (const key of seen)
    if (isDone(statuses, key)) {
      doneNodes += 1;
      doneHours += index.byKey.get(key)?.hours ?? 0;
    }
  const leftNodes = path.keys.length;
  const leftHours = path.plan.totalHours;
  const percent =
    doneHours + leftHours > 0
      ? Math.round((100 * doneHours) / (doneHours + leftHours))
      : doneNodes + leftNodes > 0
        ? Math.round((100 * doneNodes) / (doneNodes + leftNodes))
        : 100;
  return { doneNodes, doneHours, leftNodes, leftHours, percent };
}
