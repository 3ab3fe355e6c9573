// Cards arrive a few per frame when a catalog is shown, so no single frame blocks the page for long
// (mounting ~90 cards with their links took one 200–300 ms task). The cards nearest where the view opens
// come first: reading order for a catalog fitted whole, distance from the start card for a big one, whose
// far cards are off screen anyway and are then revealed all at once.
import { useEffect, useMemo, useState } from 'react';
import type { Direction, Point } from '../layout/geometry';

/** Cards mounted per frame. */
export const REVEAL_CHUNK = 6;
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
export function revealOrder(nodes: RevealNode[], direction: Direction, from: Point | null, onScreen: ReadonlySet<string> = new Set()): string[] {
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

/** How many cards are out after `step` frames when `already` were on screen; Infinity once all are. */
export function revealedAfter(step: number, total: number, big: boolean, already = 0): number {
  const count = already + (step + 1) * REVEAL_CHUNK;
  if (count >= total || (big && count >= REVEAL_NEAREST)) return Infinity;
  return count;
}

/**
 * Ids of the cards revealed so far for `token` (a new token — a new catalog, a finished layout — starts
 * over), or null once every card is out. A token of null reveals everything at once. `onScreen`: the cards
 * shown when the token changed; they stay (and count as revealed).
 */
export function useReveal(token: unknown, nodes: RevealNode[], direction: Direction, big: boolean, from: Point | null, onScreen: ReadonlySet<string>): Set<string> | null {
  const [state, setState] = useState<{ token: unknown; step: number }>({ token: null, step: 0 });
  const step = state.token === token ? state.step : 0;
  const { order, already } = useMemo(
    () => {
      if (token === null) return { order: [], already: 0 };
      const ids = new Set(nodes.map((n) => n.id));
      return { order: revealOrder(nodes, direction, big ? from : null, onScreen), already: [...onScreen].filter((id) => ids.has(id)).length };
    },
    // Only a new token reorders: positions that change during the reveal (a drag) keep the order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [token],
  );
  const count = token === null ? Infinity : revealedAfter(step, order.length, big, already);
  useEffect(() => {
    if (token === null || count === Infinity) return;
    const raf = requestAnimationFrame(() => setState({ token, step: step + 1 }));
    return () => cancelAnimationFrame(raf);
  }, [token, step, count]);
  return useMemo(() => (count === Infinity ? null : new Set(order.slice(0, count))), [order, count]);
}
