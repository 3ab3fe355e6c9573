import { describe, expect, it } from 'vitest';
import { layeredLayout, RANK_SEP } from '../../src/layout/layered';
import { findOverlap, NODE_HEIGHT, NODE_WIDTH, type Positions } from '../../src/layout/geometry';

const asPositions = (xs: number[], ys: number[]): Positions => Object.fromEntries(xs.map((x, i) => [`n${i}`, { x, y: ys[i]! }]));
const STEP = NODE_WIDTH + RANK_SEP;

describe('layeredLayout (one piece)', () => {
  it('L14: a chain comes out straight along the main axis, one rank per node', () => {
    const { xs, ys, width, height } = layeredLayout(5, [[0, 1], [1, 2], [2, 3], [3, 4]], 'LR');
    expect(xs).toEqual([0, 1, 2, 3, 4].map((r) => r * STEP));
    expect(new Set(ys)).toEqual(new Set([0]));
    expect(width).toBe(4 * STEP + NODE_WIDTH);
    expect(height).toBe(NODE_HEIGHT);
  });

  it('L14: a node that only feeds a late node is ranked just before it, not at the start', () => {
    // 0→1→2→3 and 4→3: 4 belongs next to 3.
    const { xs } = layeredLayout(5, [[0, 1], [1, 2], [2, 3], [4, 3]], 'LR');
    expect(xs[4]).toBe(2 * STEP);
  });

  it('L14: a fork is centred on its source, and siblings do not overlap (TB too)', () => {
    for (const dir of ['LR', 'TB'] as const) {
      const { xs, ys } = layeredLayout(3, [[0, 1], [0, 2]], dir);
      expect(findOverlap(asPositions(xs, ys))).toBeNull();
      const cross = dir === 'LR' ? ys : xs;
      expect(cross[0]).toBeCloseTo((cross[1]! + cross[2]!) / 2, 6);
    }
  });

  it('L14: cycles and two-way edges are laid out without overlap and with finite positions', () => {
    const { xs, ys } = layeredLayout(6, [[0, 1], [1, 0], [1, 2], [2, 3], [3, 1], [4, 5], [5, 4], [2, 5]], 'LR');
    for (const v of [...xs, ...ys]) expect(Number.isFinite(v)).toBe(true);
    expect(findOverlap(asPositions(xs, ys))).toBeNull();
  });

  it('L14: a long edge beside a chain leaves room: nodes never overlap the chain', () => {
    // 0→1→2→3→4 and 0→5→4, 0→6→4: three parallel routes of different lengths.
    const { xs, ys } = layeredLayout(7, [[0, 1], [1, 2], [2, 3], [3, 4], [0, 5], [5, 4], [0, 6], [6, 4]], 'LR');
    expect(findOverlap(asPositions(xs, ys))).toBeNull();
    expect(xs[4]).toBe(4 * STEP);
  });
});
