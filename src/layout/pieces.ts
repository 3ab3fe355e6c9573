// Split a catalog graph into pieces small enough for dagre: connected components, big ones cut into
// role tracks (one lane per role, which people can read), oversized tracks cut along topological order.
import type { CatalogEdge } from '../domain/types';

export interface LayoutInput {
  nodes: { key: string; roles?: string[] }[];
  edges: CatalogEdge[];
}

export interface Piece {
  /** Indices into input.nodes, ascending. */
  nodes: number[];
  /** Edges inside the piece as local index pairs (prerequisite and next), deduplicated, in input order. */
  edges: [number, number][];
  /** Folded primary role of the piece: pieces of one role share a lane. '' for nodes without roles. */
  lane: string;
  /** `grid` pieces have no edges inside and are packed in a square without dagre; `graph` pieces go through dagre. */
  kind: 'graph' | 'grid';
}

export interface Split {
  pieces: Piece[];
  /** Edges between pieces (piece index pairs), deduplicated, in input order. */
  pieceEdges: [number, number][];
}

/** Components up to this size stay whole even when they mix roles. */
export const SPLIT_THRESHOLD = 48;
/** No dagre call ever sees more nodes than this: dagre's cost grows much faster than linearly. */
export const MAX_PIECE = 96;
/** Unconnected nodes of one lane are packed in grids of at most this many. */
export const GRID_PIECE = 25;

function primaryRole(roles: string[] | undefined): string {
  const first = roles?.find((r) => r.trim() !== '');
  return first ? first.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/** Kahn's order over the given members (ties broken by input index); cycle members follow in index order. */
function topologicalOrder(members: number[], edges: [number, number][]): number[] {
  const pos = new Map<number, number>();
  members.forEach((m, i) => pos.set(m, i));
  const indeg = new Int32Array(members.length);
  const out: number[][] = members.map(() => []);
  for (const [a, b] of edges) {
    const la = pos.get(a);
    const lb = pos.get(b);
    if (la === undefined || lb === undefined) continue;
    out[la]!.push(lb);
    indeg[lb]!++;
  }
  const order: number[] = [];
  const done = new Uint8Array(members.length);
  const queue: number[] = [];
  for (let i = 0; i < members.length; i++) if (indeg[i] === 0) queue.push(i);
  let next = 0;
  for (let head = 0; order.length < members.length;) {
    if (head === queue.length) {
      while (done[next]) next++; // a cycle: release the earliest remaining node
      queue.push(next);
      indeg[next] = 0;
    }
    const v = queue[head++]!;
    if (done[v]) continue;
    done[v] = 1;
    order.push(members[v]!);
    for (const w of out[v]!) if (!done[w] && --indeg[w]! === 0) queue.push(w);
  }
  return order;
}

export function splitIntoPieces(input: LayoutInput): Split {
  const n = input.nodes.length;
  const indexOf = new Map<string, number>();
  input.nodes.forEach((node, i) => {
    if (!indexOf.has(node.key)) indexOf.set(node.key, i);
  });
  const folded = new Map<string, string>(); // the nodes of a role share its string: fold it once
  const lanes = input.nodes.map((node) => {
    const first = node.roles?.[0];
    if (first === undefined || first.trim() === '') return primaryRole(node.roles);
    let lane = folded.get(first);
    if (lane === undefined) folded.set(first, (lane = primaryRole(node.roles)));
    return lane;
  });

  const edges: [number, number][] = [];
  const seen = new Set<number>();
  const parent = new Int32Array(n).map((_, i) => i);
  for (const e of input.edges) {
    const a = indexOf.get(e.from);
    const b = indexOf.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const id = a * n + b;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push([a, b]);
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  // Components in order of their first node; duplicate keys are left out of every piece.
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (indexOf.get(input.nodes[i]!.key) !== i) continue;
    const root = find(parent, i);
    const list = components.get(root);
    if (list) list.push(i);
    else components.set(root, [i]);
  }
  const edgesByComponent = new Map<number, [number, number][]>();
  for (const e of edges) {
    const root = find(parent, e[0]);
    const list = edgesByComponent.get(root);
    if (list) list.push(e);
    else edgesByComponent.set(root, [e]);
  }

  const groups: { nodes: number[]; lane: string; kind: Piece['kind'] }[] = [];
  const singles = new Map<string, number[]>();
  for (const [root, members] of components) {
    if (members.length === 1) {
      const lane = lanes[members[0]!]!;
      const list = singles.get(lane);
      if (list) list.push(members[0]!);
      else singles.set(lane, [members[0]!]);
      continue;
    }
    if (members.length <= SPLIT_THRESHOLD) {
      groups.push({ nodes: members, lane: mostCommonLane(members, lanes), kind: 'graph' });
      continue;
    }
    const byLane = new Map<string, number[]>();
    for (const m of members) {
      const list = byLane.get(lanes[m]!);
      if (list) list.push(m);
      else byLane.set(lanes[m]!, [m]);
    }
    const compEdges = edgesByComponent.get(root) ?? [];
    for (const [lane, track] of byLane) {
      if (track.length <= MAX_PIECE) {
        groups.push({ nodes: track, lane, kind: 'graph' });
        continue;
      }
      const order = topologicalOrder(track, compEdges);
      const chunks = Math.ceil(track.length / MAX_PIECE);
      const size = Math.ceil(track.length / chunks);
      for (let c = 0; c < chunks; c++) {
        groups.push({
          nodes: order.slice(c * size, (c + 1) * size).sort((a, b) => a - b),
          lane,
          kind: 'graph',
        });
      }
    }
  }
  for (const [lane, list] of singles) {
    for (let c = 0; c < list.length; c += GRID_PIECE)
      groups.push({ nodes: list.slice(c, c + GRID_PIECE), lane, kind: 'grid' });
  }
  groups.sort((a, b) => a.nodes[0]! - b.nodes[0]!);

  const pieceOf = new Int32Array(n).fill(-1);
  const localOf = new Int32Array(n);
  const pieces: Piece[] = groups.map((g, p) => {
    g.nodes.forEach((m, i) => {
      pieceOf[m] = p;
      localOf[m] = i;
    });
    return { nodes: g.nodes, edges: [] as [number, number][], lane: g.lane, kind: g.kind };
  });
  const pieceEdges: [number, number][] = [];
  const seenPieceEdges = new Set<number>();
  for (const [a, b] of edges) {
    const pa = pieceOf[a]!;
    const pb = pieceOf[b]!;
    if (pa === pb) pieces[pa]!.edges.push([localOf[a]!, localOf[b]!]);
    else if (!seenPieceEdges.has(pa * pieces.length + pb)) {
      seenPieceEdges.add(pa * pieces.length + pb);
      pieceEdges.push([pa, pb]);
    }
  }
  // A track with no edges inside (e.g. placeholders only linked to other tracks) needs no dagre call,
  // whose fixed cost per call is several milliseconds.
  for (const p of pieces) if (p.edges.length === 0) p.kind = 'grid';
  return { pieces, pieceEdges };
}

function mostCommonLane(members: number[], lanes: string[]): string {
  const counts = new Map<string, number>();
  let best = lanes[members[0]!]!;
  for (const m of members) {
    const lane = lanes[m]!;
    const c = (counts.get(lane) ?? 0) + 1;
    counts.set(lane, c);
    if (c > (counts.get(best) ?? 0)) best = lane;
  }
  return best;
}
