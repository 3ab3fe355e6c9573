// The catalog as an outline (O1–O4): role lanes like the map's, each listing its nodes in the order a learner
// takes them. The list view renders it; eligibility and wording come from progress.ts and statusText.ts.
import { compareText, type CatalogIndex } from './graph';
import type { EligibilityMap } from './progress';
import { statusText } from './statusText';
import type { CurriculumNode, Status, Statuses } from './types';

export interface OutlineItem {
  key: string;
  id: string;
  title: string;
  kind: CurriculumNode['kind'];
  hours: number | null;
  status: Status;
  /** E1. */
  eligible: boolean;
  /** S1: "Ready to start", "Needs MOD-801", "Completed", … */
  statusText: string;
  /** 1-based step in the learning plan to the goal, or null (no goal, or not on the plan). */
  planStep: number | null;
}

export interface OutlineLane {
  /** Folded primary role ('' for nodes without a role): the same lane the map puts the node in. */
  lane: string;
  /** The role as first written in the catalog, or "Without a role". */
  label: string;
  items: OutlineItem[];
}

export interface OutlineInput {
  index: CatalogIndex;
  statuses: Statuses;
  eligibility: EligibilityMap;
  /** Keys the search and filters keep, or null when neither is active (O3). */
  matches: ReadonlySet<string> | null;
  /** Keys of the learning plan in plan order, or null without a goal (O4). */
  planOrder: readonly string[] | null;
}

export const NO_ROLE_LABEL = 'Without a role';

/** O1: a node's lane is its first non-empty role, folded (as the map's layout does); no role → ''. */
export function laneOf(node: CurriculumNode): string {
  const first = node.roles.find((r) => r.trim() !== '');
  return first ? first.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** Longest chain of prerequisites below each node (0 for none); a cycle is cut where it is entered. */
function depths(index: CatalogIndex): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (root: string) => {
    // Iterative DFS: a long chain in a big catalog must not overflow the stack.
    const stack: { key: string; i: number; best: number }[] = [{ key: root, i: 0, best: 0 }];
    visiting.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const prerequisites = index.prerequisitesOf.get(top.key) ?? [];
      if (top.i < prerequisites.length) {
        const p = prerequisites[top.i++]!;
        const known = depth.get(p);
        if (known !== undefined) top.best = Math.max(top.best, known + 1);
        else if (!visiting.has(p)) {
          visiting.add(p);
          stack.push({ key: p, i: 0, best: 0 });
        }
        continue;
      }
      stack.pop();
      visiting.delete(top.key);
      depth.set(top.key, top.best);
      const parent = stack[stack.length - 1];
      if (parent) parent.best = Math.max(parent.best, top.best + 1);
    }
  };
  for (const key of index.byKey.keys()) if (!depth.has(key)) visit(key);
  return depth;
}

const depthCache = new WeakMap<CatalogIndex, Map<string, number>>();

/**
 * O1–O4: the outline of the catalog.
 * - O1 Lanes are the nodes' primary roles (first non-empty role), as on the map; every node is in exactly one lane.
 * - O2 Within a lane, a node comes after its prerequisites (by prerequisite depth), then catalog order. Lanes come
 *   in order of their shallowest node, then by name; the lane without a role comes last.
 * - O3 Search and filters (`matches`) leave out the nodes they hide on the map; a lane left empty is dropped.
 * - O4 With a goal, a lane lists its plan items first, in plan order (with their step), then the rest by O2; lanes
 *   come in order of their first plan step.
 */
export function outline({ index, statuses, eligibility, matches, planOrder }: OutlineInput): OutlineLane[] {
  let depth = depthCache.get(index);
  if (!depth) depthCache.set(index, (depth = depths(index)));
  const step = new Map<string, number>();
  planOrder?.forEach((key, i) => step.set(key, i + 1));
  const roleNames = new Map(index.roles.map((r) => [r.toLowerCase(), r])); // the catalog's spelling
  const catalogOrder = new Map<string, number>();
  const lanes = new Map<string, OutlineLane>();
  let n = 0;
  for (const node of index.byKey.values()) {
    catalogOrder.set(node.key, n++);
    if (matches && !matches.has(node.key)) continue;
    const lane = laneOf(node);
    let group = lanes.get(lane);
    if (!group) {
      const label = lane ? (roleNames.get(lane) ?? lane) : NO_ROLE_LABEL;
      lanes.set(lane, (group = { lane, label, items: [] }));
    }
    const status = statuses[node.key] ?? 'not-started';
    const e = eligibility.get(node.key);
    group.items.push({
      key: node.key,
      id: node.id,
      title: node.title,
      kind: node.kind,
      hours: node.hours,
      status,
      eligible: e?.eligible ?? false,
      statusText: statusText(index, node.key, status, e),
      planStep: step.get(node.key) ?? null,
    });
  }
  const byO2 = (a: OutlineItem, b: OutlineItem) =>
    depth.get(a.key)! - depth.get(b.key)! || catalogOrder.get(a.key)! - catalogOrder.get(b.key)!;
  const byStep = (a: OutlineItem, b: OutlineItem) =>
    (a.planStep ?? Infinity) - (b.planStep ?? Infinity) || byO2(a, b);
  const result = [...lanes.values()];
  for (const l of result) l.items.sort(byStep);
  const firstStep = (l: OutlineLane) => l.items[0]?.planStep ?? Infinity;
  const shallowest = (l: OutlineLane) => Math.min(...l.items.map((i) => depth.get(i.key)!));
  return result.sort(
    (a, b) =>
      Number(a.lane === '') - Number(b.lane === '') ||
      firstStep(a) - firstStep(b) ||
      shallowest(a) - shallowest(b) ||
      compareText(a.label, b.label),
  );
}
