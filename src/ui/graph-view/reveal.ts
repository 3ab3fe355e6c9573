// Cards arrive a few per frame when a catalog is shown, so no single task blocks the page for long
// (mounting ~90 cards with their links took one 200–300 ms task). The cards nearest where the view opens
// come first: reading order for a catalog fitted whole, distance from the start card for a big one, whose
// far cards are off screen anyway and are then revealed all at once.
//
// The pace follows the machine: each frame's length (from one animation frame to the next) sets how many
// cards the next frame mounts — more while frames stay short, fewer once a frame runs long. A frame costs a
// fixed part (React Flow re-adopting the node list, style, layout, paint) plus ~1–2 ms per card on a fast
// machine, so a fixed chunk that suits one machine blocks a slower one for too long.
import type { Direction, Point } from '../../layout/geometry';

/** Cards the first step mounts (the frame before it carries the catalog or layout change itself: none). */
export const REVEAL_START = 3;
export const REVEAL_MIN = 1;
export const REVEAL_MAX = 12;
/** Frames up to this long (one display frame, with rounding) grow the chunk; longer than SLOW shrink it. */
export const FAST_FRAME_MS = 20;
export const SLOW_FRAME_MS = 36;
/** Big catalogs: after this many cards nearest the start (more than a screen holds), the rest at once. */
export const REVEAL_NEAREST = 72;

interface RevealNode {
  id: string;
  position: Point;
}

/**
 * The order in which cards appear: the cards already on screen first (they must not vanish and come back), then
 * nearest `from` when given, else along the reading direction.
 */
export function revealOrder(
  nodes: RevealNode[],
  direction: Direction,
  from: Point | null,
  onScreen: ReadonlySet<string> = new Set(),
): string[] {
  const key = from
    ? (n: RevealNode) => (n.position.x - from.x) ** 2 + (n.position.y - from.y) ** 2
    : direction === 'LR'
      ? (n: RevealNode) => n.position.x * 1e6 + n.position.y
      : (n: RevealNode) => n.position.y * 1e6 + n.position.x;
  return nodes
    .map((n) => [onScreen.has(n.id) ? -Infinity : key(n), n.id] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, id]) => id);
}

/** The next chunk after a frame that took `frameMs` (null: no frame measured yet). */
export function nextChunk(chunk: number, frameMs: number | null): number {
  if (frameMs === null) return chunk;
  if (frameMs <= FAST_FRAME_MS) return Math.min(REVEAL_MAX, chunk * 2);
  if (frameMs > SLOW_FRAME_MS) return Math.max(REVEAL_MIN, Math.floor(chunk / 2));
  return chunk;
}

/** Cards out after mounting `chunk` more on top of `count`; Infinity once all are (or, big, the nearest are). */
export function revealedAfter(count: number, chunk: number, total: number, big: boolean): number {
  const next = count + chunk;
  if (next >= total || (big && next >= REVEAL_NEAREST)) return Infinity;
  return next;
}
