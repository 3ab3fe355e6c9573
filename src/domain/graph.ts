// The catalog, indexed once so eligibility, plans and gaps never scan the node list per question.
import { foldName } from './text';
import type { Catalog, CurriculumNode } from './types';

export interface CatalogIndex {
  catalog: Catalog;
  /** Node key → node. */
  byKey: Map<string, CurriculumNode>;
  /** Curriculum id as written → every key carrying it (more than one when an id is defined twice). */
  keysById: Map<string, string[]>;
  /** Key → keys of its prerequisites (only `prerequisite` edges; `next` edges never gate anything). */
  prerequisitesOf: Map<string, string[]>;
  /** Key → keys of the nodes that list it as a prerequisite. */
  dependentsOf: Map<string, string[]>;
  /**
   * R30/E1: key → its prerequisites as groups of keys; each group is satisfied by any one member
   * (a group of one is required). Every key of `prerequisitesOf` is in exactly one group.
   */
  prerequisiteGroupsOf: Map<string, string[][]>;
  /** Nodes that list the role, matched case- and whitespace-insensitively, in catalog order. */
  nodesOfRole(role: string): CurriculumNode[];
  /** Distinct role names (first spelling wins), sorted. */
  roles: string[];
  /** The same graph over integer positions, for the hot paths (plans after every status change). */
  dense: DenseGraph;
}

export interface DenseGraph {
  /** Position → key / node, in catalog order. */
  keys: string[];
  nodes: CurriculumNode[];
  position: Map<string, number>;
  prerequisites: number[][];
  /** `prerequisiteGroupsOf` over positions. */
  groups: number[][][];
  dependents: number[][];
  /** Position → rank when nodes are sorted by id, then key: the last tie-breakers of plans and gaps. */
  tieOrder: Int32Array;
}

/** Roles compare folded (text.ts): `  AI Infrastructure  team lead ` names `AI Infrastructure Team Lead`. */
export const foldRole = foldName;

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const byKey = new Map<string, CurriculumNode>();
  const keysById = new Map<string, string[]>();
  const prerequisitesOf = new Map<string, string[]>();
  const dependentsOf = new Map<string, string[]>();
  const byRole = new Map<string, CurriculumNode[]>();
  const roleNames = new Map<string, string>();

  for (const node of catalog.nodes) {
    if (byKey.has(node.key)) continue; // keys are unique by contract; a duplicate is ignored, not fatal
    byKey.set(node.key, node);
    push(keysById, node.id, node.key);
    prerequisitesOf.set(node.key, []);
    dependentsOf.set(node.key, []);
    const seenRoles = new Set<string>();
    for (const role of node.roles) {
      const folded = foldRole(role);
      if (folded === '' || seenRoles.has(folded)) continue;
      seenRoles.add(folded);
      if (!roleNames.has(folded)) roleNames.set(folded, role.trim().replace(/\s+/g, ' '));
      const list = byRole.get(folded);
      if (list) list.push(node);
      else byRole.set(folded, [node]);
    }
  }

  const seenEdges = new Set<string>();
  for (const edge of catalog.edges) {
    if (edge.type !== 'prerequisite') continue;
    // An edge to a key the catalog does not hold cannot be completed by anyone; the catalog
    // builder turns unknown references into placeholders, so such an edge is a builder bug.
    if (!byKey.has(edge.from) || !byKey.has(edge.to)) continue;
    const id = `${edge.from}\u0000${edge.to}`;
    if (seenEdges.has(id)) continue;
    seenEdges.add(id);
    prerequisitesOf.get(edge.to)!.push(edge.from);
    dependentsOf.get(edge.from)!.push(edge.to);
  }

  const roles = [...roleNames.values()].sort(compareText);
  const prerequisiteGroupsOf = new Map<string, string[][]>();
  for (const [key, prerequisites] of prerequisitesOf)
    prerequisiteGroupsOf.set(key, groupKeys(byKey, byKey.get(key)!, prerequisites));

  return {
    catalog,
    byKey,
    keysById,
    prerequisitesOf,
    dependentsOf,
    prerequisiteGroupsOf,
    nodesOfRole: (role) => byRole.get(foldRole(role)) ?? [],
    roles,
    dense: denseGraph(byKey, prerequisitesOf, dependentsOf, prerequisiteGroupsOf),
  };
}

/**
 * A node's `prerequisiteGroups` (ids, or keys) → groups of its prerequisite keys. A member that names
 * no prerequisite edge is dropped; a prerequisite in no group is required alone (older catalogs).
 */
function groupKeys(
  byKey: Map<string, CurriculumNode>,
  node: CurriculumNode,
  prerequisites: string[],
): string[][] {
  const written = node.prerequisiteGroups ?? [];
  if (!written.some((group) => group.length > 1)) return prerequisites.map((key) => [key]);
  const used = new Set<string>();
  const groups: string[][] = [];
  const keyOf = (member: string) =>
    prerequisites.includes(member) ? member : prerequisites.find((key) => byKey.get(key)?.id === member);
  for (const group of written) {
    const keys = group.map(keyOf).filter((key): key is string => key !== undefined && !used.has(key));
    if (keys.length === 0) continue;
    keys.forEach((key) => used.add(key));
    groups.push([...new Set(keys)]);
  }
  for (const key of prerequisites) if (!used.has(key)) groups.push([key]);
  return groups;
}

/** Plain code-unit order: stable across locales, so plans print the same everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function denseGraph(
  byKey: Map<string, CurriculumNode>,
  prerequisitesOf: Map<string, string[]>,
  dependentsOf: Map<string, string[]>,
  groupsOf: Map<string, string[][]>,
): DenseGraph {
  const keys = [...byKey.keys()];
  const nodes = [...byKey.values()];
  const position = new Map(keys.map((key, i) => [key, i]));
  const toPositions = (list: string[] | undefined) => (list ?? []).map((key) => position.get(key)!);
  const byTie = keys
    .map((_, i) => i)
    .sort((a, b) => compareText(nodes[a]!.id, nodes[b]!.id) || compareText(keys[a]!, keys[b]!));
  const tieOrder = new Int32Array(keys.length);
  byTie.forEach((i, rank) => (tieOrder[i] = rank));
  return {
    keys,
    nodes,
    position,
    prerequisites: keys.map((key) => toPositions(prerequisitesOf.get(key))),
    groups: keys.map((key) => (groupsOf.get(key) ?? []).map(toPositions)),
    dependents: keys.map((key) => toPositions(dependentsOf.get(key))),
    tieOrder,
  };
}

/**
 * The one cycle search: strongly connected components of a graph over positions 0…n−1 (`successors[v]`: the
 * positions `v` points to, e.g. DenseGraph.dependents), restricted to `members` (positions with `inSet[i] === 1`).
 * Tarjan, iterative so a 2,000-node chain cannot overflow the stack. Returns the component number of each member
 * (other positions: −1), numbered in the order components complete (dependents before what they depend on),
 * and the component count. Used for R18 (cycles reported in the catalog) and P4 (a cycle planned as a unit).
 */
export function componentsAmong(
  successors: number[][],
  members: number[],
  inSet: Uint8Array,
): { componentOf: Int32Array; count: number } {
  const n = successors.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const componentOf = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const work: number[] = []; // pairs: node, next successor index
  let counter = 0;
  let count = 0;

  for (const root of members) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    work.push(root, 0);
    while (work.length > 0) {
      const top = work.length - 2;
      const v = work[top]!;
      const out = successors[v]!;
      const next = work[top + 1]!;
      if (next < out.length) {
        work[top + 1] = next + 1;
        const w = out[next]!;
        if (inSet[w] !== 1) continue;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push(w, 0);
        } else if (onStack[w] === 1 && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      work.length = top;
      if (top > 0) {
        const parent = work[top - 2]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          componentOf[w] = count;
        } while (w !== v);
        count += 1;
      }
    }
  }
  return { componentOf, count };
}
