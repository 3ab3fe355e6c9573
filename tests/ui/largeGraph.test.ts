// Pieces that keep a big catalog cheap to show: known handles (so only visible cards render), the start
// view at a readable zoom, the canvas minimap's frame, fixed-size measurements ignored, edges to unplaced nodes.
import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/layout/geometry';
import { buildEdges, buildNodes, cardHandles } from '../../src/ui/graph-view/elements';
import { READABLE_ZOOM, startNode, startViewport } from '../../src/ui/graph-view/startView';
import { miniMapFrame } from '../../src/ui/CanvasMiniMap';
import { roleColor } from '../../src/export/roleColors';
import type { Catalog } from '../../src/domain/types';

const node = (key: string, x: number, y: number) => ({ key, position: { x, y } });

describe('big-catalog view pieces', () => {
  it('every node carries both handles where the card draws them, for either direction', () => {
    const lr = cardHandles('LR');
    expect(lr.map((h) => [h.type, h.position])).toEqual([
      ['target', Position.Left],
      ['source', Position.Right],
    ]);
    expect(lr[1]!.x + lr[1]!.width! / 2).toBe(NODE_WIDTH);
    expect(lr[0]!.y + lr[0]!.height! / 2).toBe(NODE_HEIGHT / 2);
    const tb = cardHandles('TB');
    expect(tb[1]!.y + tb[1]!.height! / 2).toBe(NODE_HEIGHT);
    expect(tb[0]!.x + tb[0]!.width! / 2).toBe(NODE_WIDTH / 2);
    const catalog = { nodes: [{ key: 'a' }, { key: 'b' }], edges: [] } as unknown as Catalog;
    const nodes = buildNodes(catalog, { a: { x: 0, y: 0 } }, 'LR');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.handles).toHaveLength(2);
    expect([nodes[0]!.width, nodes[0]!.height]).toEqual([NODE_WIDTH, NODE_HEIGHT]);
  });

  it('edges wait for both ends to be placed when asked to', () => {
    const catalog = {
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      edges: [
        { from: 'a', to: 'b', type: 'prerequisite' },
        { from: 'b', to: 'c', type: 'prerequisite' },
      ],
    } as unknown as Catalog;
    const placed = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } };
    expect(buildEdges(catalog, null, placed).map((e) => e.id)).toEqual(['prerequisite:a->b']);
    expect(buildEdges(catalog, null)).toHaveLength(2);
  });

  it('the start node is the first preferred node along the reading direction, else the first node', () => {
    const nodes = [
      node('late', 900, 0),
      node('ready-low', 300, 500),
      node('ready-high', 300, 100),
      node('first', 0, 0),
    ];
    const ready = new Set(['ready-low', 'ready-high', 'late']);
    expect(startNode(nodes, 'LR', (k) => ready.has(k))?.key).toBe('ready-high');
    expect(startNode(nodes, 'LR', () => false)?.key).toBe('first');
    expect(startNode(nodes, 'TB', (k) => ready.has(k))?.key).toBe('late'); // y 0 comes first top-to-bottom
    expect(startNode([], 'LR', () => true)).toBeNull();
  });

  it('the start view is readable, puts the anchor near the left edge and never shows space above the graph', () => {
    const nodes = [node('top', 0, 0), node('anchor', 2000, 3000)];
    const pane = { width: 1400, height: 800 };
    const v = startViewport(nodes, nodes[1]!, pane, 'LR');
    expect(v.zoom).toBe(READABLE_ZOOM);
    const screenX = 2000 * v.zoom + v.x;
    const screenY = (3000 + NODE_HEIGHT / 2) * v.zoom + v.y;
    expect(screenX).toBeGreaterThan(0);
    expect(screenX).toBeLessThan(pane.width / 4);
    expect(screenY).toBeCloseTo(pane.height / 2);
    // Anchored at the top row: centring would leave empty space above the graph, so the top edge wins.
    const top = startViewport(nodes, nodes[0]!, pane, 'LR');
    expect(0 * top.zoom + top.y).toBeLessThan(pane.height / 2 - (NODE_HEIGHT / 2) * top.zoom);
    expect(top.y).toBeGreaterThan(0);
  });

  it('the minimap frame fits the whole graph inside the minimap, centred', () => {
    const f = miniMapFrame({ a: { x: -500, y: 0 }, b: { x: 4500, y: 1000 } }, 160, 100)!;
    const right = f.offsetX + (4500 + NODE_WIDTH - f.minX) * f.scale;
    const left = f.offsetX + (-500 - f.minX) * f.scale;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(160);
    expect(left).toBeCloseTo(160 - right);
    expect(miniMapFrame({})).toBeNull();
  });

  it('role colours are looked up by folded name, first listing wins', () => {
    const roles = ['Data Engineer', 'ML Engineer', 'data engineer'];
    expect(roleColor(roles, '  data   ENGINEER ')).toBe(roleColor(roles, 'Data Engineer'));
    expect(roleColor(roles, 'ML Engineer')).not.toBe(roleColor(roles, 'Data Engineer'));
    expect(roleColor(roles, 'Nobody')).toBe(roleColor(roles, undefined));
  });
});

describe('canvas minimap repaint after a status change', () => {
  it('names exactly the nodes whose completed state flipped', async () => {
    const { changedCompletion } = await import('../../src/ui/CanvasMiniMap');
    const before = { a: 'completed', b: 'in-progress', c: 'completed', d: 'completed' };
    const after = { a: 'completed', b: 'completed', c: 'not-started', e: 'in-progress' };
    expect(changedCompletion(before, after).sort()).toEqual(['b', 'c', 'd']);
    expect(changedCompletion(after, after)).toEqual([]);
  });
});

describe('cards arrive a few per frame', () => {
  it('in reading order for a fitted catalog, nearest the start card for a big one', async () => {
    const { revealOrder } = await import('../../src/ui/graph-view/reveal');
    const nodes = [
      { id: 'c', position: { x: 600, y: 0 } },
      { id: 'a2', position: { x: 0, y: 300 } },
      { id: 'a1', position: { x: 0, y: 0 } },
      { id: 'b', position: { x: 300, y: 900 } },
    ];
    expect(revealOrder(nodes, 'LR', null)).toEqual(['a1', 'a2', 'b', 'c']);
    expect(revealOrder(nodes, 'TB', null)).toEqual(['a1', 'c', 'a2', 'b']);
    expect(revealOrder(nodes, 'LR', { x: 300, y: 900 })[0]).toBe('b');
    // Cards already on screen come first, so they never vanish and come back.
    expect(revealOrder(nodes, 'LR', null, new Set(['c']))).toEqual(['c', 'a1', 'a2', 'b']);
  });

  it('a chunk per frame until all are out; a big catalog shows the rest at once after the nearest', async () => {
    const { revealedAfter, REVEAL_NEAREST } = await import('../../src/ui/graph-view/reveal');
    expect(revealedAfter(0, 6, 100, false)).toBe(6);
    expect(revealedAfter(6, 6, 100, false)).toBe(12);
    expect(revealedAfter(96, 6, 100, false)).toBe(Infinity);
    expect(revealedAfter(0, 6, 5, false)).toBe(Infinity);
    expect(revealedAfter(REVEAL_NEAREST - 7, 6, 2000, true)).toBe(REVEAL_NEAREST - 1);
    expect(revealedAfter(REVEAL_NEAREST - 6, 6, 2000, true)).toBe(Infinity);
    // Cards already on screen count as out: the next chunk comes on top of them.
    expect(revealedAfter(40, 3, 100, false)).toBe(43);
  });

  it('the chunk follows the frame length: grows while frames are short, shrinks when one runs long', async () => {
    const { nextChunk, FAST_FRAME_MS, SLOW_FRAME_MS, REVEAL_MIN, REVEAL_MAX } =
      await import('../../src/ui/graph-view/reveal');
    expect(nextChunk(3, null)).toBe(3);
    expect(nextChunk(3, 16.7)).toBe(6);
    expect(nextChunk(3, FAST_FRAME_MS)).toBe(6);
    expect(nextChunk(REVEAL_MAX, 16.7)).toBe(REVEAL_MAX);
    expect(nextChunk(6, 33.3)).toBe(6);
    expect(nextChunk(6, SLOW_FRAME_MS + 1)).toBe(3);
    expect(nextChunk(REVEAL_MIN, 200)).toBe(REVEAL_MIN);
    // A slow machine settles on small chunks and a fast one on large: simulate frames that cost
    // a fixed part plus a part per card, the next frame's length known only after it ran.
    const settle = (fixedMs: number, perCardMs: number) => {
      let chunk = 3;
      const seen: number[] = [];
      for (let i = 0; i < 30; i++) {
        const work = fixedMs + perCardMs * chunk;
        const frame = Math.ceil(work / 16.7) * 16.7; // frames land on display refreshes
        chunk = nextChunk(chunk, frame);
        seen.push(chunk);
      }
      return seen.slice(-10);
    };
    for (const c of settle(4, 1)) expect(c).toBeGreaterThanOrEqual(6);
    for (const c of settle(20, 4)) expect(c).toBeLessThanOrEqual(3);
  });
});

describe('links near the view (big catalogs)', () => {
  it('the view in graph coordinates, a window a screen wider on every side, and when the view has left it', async () => {
    const { contains, viewRect, windowAround } = await import('../../src/ui/graph-view/linkWindow');
    const view = viewRect([-200, -100, 0.5], 1000, 800);
    expect(view).toEqual({ x: 400, y: 200, width: 2000, height: 1600 });
    const win = windowAround(view);
    expect(win).toEqual({ x: -1600, y: -1400, width: 6000, height: 4800 });
    expect(contains(win, view)).toBe(true);
    expect(contains(win, viewRect([-200 - 1900 * 0.5, -100, 0.5], 1000, 800))).toBe(true); // panned almost a screen
    expect(contains(win, viewRect([-200 - 2100 * 0.5, -100, 0.5], 1000, 800))).toBe(false); // past it
    expect(contains(win, viewRect([0, 0, 0.1], 1000, 800))).toBe(false); // zoomed far out
  });

  it('keeps the links whose box meets the window, long ones crossing it included, in order', async () => {
    const { linksNear } = await import('../../src/ui/graph-view/linkWindow');
    const positions = {
      a: { x: 0, y: 0 },
      b: { x: 400, y: 0 },
      far1: { x: 10_000, y: 0 },
      far2: { x: 12_000, y: 0 },
      left: { x: -10_000, y: 300 },
      right: { x: 10_000, y: 300 },
    };
    const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });
    const edges = [
      edge('a', 'b'),
      edge('far1', 'far2'),
      edge('left', 'right'),
      edge('a', 'far1'),
      edge('a', 'missing'),
    ];
    const near = linksNear(edges, positions, { x: -100, y: -100, width: 1000, height: 800 });
    expect(near.map((e) => e.id)).toEqual(['a-b', 'left-right', 'a-far1']);
    expect(linksNear(edges, positions, { x: 20_000, y: 0, width: 100, height: 100 })).toEqual([]);
  });
});
