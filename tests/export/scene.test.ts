// The whole-graph PNG: full-size cards when they can be drawn readably, else the compact overview (issue 5 item 1:
// readable, canvas-safe; issue 6: 2,000 nodes).
import { describe, expect, it } from 'vitest';
import type { CatalogEdge } from '../../src/domain/types';
import type { GraphSvgInput, GraphSvgNode } from '../../src/export/graphSvg';
import {
  CHIP_HEIGHT,
  CHIP_WIDTH,
  compactScene,
  fitRatio,
  fullScene,
  MAX_PIXELS,
  MAX_SIDE,
  pngScene,
  prerequisiteDepth,
} from '../../src/export/scene';
import { sheetBands } from '../../src/export/sheet';

function node(key: string): GraphSvgNode {
  return { key, id: key, title: `Title of ${key}`, kind: 'module', hours: 10, roleColors: ['#123456'] };
}

/** `count` nodes in a chain of prerequisites, laid out in one row `gap` px apart (like a wide layout). */
function chainInput(count: number, gap = 300): GraphSvgInput {
  const nodes = Array.from({ length: count }, (_, i) => node(`N${i}`));
  const edges: CatalogEdge[] = nodes
    .slice(1)
    .map((n, i) => ({ from: nodes[i]!.key, to: n.key, type: 'prerequisite' }));
  return {
    nodes,
    edges,
    positions: Object.fromEntries(nodes.map((n, i) => [n.key, { x: i * gap, y: (i % 7) * 130 }])),
    statuses: { N0: 'completed' },
    eligible: new Set(['N1']),
    noted: new Set(),
    direction: 'LR',
  };
}

describe('fitRatio', () => {
  it('is 2× for a small picture and stays inside the canvas side and area limits for a big one', () => {
    expect(fitRatio(1000, 800)).toBe(2);
    for (const [w, h] of [
      [40_000, 900],
      [9000, 9000],
      [130_000, 77_000],
    ] as const) {
      const r = fitRatio(w, h);
      expect(w * r).toBeLessThanOrEqual(MAX_SIDE);
      expect(h * r).toBeLessThanOrEqual(MAX_SIDE);
      expect(w * r * h * r).toBeLessThanOrEqual(MAX_PIXELS * 1.0001);
    }
  });
});

describe('pngScene', () => {
  it('draws a small graph full-size with its links', () => {
    const scene = pngScene(chainInput(6));
    expect(scene.mode).toBe('full');
    expect(scene.nodes).toHaveLength(6);
    expect(scene.edges).toHaveLength(5);
    expect(scene.nodes.find((n) => n.node.key === 'N0')!.label).toBe('✓ Completed');
  });

  it('switches 2,000 nodes laid out 600,000 px wide to the compact overview, every node once and readable', () => {
    const input = chainInput(2000);
    expect(fitRatio(fullScene(input).width, fullScene(input).height)).toBeLessThan(0.75);
    const scene = pngScene(input);
    expect(scene.mode).toBe('compact');
    expect(new Set(scene.nodes.map((n) => n.node.key)).size).toBe(2000);
    expect(scene.edges).toHaveLength(0);
    // Chip text is 11.5 px and up: at the ratio the sheet is drawn at, it stays ≥ 10 px in the image.
    const bands = sheetBands(
      {
        catalogName: 'c',
        learner: 'L',
        goal: 'g',
        date: '2026-01-01',
        progressPct: 0,
        done: 0,
        total: 2000,
        scope: 'whole',
      },
      scene,
      [],
    );
    expect(11.5 * fitRatio(bands.width, bands.height)).toBeGreaterThanOrEqual(10);
    const aspect = scene.width / scene.height;
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(2);
  });
});

describe('compactScene', () => {
  it('places chips without overlap, in order of prerequisite depth', () => {
    const input = chainInput(300);
    const scene = compactScene(input);
    const sorted = [...scene.nodes].sort((a, b) => a.x - b.x || a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      const overlap = Math.abs(a.x - b.x) < CHIP_WIDTH && Math.abs(a.y - b.y) < CHIP_HEIGHT;
      expect(overlap, `${a.node.key} and ${b.node.key}`).toBe(false);
    }
    // A chain: reading order (column, then row) is the chain order.
    expect(sorted.map((n) => n.node.key).slice(0, 5)).toEqual(['N0', 'N1', 'N2', 'N3', 'N4']);
    for (const n of scene.nodes) {
      expect(n.x + CHIP_WIDTH).toBeLessThanOrEqual(scene.width);
      expect(n.y + CHIP_HEIGHT).toBeLessThanOrEqual(scene.height);
    }
  });
});

describe('prerequisiteDepth', () => {
  it('counts the longest prerequisite chain and puts nodes on a cycle after the rest', () => {
    const input = chainInput(3);
    input.nodes.push(node('X'), node('Y'));
    input.edges.push(
      { from: 'N0', to: 'N2', type: 'prerequisite' },
      { from: 'X', to: 'Y', type: 'prerequisite' },
      { from: 'Y', to: 'X', type: 'prerequisite' },
      { from: 'N2', to: 'N0', type: 'next' },
    );
    const depth = prerequisiteDepth(input);
    expect([depth.get('N0'), depth.get('N1'), depth.get('N2')]).toEqual([0, 1, 2]);
    expect(depth.get('X')).toBe(3);
    expect(depth.get('Y')).toBe(3);
  });
});

describe('sheetBands', () => {
  it('cuts the sheet into header, a hole the size of the graph, and legend + notes, with header text escaped', () => {
    const header = {
      catalogName: 'c',
      learner: '<b>Ana</b>',
      goal: 'g',
      date: '2026-01-01',
      progressPct: 40,
      done: 2,
      total: 5,
      scope: 'whole' as const,
      contents: 'compact overview',
    };
    const b = sheetBands(
      header,
      { width: 2000, height: 1500 },
      [{ label: 'Completed', kind: 'status', color: '#000' }],
      [{ id: 'N1', text: 'a note' }],
    );
    expect(b.header.height + 1500 + b.footer.height).toBe(b.height);
    expect(b.footer.y).toBe(b.graphY + 1500);
    expect(b.header.svg).toContain('compact overview');
    expect(b.header.svg).toContain('&lt;b&gt;Ana&lt;/b&gt;');
    expect(b.header.svg).not.toContain('<b>');
    expect(b.footer.svg).toContain('LEGEND');
    expect(b.footer.svg).toContain('a note');
  });
});
