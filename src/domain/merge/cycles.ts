// Prerequisite cycles are reported, never fatal (R18). The search is graph.ts's componentsAmong (Tarjan).
import { componentsAmong } from '../graph';
import type { CatalogIndex } from '../graph';
import type { CatalogEdge } from '../types';

/** Each strongly connected group of two or more keys (or a key requiring itself), in key order. */
export function prerequisiteCycles(keys: string[], edges: CatalogEdge[]): string[][] {
  const position = new Map(keys.map((k, i) => [k, i]));
  const successors: number[][] = keys.map(() => []);
  for (const e of edges) {
    if (e.type !== 'prerequisite') continue;
    const from = position.get(e.from);
    const to = position.get(e.to);
    if (from !== undefined && to !== undefined) successors[from]!.push(to);
  }
  const all = keys.map((_, i) => i);
  const { componentOf, count } = componentsAmong(successors, all, new Uint8Array(keys.length).fill(1));
  const groups: number[][] = Array.from({ length: count }, () => []);
  for (const i of all) groups[componentOf[i]!]!.push(i);
  return groups
    .filter((g) => g.length > 1 || successors[g[0]!]!.includes(g[0]!))
    .map((g) => g.map((i) => keys[i]!).sort());
}

const membersCache = new WeakMap<CatalogIndex, Map<string, string[]>>();

/**
 * R46: key → the keys of the prerequisite cycle it is in (sorted, itself included); keys in no cycle are absent.
 * Computed once per index (the same search as R18), so every card can ask cheaply whether it sits in a cycle.
 */
export function cycleMembers(index: CatalogIndex): Map<string, string[]> {
  const known = membersCache.get(index);
  if (known) return known;
  const out = new Map<string, string[]>();
  for (const cycle of prerequisiteCycles(index.dense.keys, index.catalog.edges))
    for (const key of cycle) out.set(key, cycle);
  membersCache.set(index, out);
  return out;
}
