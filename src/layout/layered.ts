// A small layered (Sugiyama) layout for one piece, on plain arrays. It replaced dagre per piece: for
// pieces of a few dozen nodes dagre's fixed cost per call (graph copies, a dummy node on every edge for
// label space, four Brandes–Köpf passes) was ~90% of catalog layout time. Phases:
//   1. break cycles (edges against a topological order are turned round) and drop transitive edges;
//   2. rank by longest path, then pull every node towards its successors (short edges, like dagre's ranker);
//   3. a dummy node per rank crossed by a long edge, and barycenter sweeps for the order in each rank;
//   4. cross-axis coordinates: repeated sweeps placing each node at the mean of its neighbours, made
//      non-overlapping in rank order by least-squares (pool-adjacent-violators), so chains come out straight.
import { orderLayers } from './fastOrder';
import { NODE_HEIGHT, NODE_MARGIN, NODE_WIDTH, type Direction } from './geometry';
import { topologicalOrder } from './pieces';
import { transitiveReduction } from './reduceEdges';

export interface PieceLayout {
  /** Top-left of each local node, relative to the piece's top-left corner. */
  xs: number[];
  ys: number[];
  width: number;
  height: number;
}

/** Space between neighbouring nodes of one rank. */
export const NODE_SEP = Math.max(32, NODE_MARGIN);
/** Space between ranks. */
export const RANK_SEP = 72;
/** Space beside an edge passing through a rank. */
const EDGE_SEP = 16;
const COORD_SWEEPS = 12;

export function layeredLayout(count: number, edges: [number, number][], direction: Direction): PieceLayout {
  const all = Array.from({ length: count }, (_, i) => i);
  const topo = topologicalOrder(all, edges);
  const place = new Int32Array(count);
  topo.forEach((v, i) => (place[v] = i));
  const seen = new Set<number>();
  const dag: [number, number][] = [];
  for (const [a, b] of edges) {
    const [u, w] = place[a]! < place[b]! ? [a, b] : [b, a];
    if (seen.has(u * count + w)) continue;
    seen.add(u * count + w);
    dag.push([u, w]);
  }
  const reduced = transitiveReduction(count, dag);

  const rank = new Int32Array(count);
  const out: number[][] = all.map(() => []);
  for (const [u, w] of reduced) out[u]!.push(w);
  for (const v of topo) for (const w of out[v]!) rank[w] = Math.max(rank[w]!, rank[v]! + 1);
  for (let k = count - 1; k >= 0; k--) {
    const v = topo[k]!;
    if (out[v]!.length === 0) continue;
    let nearest = Infinity;
    for (const w of out[v]!) nearest = Math.min(nearest, rank[w]!);
    if (nearest - 1 > rank[v]!) rank[v] = nearest - 1;
  }

  // The layered graph: real nodes first, then a dummy node per rank crossed by a long edge.
  const vrank: number[] = Array.from(rank);
  const preds: number[][] = all.map(() => []);
  const succs: number[][] = all.map(() => []);
  const link = (a: number, b: number) => {
    succs[a]!.push(b);
    preds[b]!.push(a);
  };
  for (const [u, w] of reduced) {
    let prev = u;
    for (let r = rank[u]! + 1; r < rank[w]!; r++) {
      const d = vrank.length;
      vrank.push(r);
      preds.push([]);
      succs.push([]);
      link(prev, d);
      prev = d;
    }
    link(prev, w);
  }
  const layers = orderLayers(vrank, preds, succs);
  const cross = crossCoordinates(layers, count, direction === 'LR' ? NODE_HEIGHT : NODE_WIDTH, preds, succs);

  const mainStep = (direction === 'LR' ? NODE_WIDTH : NODE_HEIGHT) + RANK_SEP;
  const half = (direction === 'LR' ? NODE_HEIGHT : NODE_WIDTH) / 2;
  let minRank = Infinity;
  let minCross = Infinity;
  for (let v = 0; v < count; v++) {
    minRank = Math.min(minRank, rank[v]!);
    minCross = Math.min(minCross, cross[v]! - half);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  let width = 0;
  let height = 0;
  for (let v = 0; v < count; v++) {
    const m = (rank[v]! - minRank) * mainStep;
    const c = cross[v]! - half - minCross;
    const x = direction === 'LR' ? m : c;
    const y = direction === 'LR' ? c : m;
    xs.push(x);
    ys.push(y);
    width = Math.max(width, x + NODE_WIDTH);
    height = Math.max(height, y + NODE_HEIGHT);
  }
  return { xs, ys, width, height };
}

/** Centre of every node across the main axis; real nodes (index < realCount) are `size` wide, dummies 0. */
function crossCoordinates(layers: number[][], realCount: number, size: number, preds: number[][], succs: number[][]): Float64Array {
  const total = preds.length;
  const x = new Float64Array(total);
  const desired = new Float64Array(total);
  const gap = (a: number, b: number) => (a < realCount && b < realCount ? size + NODE_SEP : a < realCount || b < realCount ? size / 2 + EDGE_SEP : EDGE_SEP);
  for (const layer of layers) {
    for (let i = 1; i < layer.length; i++) x[layer[i]!] = x[layer[i - 1]!]! + gap(layer[i - 1]!, layer[i]!);
  }
  for (let sweep = 0; sweep < COORD_SWEEPS; sweep++) {
    // Down, up, …, and both sides for the last two, so the result is balanced rather than one-sided.
    const both = sweep >= COORD_SWEEPS - 2;
    const down = sweep % 2 === 0;
    for (let k = 0; k < layers.length; k++) {
      const layer = layers[down ? k : layers.length - 1 - k]!;
      for (const v of layer) {
        let s = 0;
        if (both || down) for (const u of preds[v]!) s += x[u]!;
        if (both || !down) for (const u of succs[v]!) s += x[u]!;
        const n = (both || down ? preds[v]!.length : 0) + (both || !down ? succs[v]!.length : 0);
        desired[v] = n > 0 ? s / n : x[v]!;
      }
      placeInOrder(layer, desired, x, gap);
    }
  }
  return x;
}

/**
 * Positions closest (least squares) to `desired` that keep the layer's order and gaps: with offsets o_i
 * of packed positions, fit a non-decreasing sequence to desired_i − o_i by pooling adjacent violators.
 */
function placeInOrder(layer: number[], desired: Float64Array, x: Float64Array, gap: (a: number, b: number) => number): void {
  const n = layer.length;
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) offset[i] = offset[i - 1]! + gap(layer[i - 1]!, layer[i]!);
  const mean: number[] = [];
  const weight: number[] = [];
  const start: number[] = [];
  for (let i = 0; i < n; i++) {
    mean.push(desired[layer[i]!]! - offset[i]!);
    weight.push(1);
    start.push(i);
    while (mean.length > 1 && mean[mean.length - 2]! > mean[mean.length - 1]!) {
      const w = weight.pop()!;
      const m = mean.pop()!;
      start.pop();
      const top = mean.length - 1;
      mean[top] = (mean[top]! * weight[top]! + m * w) / (weight[top]! + w);
      weight[top] = weight[top]! + w;
    }
  }
  for (let b = 0; b < mean.length; b++) {
    const end = b + 1 < start.length ? start[b + 1]! : n;
    for (let i = start[b]!; i < end; i++) x[layer[i]!] = mean[b]! + offset[i]!;
  }
}
