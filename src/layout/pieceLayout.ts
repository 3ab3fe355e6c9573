// Lay out one piece with dagre, remembering the result by the piece's structure so an unchanged
// track (or a track shaped like another) is never laid out twice.
import dagre from '@dagrejs/dagre';
import { NODE_HEIGHT, NODE_MARGIN, NODE_WIDTH, type Direction } from './geometry';
import { fastOrder } from './fastOrder';
import type { Piece } from './pieces';
import { transitiveReduction } from './reduceEdges';

export interface PieceLayout {
  /** Top-left of each local node, relative to the piece's top-left corner. */
  xs: number[];
  ys: number[];
  width: number;
  height: number;
}

export const NODE_SEP = 32;
export const RANK_SEP = 72;
const CACHE_LIMIT = 4000;
const cache = new Map<string, PieceLayout>();
let hits = 0;
let misses = 0;

/** The structure a piece's layout depends on: direction, kind, size and local edges in order. */
export function pieceSignature(piece: Piece, direction: Direction): string {
  let s = `${direction}${piece.kind}${piece.nodes.length}:`;
  for (const [a, b] of piece.edges) s += `${a},${b};`;
  return s;
}

export function layoutPiece(piece: Piece, direction: Direction): PieceLayout {
  const key = pieceSignature(piece, direction);
  const cached = cache.get(key);
  if (cached) {
    hits++;
    cache.delete(key); // LRU: re-insert as most recent
    cache.set(key, cached);
    return cached;
  }
  misses++;
  const result = piece.kind === 'grid' ? gridLayout(piece.nodes.length) : dagreLayout(piece, direction);
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return result;
}

export function pieceCacheStats(): { size: number; hits: number; misses: number } {
  return { size: cache.size, hits, misses };
}

export function clearPieceCache(): void {
  cache.clear();
  hits = 0;
  misses = 0;
}

function gridLayout(count: number): PieceLayout {
  const cols = Math.ceil(Math.sqrt(count));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < count; i++) {
    xs.push((i % cols) * (NODE_WIDTH + NODE_SEP));
    ys.push(Math.floor(i / cols) * (NODE_HEIGHT + NODE_SEP));
  }
  const rows = Math.ceil(count / cols);
  return {
    xs,
    ys,
    width: cols * (NODE_WIDTH + NODE_SEP) - NODE_SEP,
    height: rows * (NODE_HEIGHT + NODE_SEP) - NODE_SEP,
  };
}

function dagreLayout(piece: Piece, direction: Direction): PieceLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: direction,
    nodesep: Math.max(NODE_SEP, NODE_MARGIN),
    ranksep: RANK_SEP,
    edgesep: 16,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const count = piece.nodes.length;
  for (let i = 0; i < count; i++) g.setNode(String(i), { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const [a, b] of transitiveReduction(count, piece.edges)) g.setEdge(String(a), String(b));
  dagre.layout(g, { customOrder: (graph) => fastOrder(graph) });
  const xs: number[] = [];
  const ys: number[] = [];
  let minX = Infinity;
  let minY = Infinity;
  for (let i = 0; i < count; i++) {
    const p = g.node(String(i));
    const x = p.x - NODE_WIDTH / 2;
    const y = p.y - NODE_HEIGHT / 2;
    xs.push(x);
    ys.push(y);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
  }
  let width = 0;
  let height = 0;
  for (let i = 0; i < count; i++) {
    xs[i] = xs[i]! - minX;
    ys[i] = ys[i]! - minY;
    width = Math.max(width, xs[i]! + NODE_WIDTH);
    height = Math.max(height, ys[i]! + NODE_HEIGHT);
  }
  return { xs, ys, width, height };
}
