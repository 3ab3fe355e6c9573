// What a share link carries of the sender's catalog when the documents are too large: the whole catalog, or the
// learner's path, as columns (wire.ts S10), and back as a catalog JSON document the visitor's parser reads as it
// was printed (R14). Pure: no DOM, no storage.
import type { CatalogIndex } from '../domain/graph';
import { pathSubgraph } from '../domain/path';
import {
  LEVELS,
  type Catalog,
  type CatalogEdge,
  type Goal,
  type NodeKind,
  type SourceDocument,
  type Statuses,
} from '../domain/types';
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
 * leaves titles out (the last step before a path no longer fits a link); `competencies: false` leaves the
 * competencies and their proficiency targets out (the visitor then sees no gaps, and the link says so).
 */
export function packGraph(
  catalog: Catalog,
  keys: Set<string> | null,
  titles = true,
  competencies = true,
): WireGraph {
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
  const qn: string[] = [];
  const nameAt = new Map<string, number>();
  const q = nodes.map((n) =>
    n.competencies.flatMap((c) => {
      let name = nameAt.get(c.name);
      if (name === undefined) nameAt.set(c.name, (name = qn.push(c.name) - 1));
      return [name, c.range?.min ?? -1, c.range?.max ?? -1, c.role ? roleNumber(c.role) : -1];
    }),
  );
  const withCompetencies = competencies && qn.length > 0;
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
    ...(withCompetencies ? { qn, q } : {}),
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
    competencies: competenciesOf(g, i),
    sources: [SHARED_GRAPH_PATH],
  }));
  return { path: SHARED_GRAPH_PATH, text: JSON.stringify({ nodes, edges, diagnostics: [] }) };
}

/** Node i's competencies from the wire's `q` quadruples, as the catalog JSON reader takes them (level as a name). */
function competenciesOf(
  g: WireGraph,
  i: number,
): { name: string; level: string | null; role: string | null }[] {
  const list = g.q?.[i] ?? [];
  const out: { name: string; level: string | null; role: string | null }[] = [];
  for (let j = 0; j + 3 < list.length; j += 4) {
    const [name, min, max, role] = list.slice(j, j + 4) as [number, number, number, number];
    const level = min < 0 ? null : min === max ? LEVELS[min]! : `${LEVELS[min]}/${LEVELS[max]}`;
    out.push({ name: g.qn![name]!, level, role: role < 0 ? null : g.r[role]! });
  }
  return out;
}
