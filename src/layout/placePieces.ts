// The second pass: place laid-out pieces. Pieces are ranked by the prerequisites between them
// (longest path, cycles broken at the earliest piece) so arrows between tracks point forward;
// each role gets a lane across the main axis, and ranks are aligned columns over all lanes.
import { NODE_MARGIN, type Direction, type Point } from './geometry';
import type { Piece } from './pieces';

export const PIECE_GAP = 96;
export const LANE_GAP = 120;
export const STACK_GAP = Math.max(48, NODE_MARGIN);

export interface Extent {
  width: number;
  height: number;
}

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
  for (let placed = 0; placed < count; ) {
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

/** Top-left corner of every piece. */
export function placePieces(pieces: Piece[], extents: Extent[], pieceEdges: [number, number][], direction: Direction): Point[] {
  const ranks = pieceRanks(pieces.length, pieceEdges);
  const main = (e: Extent) => (direction === 'LR' ? e.width : e.height);
  const cross = (e: Extent) => (direction === 'LR' ? e.height : e.width);

  const laneOrder = new Map<string, number>();
  for (const p of pieces) if (!laneOrder.has(p.lane)) laneOrder.set(p.lane, laneOrder.size);
  const rankCount = ranks.reduce((m, r) => Math.max(m, r + 1), 0);

  const columnSize = new Array<number>(rankCount).fill(0);
  pieces.forEach((_, i) => {
    const r = ranks[i]!;
    columnSize[r] = Math.max(columnSize[r]!, main(extents[i]!));
  });
  const columnStart: number[] = [];
  let at = 0;
  for (let r = 0; r < rankCount; r++) {
    columnStart.push(at);
    at += columnSize[r]! + PIECE_GAP;
  }

  // Within a lane, pieces of one rank stack along the cross axis in input order.
  const stackAt = new Map<string, number>(); // `${lane}\u0000${rank}` → next free cross offset within the lane
  const offsetInLane: number[] = [];
  const laneSize = new Array<number>(laneOrder.size).fill(0);
  pieces.forEach((p, i) => {
    const cell = `${p.lane}\u0000${ranks[i]}`;
    const start = stackAt.get(cell) ?? 0;
    offsetInLane.push(start);
    const end = start + cross(extents[i]!);
    stackAt.set(cell, end + STACK_GAP);
    const lane = laneOrder.get(p.lane)!;
    laneSize[lane] = Math.max(laneSize[lane]!, end);
  });
  const laneStart: number[] = [];
  at = 0;
  for (const size of laneSize) {
    laneStart.push(at);
    at += size + LANE_GAP;
  }

  return pieces.map((p, i) => {
    const m = columnStart[ranks[i]!]!;
    const c = laneStart[laneOrder.get(p.lane)!]! + offsetInLane[i]!;
    return direction === 'LR' ? { x: m, y: c } : { x: c, y: m };
  });
}
