// Where a large catalog opens. Fitting 2,000 cards on one screen makes each one a dozen pixels wide
// (unreadable) and puts every card in the DOM at once; instead the view opens at a readable zoom on
// where the learner stands: the first card they can start now, else the first card of the first lane.
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Point } from '../../layout/geometry';

/** Cards at this zoom are ~200 px wide: titles readable, ~40 cards on a laptop screen. */
export const READABLE_ZOOM = 0.8;
/** Space kept between the pane's edge and the graph (the toolbar overlaps the top). */
const PAD = 56;

/** A pan and zoom in React Flow's terms: the graph's origin on screen (px) and the scale. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface StartNode {
  key: string;
  position: Point;
}

/** First node along the reading direction (then across it), preferring nodes for which `prefer` holds. */
export function startNode<T extends StartNode>(
  nodes: T[],
  direction: Direction,
  prefer: (key: string) => boolean,
): T | null {
  const along = (n: StartNode) => (direction === 'LR' ? n.position.x : n.position.y);
  const across = (n: StartNode) => (direction === 'LR' ? n.position.y : n.position.x);
  let best: T | null = null;
  let bestPreferred = false;
  for (const n of nodes) {
    const preferred = prefer(n.key);
    if (best && bestPreferred && !preferred) continue;
    if (
      !best ||
      (preferred && !bestPreferred) ||
      along(n) < along(best) ||
      (along(n) === along(best) && across(n) < across(best))
    ) {
      best = n;
      bestPreferred = preferred;
    }
  }
  return best;
}

/** The viewport showing `anchor` near the start of the reading direction, centred across it, never past the graph's edge. */
export function startViewport(
  nodes: StartNode[],
  anchor: StartNode,
  pane: { width: number; height: number },
  direction: Direction,
  zoom = READABLE_ZOOM,
): Viewport {
  let minX = Infinity;
  let minY = Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
  }
  const { x, y } = anchor.position;
  if (direction === 'LR') {
    const centred = pane.height / 2 - (y + NODE_HEIGHT / 2) * zoom;
    return { x: PAD - x * zoom, y: Math.min(centred, PAD - minY * zoom), zoom };
  }
  const centred = pane.width / 2 - (x + NODE_WIDTH / 2) * zoom;
  return { x: Math.min(centred, PAD - minX * zoom), y: PAD - y * zoom, zoom };
}
