import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutCatalog, layoutSignature, type LayoutInput } from '../../src/layout/layout';
import { findOverlap, NODE_HEIGHT, NODE_MARGIN, NODE_WIDTH, type Positions } from '../../src/layout/geometry';
import { syntheticCatalog } from '../../bench/synthetic';
import { randomGraph } from './randomGraph';

function expectNoOverlap(input: LayoutInput, positions: Positions): void {
  expect(Object.keys(positions).sort()).toEqual([...new Set(input.nodes.map((n) => n.key))].sort());
  for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  expect(findOverlap(positions, NODE_MARGIN)).toBeNull();
}

describe('layoutCatalog', () => {
  it('L1: every node gets a position and no two boxes (with margin) intersect, for random graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 0, max: 160 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (seed, count, roles, cycles) => {
          const input = randomGraph(seed, count, roles, 1.2, cycles);
          for (const dir of ['LR', 'TB'] as const) expectNoOverlap(input, layoutCatalog(input, dir));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('L1: no overlaps at 600 nodes with dense cross-role edges and cycles', () => {
    const input = randomGraph(7, 600, 9, 2, true);
    expectNoOverlap(input, layoutCatalog(input, 'LR'));
  });

  it('L1: no overlaps for a 2,000-node synthetic curriculum', () => {
    const catalog = syntheticCatalog(2000, 3);
    expectNoOverlap(catalog, layoutCatalog(catalog, 'LR'));
  });

  it('L2: output is deterministic', () => {
    const input = randomGraph(11, 300, 4, 1.5, true);
    const first = layoutCatalog(input, 'LR');
    expect(layoutCatalog(structuredClone(input), 'LR')).toEqual(first);
  });

  it('L3: a prerequisite points forward along the main axis inside an acyclic track', () => {
    const input: LayoutInput = {
      nodes: ['A', 'B', 'C', 'D'].map((key) => ({ key, roles: ['R'] })),
      edges: [
        { from: 'A', to: 'B', type: 'prerequisite' },
        { from: 'B', to: 'C', type: 'prerequisite' },
        { from: 'A', to: 'D', type: 'prerequisite' },
      ],
    };
    const lr = layoutCatalog(input, 'LR');
    expect(lr.B!.x).toBeGreaterThanOrEqual(lr.A!.x + NODE_WIDTH);
    expect(lr.C!.x).toBeGreaterThanOrEqual(lr.B!.x + NODE_WIDTH);
    const tb = layoutCatalog(input, 'TB');
    expect(tb.B!.y).toBeGreaterThanOrEqual(tb.A!.y + NODE_HEIGHT);
  });

  it('L4: each role gets its own lane: the boxes around the nodes of two roles never intersect (LR and TB)', () => {
    const catalog = syntheticCatalog(400, 9);
    for (const dir of ['LR', 'TB'] as const) {
      const pos = layoutCatalog(catalog, dir);
      const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
      for (const n of catalog.nodes) {
        const { x, y } = pos[n.key]!;
        const b = boxes.get(n.roles[0]!) ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
        boxes.set(n.roles[0]!, {
          x0: Math.min(b.x0, x),
          y0: Math.min(b.y0, y),
          x1: Math.max(b.x1, x + NODE_WIDTH),
          y1: Math.max(b.y1, y + NODE_HEIGHT),
        });
      }
      const list = [...boxes.values()];
      expect(list.length).toBeGreaterThan(10);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
        }
      }
    }
  });

  it('L6: unconnected nodes are packed in grids, not one long column', () => {
    const input: LayoutInput = {
      nodes: Array.from({ length: 100 }, (_, i) => ({ key: `S${i}`, roles: ['Solo'] })),
      edges: [],
    };
    const pos = layoutCatalog(input, 'LR');
    expectNoOverlap(input, pos);
    const ys = Object.values(pos).map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(60 * NODE_HEIGHT);
    expect(new Set(Object.values(pos).map((p) => p.x)).size).toBeGreaterThan(1);
  });

  it('L7: edges to unknown keys, self loops and duplicate keys do not break layout', () => {
    const input: LayoutInput = {
      nodes: [{ key: 'A' }, { key: 'B' }, { key: 'A' }],
      edges: [
        { from: 'A', to: 'A', type: 'prerequisite' },
        { from: 'A', to: 'Z', type: 'prerequisite' },
        { from: 'A', to: 'B', type: 'next' },
      ],
    };
    const pos = layoutCatalog(input, 'TB');
    expect(Object.keys(pos).sort()).toEqual(['A', 'B']);
    expect(findOverlap(pos)).toBeNull();
  });
});

describe('layoutSignature', () => {
  const base = syntheticCatalog(120, 1);
  it('L9: equal structure gives an equal signature; any structural change gives a new one', () => {
    const sig = layoutSignature(base, 'LR');
    expect(layoutSignature(structuredClone(base), 'LR')).toBe(sig);
    expect(layoutSignature(base, 'TB')).not.toBe(sig);
    expect(layoutSignature({ ...base, edges: base.edges.slice(1) }, 'LR')).not.toBe(sig);
    expect(
      layoutSignature(
        { ...base, nodes: base.nodes.map((n, i) => (i === 3 ? { ...n, roles: ['Other'] } : n)) },
        'LR',
      ),
    ).not.toBe(sig);
    expect(layoutSignature({ ...base, nodes: base.nodes.slice(0, -1) }, 'LR')).not.toBe(sig);
  });
  it('L9: titles and other display fields do not change the signature', () => {
    const renamed = { ...base, nodes: base.nodes.map((n) => ({ ...n, title: `${n.title}!` })) };
    expect(layoutSignature(renamed, 'LR')).toBe(layoutSignature(base, 'LR'));
  });
});
