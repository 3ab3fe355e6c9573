import { describe, expect, it } from 'vitest';
import { layoutCatalog } from '../../src/layout/layout';
import { findOverlap, NODE_HEIGHT, NODE_WIDTH, type Positions } from '../../src/layout/geometry';
import { COLUMN_GAP } from '../../src/layout/placePieces';
import type { LayoutInput } from '../../src/layout/pieces';
import { syntheticCatalog } from '../../bench/synthetic';
import type { CatalogEdge } from '../../src/domain/types';

const ROLES = ['Junior', 'Engineer', 'Senior', 'Platform', 'Principal', 'Lead'];
/** Which role builds on which, like the real corpus: a ladder, then three specialisations of Senior. */
const BUILDS_ON: Record<string, string> = {
  Engineer: 'Junior',
  Senior: 'Engineer',
  Platform: 'Senior',
  Principal: 'Senior',
  Lead: 'Senior',
};

/**
 * A corpus-shaped catalog: six roles of 14 modules in layered tracks (input order scrambled so the
 * progression has to be found, not read off), cross-role prerequisites, seven placeholders without a
 * role feeding Principal and Lead, and one lone project of Junior.
 */
function corpusLike(): LayoutInput {
  const nodes: LayoutInput['nodes'] = [];
  const edges: CatalogEdge[] = [];
  for (const role of ['Lead', 'Senior', 'Junior', 'Principal', 'Engineer', 'Platform']) {
    for (let i = 0; i < 14; i++) {
      nodes.push({ key: `${role}-${i}`, roles: [role] });
      if (i > 0)
        edges.push({ from: `${role}-${Math.floor((i - 1) / 2)}`, to: `${role}-${i}`, type: 'prerequisite' });
      if (i > 3 && i % 3 === 0)
        edges.push({ from: `${role}-${i - 3}`, to: `${role}-${i}`, type: 'prerequisite' });
    }
    const base = BUILDS_ON[role];
    if (base)
      for (const i of [0, 4])
        edges.push({ from: `${base}-${10 + i / 2}`, to: `${role}-${i}`, type: 'prerequisite' });
  }
  for (let i = 0; i < 7; i++) {
    nodes.push({ key: `PH-${i}` });
    edges.push({ from: `PH-${i}`, to: `${i % 2 ? 'Principal' : 'Lead'}-${i + 2}`, type: 'prerequisite' });
  }
  nodes.push({ key: 'Junior-lone', roles: ['Junior'] });
  return { nodes, edges };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function bbox(positions: Positions, keys: string[]): Box {
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const k of keys) {
    const p = positions[k]!;
    box.x0 = Math.min(box.x0, p.x);
    box.y0 = Math.min(box.y0, p.y);
    box.x1 = Math.max(box.x1, p.x + NODE_WIDTH);
    box.y1 = Math.max(box.y1, p.y + NODE_HEIGHT);
  }
  return box;
}

const laneKeys = (role: string) => Array.from({ length: 14 }, (_, i) => `${role}-${i}`);
const aspect = (b: Box) => (b.x1 - b.x0) / (b.y1 - b.y0);

describe('role lanes are stacked, not a staircase', () => {
  const input = corpusLike();

  it('L10: LR: lanes stack one below the other, left-aligned; the graph is about as wide as its stacks, with a screen-like aspect', () => {
    const pos = layoutCatalog(input, 'LR');
    expect(findOverlap(pos)).toBeNull();
    const lanes = ROLES.map((r) => bbox(pos, laneKeys(r)));
    const all = bbox(pos, Object.keys(pos));
    const stacks = [...new Set(lanes.map((l) => l.x0))];
    expect(stacks.length).toBeLessThanOrEqual(ROLES.length / 2); // left-aligned in at most three stacks
    const widest = Math.max(...lanes.map((l) => l.x1 - l.x0));
    expect(all.x1 - all.x0).toBeLessThanOrEqual(stacks.length * widest + (stacks.length - 1) * COLUMN_GAP);
    const staircase = lanes.reduce((s, l) => s + (l.x1 - l.x0), 0);
    expect(all.x1 - all.x0).toBeLessThan(staircase * 0.6);
    expect(aspect(all)).toBeGreaterThanOrEqual(1.2);
    expect(aspect(all)).toBeLessThanOrEqual(3);
  });

  it('L10: TB mirrors it: lanes side by side, top-aligned, with a screen-like aspect', () => {
    const pos = layoutCatalog(input, 'TB');
    expect(findOverlap(pos)).toBeNull();
    const lanes = ROLES.map((r) => bbox(pos, laneKeys(r)));
    expect(new Set(lanes.map((l) => l.y0)).size).toBeLessThanOrEqual(ROLES.length / 2);
    const all = bbox(pos, Object.keys(pos));
    expect(aspect(all)).toBeGreaterThanOrEqual(1.0);
    expect(aspect(all)).toBeLessThanOrEqual(3);
  });

  it('L11: a lane whose nodes are prerequisites of another lane comes first (earlier stack, or above in the same stack)', () => {
    for (const dir of ['LR', 'TB'] as const) {
      const pos = layoutCatalog(input, dir);
      for (const [role, base] of Object.entries(BUILDS_ON)) {
        const a = bbox(pos, laneKeys(base));
        const b = bbox(pos, laneKeys(role));
        // LR: stacks go left to right, lanes top to bottom inside a stack; TB the other way round.
        const [aStack, bStack, aIn, bIn] = dir === 'LR' ? [a.x0, b.x0, a.y0, b.y0] : [a.y0, b.y0, a.x0, b.x0];
        expect(bStack > aStack || (bStack === aStack && bIn > aIn)).toBe(true);
      }
    }
  });

  it('L12: placeholders and lone nodes are packed in one compact block after the lanes, not strung out', () => {
    const pos = layoutCatalog(input, 'LR');
    const smallKeys = [...Array.from({ length: 7 }, (_, i) => `PH-${i}`), 'Junior-lone'];
    const block = bbox(pos, smallKeys);
    // 8 cards in a block of at most 3 rows, no wider than the widest lane.
    expect(block.y1 - block.y0).toBeLessThanOrEqual(3 * NODE_HEIGHT + 2 * 48);
    const widest = Math.max(...ROLES.map((r) => bbox(pos, laneKeys(r))).map((l) => l.x1 - l.x0));
    expect(block.x1 - block.x0).toBeLessThanOrEqual(widest);
    // After the lanes: nothing lies below it in its stack.
    for (const k of Object.keys(pos)) {
      if (smallKeys.includes(k)) continue;
      const p = pos[k]!;
      const sameStack = p.x < block.x1 && p.x + NODE_WIDTH > block.x0;
      if (sameStack) expect(p.y + NODE_HEIGHT).toBeLessThanOrEqual(block.y0);
    }
  });

  it('L13: big synthetic catalogs wrap their lanes into stacks and keep a screen-like shape', () => {
    for (const n of [400, 2000]) {
      const catalog = syntheticCatalog(n, 4);
      for (const dir of ['LR', 'TB'] as const) {
        const all = bbox(
          layoutCatalog(catalog, dir),
          catalog.nodes.map((x) => x.key),
        );
        expect(aspect(all)).toBeGreaterThan(0.8);
        expect(aspect(all)).toBeLessThan(3);
      }
    }
  });
});
