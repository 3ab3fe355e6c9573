import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import dagre from '@dagrejs/dagre';
import { layoutCatalog, layoutSignature } from '../../src/layout/layout';
import { findOverlap, NODE_HEIGHT, NODE_MARGIN, NODE_WIDTH, type Positions } from '../../src/layout/geometry';
import { clearPieceCache, pieceCacheStats } from '../../src/layout/pieceLayout';
import { MAX_PIECE, splitIntoPieces, type LayoutInput } from '../../src/layout/pieces';
import { syntheticCatalog } from '../../bench/synthetic';
import type { CatalogEdge } from '../../src/domain/types';

/** Random layered graph: `count` nodes over `roles` roles, edges only from lower to higher layer, some cycles optional. */
function randomGraph(
  seed: number,
  count: number,
  roles: number,
  density: number,
  cycles = false,
): LayoutInput {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  const nodes = Array.from({ length: count }, (_, i) => ({
    key: `N${i}`,
    roles: [`Role ${Math.floor(rand() * roles)}`],
  }));
  const edges: CatalogEdge[] = [];
  for (let i = 1; i < count; i++) {
    const k = Math.floor(rand() * density * 2);
    for (let j = 0; j < k; j++)
      edges.push({
        from: `N${Math.floor(rand() * i)}`,
        to: `N${i}`,
        type: rand() < 0.8 ? 'prerequisite' : 'next',
      });
    if (cycles && rand() < 0.05)
      edges.push({ from: `N${i}`, to: `N${Math.floor(rand() * i)}`, type: 'prerequisite' });
  }
  return { nodes, edges };
}

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

  it('L2: output is deterministic, also with a cold cache', () => {
    const input = randomGraph(11, 300, 4, 1.5, true);
    const first = layoutCatalog(input, 'LR');
    clearPieceCache();
    expect(layoutCatalog(input, 'LR')).toEqual(first);
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

  it('L4: big components are split into role tracks, and no piece exceeds MAX_PIECE nodes', () => {
    const catalog = syntheticCatalog(2000, 5);
    const { pieces, pieceEdges } = splitIntoPieces(catalog);
    expect(pieces.length).toBeGreaterThan(20);
    expect(pieceEdges.length).toBeGreaterThan(0);
    for (const p of pieces) expect(p.nodes.length).toBeLessThanOrEqual(MAX_PIECE);
    const single = splitIntoPieces({
      nodes: Array.from({ length: 400 }, (_, i) => ({ key: `K${i}` })),
      edges: Array.from({ length: 399 }, (_, i) => ({
        from: `K${i}`,
        to: `K${i + 1}`,
        type: 'prerequisite' as const,
      })),
    });
    for (const p of single.pieces) expect(p.nodes.length).toBeLessThanOrEqual(MAX_PIECE);
    expect(single.pieces.length).toBeGreaterThanOrEqual(Math.ceil(400 / MAX_PIECE));
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

  it('L5: pieces are cached by structure: a second layout lays out nothing new', () => {
    clearPieceCache();
    const catalog = syntheticCatalog(500, 21);
    layoutCatalog(catalog, 'LR');
    const after = pieceCacheStats();
    expect(after.misses).toBeGreaterThan(0);
    layoutCatalog(catalog, 'LR');
    expect(pieceCacheStats().misses).toBe(after.misses);
    expect(pieceCacheStats().hits).toBeGreaterThan(after.hits);
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

  it('L6: a role track with no edges inside (only links to other tracks) is packed as a grid', () => {
    const nodes = [
      ...Array.from({ length: 50 }, (_, i) => ({ key: `M${i}`, roles: ['Main'] })),
      ...Array.from({ length: 6 }, (_, i) => ({ key: `P${i}`, roles: [] })),
    ];
    const edges: CatalogEdge[] = [
      ...Array.from({ length: 49 }, (_, i) => ({
        from: `M${i}`,
        to: `M${i + 1}`,
        type: 'prerequisite' as const,
      })),
      ...Array.from({ length: 6 }, (_, i) => ({
        from: `P${i}`,
        to: `M${i * 5}`,
        type: 'prerequisite' as const,
      })),
    ];
    const { pieces } = splitIntoPieces({ nodes, edges });
    const placeholders = pieces.find((p) => p.lane === '')!;
    expect(placeholders.nodes).toHaveLength(6);
    expect(placeholders.kind).toBe('grid');
    expect(pieces.filter((p) => p.lane === 'main').every((p) => p.kind === 'graph')).toBe(true);
    expectNoOverlap({ nodes, edges }, layoutCatalog({ nodes, edges }, 'LR'));
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

  it('L8: dagre never sees more than MAX_PIECE nodes at once, and every laid-out node goes through it once (speed: npm run bench)', () => {
    const catalog = syntheticCatalog(600, 13);
    clearPieceCache();
    const sizes: number[] = [];
    const original = dagre.layout;
    const spy = vi.spyOn(dagre, 'layout').mockImplementation((g, opts) => {
      sizes.push(g.nodeCount());
      return original(g, opts);
    });
    try {
      const positions = layoutCatalog(catalog, 'LR');
      expect(Object.keys(positions)).toHaveLength(catalog.nodes.length);
    } finally {
      spy.mockRestore();
    }
    const graphPieces = splitIntoPieces(catalog).pieces.filter((p) => p.kind !== 'grid');
    expect(sizes.length).toBe(graphPieces.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_PIECE);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(graphPieces.reduce((a, p) => a + p.nodes.length, 0));
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
