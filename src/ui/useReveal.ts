// Cards arrive a few per frame when a catalog is shown, so no single task blocks the page for long
// (mounting ~90 cards with their links took one 200–300 ms task). The cards nearest where the view opens
// come first: reading order for a catalog fitted whole, distance from the start card for a big one, whose
// far cards are off screen anyway and are then revealed all at once.
//
// The pace follows the machine: each frame's length (from one animation frame to the next) sets how many
// cards the next frame mounts — more while frames stay short, fewer once a frame runs long. A frame costs a
// fixed part (React Flow re-adopting the node list, style, layout, paint) plus ~1–2 ms per card on a fast
// machine, so a fixed chunk that suits one machine blocks a slower one for too long.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Direction, Point } from '../layout/geometry';

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

export interface Reveal {
  /** Ids of the cards revealed so far, or null once every card is out. */
  ids: Set<string> | null;
  /** True in the first frame of a reveal, before any card beyond those already on screen is mounted. */
  first: boolean;
}

/**
 * The cards revealed so far for `token` (a new token — a new catalog, a finished layout — starts over). A
 * token of null reveals everything at once. `onScreen`: the cards shown when the token changed; they stay
 * (and count as revealed).
 */
export function useReveal(
  token: unknown,
  nodes: RevealNode[],
  direction: Direction,
  big: boolean,
  from: Point | null,
  onScreen: ReadonlySet<string>,
): Reveal {
  const [state, setState] = useState<{ token: unknown; count: number }>({ token: null, count: 0 });
  const pace = useRef<{ chunk: number; last: number | null }>({ chunk: REVEAL_START, last: null });
  const { order, already } = useMemo(
    () => {
      if (token === null) return { order: [], already: 0 };
      const ids = new Set(nodes.map((n) => n.id));
      return {
        order: revealOrder(nodes, direction, big ? from : null, onScreen),
        already: [...onScreen].filter((id) => ids.has(id)).length,
      };
    },
    // Only a new token reorders: positions that change during the reveal (a drag) keep the order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [token],
  );
  const count =
    token === null
      ? Infinity
      : state.token === token
        ? state.count
        : already >= order.length
          ? Infinity
          : already;
  const fresh = state.token !== token;
  useEffect(() => {
    if (token === null || count === Infinity) return;
    if (fresh) pace.current = { chunk: REVEAL_START, last: null };
    const raf = requestAnimationFrame((now) => {
      const p = pace.current;
      p.chunk = nextChunk(p.chunk, p.last === null ? null : now - p.last);
      p.last = now;
      setState({ token, count: revealedAfter(count, p.chunk, order.length, big) });
    });
    return () => cancelAnimationFrame(raf);
  }, [token, count, fresh, order.length, big]);
  return useMemo(
    () => ({
      ids: count === Infinity ? null : new Set(order.slice(0, count)),
      first: fresh && count !== Infinity,
    }),
    [order, count, fresh],
  );
}
