// Node box size shared by the layout engine and the node component: layout never overlaps boxes of this size.
export const NODE_WIDTH = 248;
export const NODE_HEIGHT = 104;
/** Between bands of role lanes (layout.ts): room for the lane labels (ui/LaneLabels.tsx). */
export const LANE_GAP = 120;
/** Minimum free space the layout keeps between any two node boxes. */
export const NODE_MARGIN = 24;

export type Direction = 'LR' | 'TB';

export interface Point {
  x: number;
  y: number;
}

/** Node key → top-left position. */
export type Positions = Record<string, Point>;

/**
 * The first pair of keys whose boxes (NODE_WIDTH×NODE_HEIGHT, each grown by margin/2 on every side)
 * intersect, or null. Sweep over x so 5,000 boxes check in milliseconds.
 */
export function findOverlap(positions: Positions, margin = NODE_MARGIN): [string, string] | null {
  const boxes = Object.entries(positions).sort((a, b) => a[1].x - b[1].x);
  const w = NODE_WIDTH + margin;
  const h = NODE_HEIGHT + margin;
  for (let i = 0; i < boxes.length; i++) {
    const [ka, a] = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const [kb, b] = boxes[j]!;
      if (b.x - a.x >= w - 1e-6) break;
      if (Math.abs(b.y - a.y) < h - 1e-6) return [ka, kb];
    }
  }
  return null;
}
