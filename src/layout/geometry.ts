// Node box size shared by the layout engine and the node component: layout never overlaps boxes of this size.
export const NODE_WIDTH = 248;
export const NODE_HEIGHT = 104;

export type Direction = 'LR' | 'TB';

export interface Point {
  x: number;
  y: number;
}

/** Node key → top-left position. */
export type Positions = Record<string, Point>;
