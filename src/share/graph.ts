// What a share link carries of the sender's catalog when the documents are too large: the whole catalog, or the
// learner's path, as columns (wire.ts S10), and back as a catalog JSON document the visitor's parser reads as it
// was printed (R14). Pure: no DOM, no storage.
import type { CatalogIndex } from '../domain/graph';
import { pathSubgraph } from '../domain/path';
import type { Catalog, CatalogEdge, Goal, NodeKind, SourceDocument, Statuses } from '../domain/types';
import type { WireGraph } from './wire';

/** The path name of the document a link's graph becomes (diagnostics and "Save as my profile" name it). */
export const SHARED_GRAPH_PATH = 'shared-path.catalog.json';

const KIND_CODE: Record<NodeKind, string> = { module: 'm', project: 'p', placeholder: 'x' };
const CODE_KIND: Record<string, NodeKind> = { m: 'module', p: 'project', x: 'placeholder' };

/**
 * S11: the nodes a link carries for a path (catalog order): the path (domain/path.ts PT1/PT2: the plan's items and
 * the done nodes directly before them) and the goal's own nodes already done.
 * Shapes: keys of `index`; an empty list when the goal names nothing in the catalog.
 */
export function pathNodeKeys(index: CatalogIndex, statuses: Statuses, goal: Goal): string[] {
  const path = pathSubgraph(index, statuses, goal);
  const keep = new Set([...path.keys, ...path.done]);
  const targets =
    goal.type === 'role'
      ? index.nodesOfRole(goal.role).map((n) => n.key)
      : goal.keys.filter((k) => index.byKey.has(k));
  for (const key of targets) keep.add(key);
  return index.catalog.nodes.filter((n) => keep.has(n.key)).map((n) => n.key);
}

/**
 * S10: the catalog's nodes (all, or those in `keys`) and the links among them as wire columns. `titles: false`
 * leaves titles out (the last step before a path no longer fits a link).
 */
export function packGraph(catalog: Catalog, keys: Set<string> | null, titles = true): WireGraph {
  const nodes = keys ? catalog.nodes.filter((n) => keys.has(n.key)) : catalog.nodes;
  const at = new Map(nodes.map((n, i) => [n.key, i] as const));
  const roleAt = new Map<string, number>();
  const r: string[] = [];
  const roleNumber = (role: string) => {
    let i = roleAt.get(role);
    if (i === undefined) {
      i = r.length;
      roleAt.set(role, i);
      r.push(role);
    }
    return i;
  };
  const e: number[] = [];
  const x: number[] = [];
  const seen = new Set<string>();
  for (const edge of catalog.edges) {
    const from = at.get(edge.from);
    const to = at.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const id = `${edge.type}:${from}:${to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (edge.type === 'prerequisite' ? e : x).push(from, to);
  }
  const ids = nodes.flatMap((n, i) => (n.id === n.key ? [] : [[i, n.id] as [number, string]]));
  return {
    k: nodes.map((n) => n.key),
    ...(ids.length ? { i: ids } : {}),
    ...(titles ? { t: nodes.map((n) => n.title) } : {}),
    d: nodes.map((n) => KIND_CODE[n.kind]).join(''),
    r,
    o: nodes.map((n) => n.roles.map(roleNumber)),
    h: nodes.map((n) => n.hours),
    e,
    x,
    n: catalog.nodes.length,
  };
}

/** S10: wire columns → a catalog JSON document (nodes, links; no diagnostics) for the visitor's parser. */
export function graphDocument(g: WireGraph): SourceDocument {
  const ids = new Map(g.i ?? []);
  const idOf = (i: number) => ids.get(i) ?? g.k[i]!;
  const prerequisites: string[][] = g.k.map(() => []);
  const next: string[][] = g.k.map(() => []);
  const edges: CatalogEdge[] = [];
  for (const [list, type, out] of [
    [g.e, 'prerequisite', prerequisites],
    [g.x, 'next', next],
  ] as const) {
    for (let j = 0; j + 1 < list.length; j += 2) {
      const from = list[j]!;
      const to = list[j + 1]!;
      edges.push({ from: g.k[from]!, to: g.k[to]!, type });
      // A node lists its prerequisites (links into it) and what comes next (links out of it), as ids.
      if (type === 'prerequisite') out[to]!.push(idOf(from));
      else out[from]!.push(idOf(to));
    }
  }
  const nodes = g.k.map((key, i) => ({
    key,
    id: idOf(i),
    kind: CODE_KIND[g.d[i]!] ?? 'module',
    title: g.t?.[i] ?? idOf(i),
    roles: g.o[i]!.map((r) => g.r[r]!),
    hours: g.h[i] ?? null,
    prerequisites: prerequisites[i],
    next: next[i],
    sources: [SHARED_GRAPH_PATH],
  }));
  return { path: SHARED_GRAPH_PATH, text: JSON.stringify({ nodes, edges, diagnostics: [] }) };
}
