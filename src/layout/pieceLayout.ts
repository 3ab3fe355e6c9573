// Lay out one piece (layered.ts), remembering the result by the piece's structure so an unchanged
// track (or a track shaped like another) is never laid out twice.
import { NODE_HEIGHT, NODE_WIDTH, type Direction } from './geometry';
import { layeredLayout, NODE_SEP, type PieceLayout } from './layered';
import type { Piece } from './pieces';

export { NODE_SEP, RANK_SEP, type PieceLayout } from './layered';

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
  const result = piece.kind === 'grid' ? gridLayout(piece.nodes.length) : layeredLayout(piece.nodes.length, piece.edges, direction);
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
  return { xs, ys, width: cols * (NODE_WIDTH + NODE_SEP) - NODE_SEP, height: rows * (NODE_HEIGHT + NODE_SEP) - NODE_SEP };
}
