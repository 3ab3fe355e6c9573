import { describe, expect, it } from 'vitest';
import { transitiveReduction } from '../../src/layout/reduceEdges';

describe('transitiveReduction', () => {
  it('L11: drops a skip edge implied by a longer path and keeps the path', () => {
    expect(
      transitiveReduction(3, [
        [0, 1],
        [1, 2],
        [0, 2],
      ]),
    ).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
  it('L11: keeps edges that no other path implies (diamond)', () => {
    const diamond: [number, number][] = [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ];
    expect(transitiveReduction(4, diamond)).toEqual(diamond);
  });
  it('L11: works past 32 nodes (multi-word bitsets)', () => {
    const chain: [number, number][] = Array.from({ length: 69 }, (_, i) => [i, i + 1]);
    expect(transitiveReduction(70, [...chain, [0, 69], [33, 40]])).toEqual(chain);
  });
  it('L11: a piece with a cycle is left unchanged', () => {
    const cyc: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 0],
      [0, 2],
    ];
    expect(transitiveReduction(3, cyc)).toEqual(cyc);
  });
});
