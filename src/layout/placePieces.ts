// The second pass: place laid-out pieces. Each role is a lane, laid out along the main axis; lanes are
// STACKED across the main axis (LR: one below the other, left-aligned; TB: side by side) in order of
// progression, so a lane whose nodes are prerequisites of another's comes first. A long run of lanes
// wraps into a few side-by-side stacks, as many as make the whole graph fit a screen-shaped box best.
// Small pieces (lone nodes, grids, 1–3 node pieces) are shelf-packed into one block after the lanes
// rather than strung out. A deterministic stacking rather than a second dagre pass: dagre would put
// lanes of one progression level side by side but gives no control over the aspect ratio.
import { NODE_MARGIN, type Direction, type Point } from './geometry';
import type { Piece } from './pieces';

/** Along the main axis between pieces of one lane. */
export const PIECE_GAP = 96;
/** Across the main axis between stacked lanes. */
export const LANE_GAP = 120;
/** Between pieces stacked inside a lane or packed in the small-piece block. */
export const STACK_GAP = Math.max(48, NODE_MARGIN);
/** Along the main axis between side-by-side stacks of lanes. */
export const COLUMN_GAP = 240;
/** Pieces this small (or edge-less grids) go to the small-piece block instead of their lane. */
export const SMALL_PIECE = 3;
/** Width / height of the box the graph should fit best (a laptop screen minus toolbars). */
export const SCREEN_ASPECT = 16 / 9;

export interface Extent {
  width: number;
  height: number;
}

/** Longest-path rank of every node of a graph (cycles broken at the earliest remaining node). */
export function pieceRanks(count: number, pieceEdges: [number, number][]): number[] {
  const out: number[][] = Array.from({ length: count }, () => []);
  const indeg = new Int32Array(count);
  for (const [a, b] of pieceEdges) {
    out[a]!.push(b);
    indeg[b]!++;
  }
  const rank = new Array<number>(count).fill(0);
  const done = new Uint8Array(count);
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (indeg[i] === 0) queue.push(i);
  let head = 0;
  let next = 0;
  for (let placed = 0; placed < count;) {
    if (head === queue.length) {
      while (done[next]) next++;
      queue.push(next);
      indeg[next] = 0;
    }
    const v = queue[head++]!;
    if (done[v]) continue;
    done[v] = 1;
    placed++;
    for (const w of out[v]!) {
      if (done[w]) continue; // a back edge of a cycle
      if (rank[v]! + 1 > rank[w]!) rank[w] = rank[v]! + 1;
      if (--indeg[w]! === 0) queue.push(w);
    }
  }
  return rank;
}

/** A lane or the small-piece block: its size and where each of its pieces sits, in (main, cross) terms. */
interface Block {
  main: number;
  cross: number;
  pieces: number[];
  mains: number[];
  crosses: number[];
}

/** Lane order by progression: longest path over lane-to-lane edges, where the weaker direction of a two-way pair is dropped. */
function laneOrder(laneCount: number, laneEdges: Map<number, number>): number[] {
  const edges: [number, number][] = [];
  for (const [id, weight] of laneEdges) {
    const a = Math.floor(id / laneCount);
    const b = id % laneCount;
    if ((laneEdges.get(b * laneCount + a) ?? 0) <= weight) edges.push([a, b]);
  }
  const rank = pieceRanks(laneCount, edges);
  return Array.from({ length: laneCount }, (_, i) => i).sort((a, b) => rank[a]! - rank[b]! || a - b);
}

/** One lane: pieces ranked by the edges inside the lane become columns along the main axis; a column's pieces stack across. */
function laneBlock(members: number[], inner: [number, number][], main: number[], cross: number[]): Block {
  const ranks = pieceRanks(members.length, inner);
  const rankCount = ranks.reduce((m, r) => Math.max(m, r + 1), 0);
  const columnSize = new Array<number>(rankCount).fill(0);
  members.forEach((p, i) => (columnSize[ranks[i]!] = Math.max(columnSize[ranks[i]!]!, main[p]!)));
  const columnStart: number[] = [];
  let at = 0;
  for (const size of columnSize) {
    columnStart.push(at);
    at += size + PIECE_GAP;
  }
  const stack = new Array<number>(rankCount).fill(0);
  const block: Block = { main: at - PIECE_GAP, cross: 0, pieces: members, mains: [], crosses: [] };
  members.forEach((p, i) => {
    const r = ranks[i]!;
    block.mains.push(columnStart[r]!);
    block.crosses.push(stack[r]!);
    block.cross = Math.max(block.cross, stack[r]! + cross[p]!);
    stack[r] = stack[r]! + cross[p]! + STACK_GAP;
  });
  return block;
}

/** Shelf-pack pieces in rows along the main axis, each row at most `limit` long. */
function shelfBlock(members: number[], limit: number, main: number[], cross: number[]): Block {
  const block: Block = { main: 0, cross: 0, pieces: members, mains: [], crosses: [] };
  let m = 0;
  let row = 0;
  let rowCross = 0;
  for (const p of members) {
    if (m > 0 && m + main[p]! > limit) {
      row += rowCross + STACK_GAP;
      m = 0;
      rowCross = 0;
    }
    block.mains.push(m);
    block.crosses.push(row);
    m += main[p]! + STACK_GAP;
    rowCross = Math.max(rowCross, cross[p]!);
    block.main = Math.max(block.main, m - STACK_GAP);
    block.cross = Math.max(block.cross, row + rowCross);
  }
  return block;
}

/**
 * Split blocks (in order) into `k` contiguous stacks balanced by size across the main axis.
 * Returns the stack index of every block.
 */
function balancedStacks(blocks: Block[], k: number): number[] {
  const total = blocks.reduce((s, b) => s + b.cross + LANE_GAP, 0);
  const share = total / k;
  let before = 0;
  return blocks.map((b) => {
    const size = b.cross + LANE_GAP;
    const stack = Math.min(k - 1, Math.floor((before + size / 2) / share));
    before += size;
    return stack;
  });
}

/** Top-left corner of every piece. */
export function placePieces(
  pieces: Piece[],
  extents: Extent[],
  pieceEdges: [number, number][],
  direction: Direction,
): Point[] {
  const lr = direction === 'LR';
  const main = extents.map((e) => (lr ? e.width : e.height));
  const cross = extents.map((e) => (lr ? e.height : e.width));
  const small = pieces.map((p) => p.kind === 'grid' || p.nodes.length <= SMALL_PIECE);

  // Lanes in order of first appearance; small pieces are not members of any lane.
  const laneIndex = new Map<string, number>();
  const laneOf = new Int32Array(pieces.length).fill(-1);
  const members: number[][] = [];
  pieces.forEach((p, i) => {
    if (small[i]) return;
    let lane = laneIndex.get(p.lane);
    if (lane === undefined) {
      lane = members.length;
      laneIndex.set(p.lane, lane);
      members.push([]);
    }
    laneOf[i] = lane;
    members[lane]!.push(i);
  });
  const laneCount = members.length;
  const localOf = new Int32Array(pieces.length);
  for (const list of members) list.forEach((p, i) => (localOf[p] = i));
  const inner: [number, number][][] = members.map(() => []);
  const laneEdges = new Map<number, number>(); // a * laneCount + b → number of piece edges from lane a to lane b
  for (const [a, b] of pieceEdges) {
    const la = laneOf[a]!;
    const lb = laneOf[b]!;
    if (la < 0 || lb < 0) continue;
    if (la === lb) inner[la]!.push([localOf[a]!, localOf[b]!]);
    else laneEdges.set(la * laneCount + lb, (laneEdges.get(la * laneCount + lb) ?? 0) + 1);
  }

  const order = laneOrder(laneCount, laneEdges);
  const blocks = order.map((lane) => laneBlock(members[lane]!, inner[lane]!, main, cross));

  // Small pieces, grouped by their lane's place in the progression (lanes without big pieces last).
  const rankOfLane = new Map<string, number>();
  order.forEach((lane, r) => rankOfLane.set(pieces[members[lane]![0]!]!.lane, r));
  const smalls = pieces
    .map((_, i) => i)
    .filter((i) => small[i])
    .sort(
      (a, b) =>
        (rankOfLane.get(pieces[a]!.lane) ?? laneCount) - (rankOfLane.get(pieces[b]!.lane) ?? laneCount) ||
        a - b,
    );
  if (smalls.length > 0) {
    const area = smalls.reduce((s, p) => s + (main[p]! + STACK_GAP) * (cross[p]! + STACK_GAP), 0);
    const square = Math.sqrt(area * (lr ? SCREEN_ASPECT : 1 / SCREEN_ASPECT));
    const limit = Math.max(square, ...blocks.map((b) => b.main), ...smalls.map((p) => main[p]!));
    blocks.push(shelfBlock(smalls, limit, main, cross));
  }

  // Choose how many side-by-side stacks of lanes fit a screen-shaped box best: the largest zoom at fit view.
  let best: number[] = [];
  let bestScore = Infinity;
  for (let k = 1; k <= blocks.length; k++) {
    const stackOf = balancedStacks(blocks, k);
    const { mainTotal, crossMax } = stackSizes(blocks, stackOf);
    const width = lr ? mainTotal : crossMax;
    const height = lr ? crossMax : mainTotal;
    const score = Math.max(width / SCREEN_ASPECT, height);
    if (score < bestScore - 1e-6) {
      bestScore = score;
      best = stackOf;
    }
  }

  const origins: Point[] = new Array<Point>(pieces.length);
  const { starts } = stackSizes(blocks, best);
  const filled = new Float64Array(starts.length);
  blocks.forEach((block, b) => {
    const s = best[b]!;
    const m0 = starts[s]!;
    const c0 = filled[s]!;
    filled[s] = c0 + block.cross + LANE_GAP;
    block.pieces.forEach((p, i) => {
      const m = m0 + block.mains[i]!;
      const c = c0 + block.crosses[i]!;
      origins[p] = lr ? { x: m, y: c } : { x: c, y: m };
    });
  });
  return origins;
}

/** Main-axis start of every stack, the total main length and the longest stack across. Stacks are numbered in order. */
function stackSizes(
  blocks: Block[],
  stackOf: number[],
): { starts: number[]; mainTotal: number; crossMax: number } {
  const k = stackOf.length === 0 ? 0 : stackOf[stackOf.length - 1]! + 1;
  const mainOf = new Float64Array(k);
  const crossOf = new Float64Array(k).fill(-LANE_GAP);
  const used = new Uint8Array(k);
  for (let i = 0; i < blocks.length; i++) {
    const s = stackOf[i]!;
    used[s] = 1;
    if (blocks[i]!.main > mainOf[s]!) mainOf[s] = blocks[i]!.main;
    crossOf[s] = crossOf[s]! + blocks[i]!.cross + LANE_GAP;
  }
  const starts: number[] = new Array<number>(k).fill(0);
  let at = 0;
  let crossMax = 0;
  for (let s = 0; s < k; s++) {
    if (!used[s]) continue; // an empty stack takes no room
    starts[s] = at;
    at += mainOf[s]! + COLUMN_GAP;
    crossMax = Math.max(crossMax, crossOf[s]!);
  }
  return { starts, mainTotal: Math.max(0, at - COLUMN_GAP), crossMax };
}
