// Big catalogs hand React Flow only the links near the view. React Flow culls links itself, but it walks every
// link it holds on every store change (each frame of a pan) and rebuilds its lookups for all of them whenever the
// list changes: 4,000 links cost a ~40 ms task when they arrived and a few ms on every frame after. The window
// is the view grown by one screen on every side; it is moved only once the view leaves it.
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../../layout/geometry';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The visible part of the graph, in graph coordinates, for React Flow's transform and pane size. */
export function viewRect(
  [tx, ty, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The window around a view: the view grown by its own size on every side. */
export function windowAround(view: Rect): Rect {
  return { x: view.x - view.width, y: view.y - view.height, width: 3 * view.width, height: 3 * view.height };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Links whose box (both cards' boxes together) meets the window, in order; links with an unplaced end are left out. */
export function linksNear<E extends { source: string; target: string }>(
  edges: E[],
  positions: Positions,
  window: Rect,
): E[] {
  const right = window.x + window.width;
  const bottom = window.y + window.height;
  const out: E[] = [];
  for (const e of edges) {
    const a = positions[e.source];
    const b = positions[e.target];
    if (!a || !b) continue;
    const minX = Math.min(a.x, b.x);
    const minY = Math.min(a.y, b.y);
    const maxX = Math.max(a.x, b.x) + NODE_WIDTH;
    const maxY = Math.max(a.y, b.y) + NODE_HEIGHT;
    if (maxX >= window.x && minX <= right && maxY >= window.y && minY <= bottom) out.push(e);
  }
  return out;
}
