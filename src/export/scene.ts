// What the PNG of the whole graph draws, as plain data (no DOM): either every node full-size at its layout position
// with the links, or, when that picture would be too big to read, a compact overview. Decided by readability:
// a browser canvas holds ~16k px a side, and a 2,000-node layout is ~130k px wide, so drawn whole its text would
// be a few pixels high. The compact overview keeps every node readable (ID + short title, status colour) in columns
// by prerequisite depth, leaves the links out, and says so in the header; the SVG export keeps the full graph.
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/geometry';
import type { GraphSvgInput, GraphSvgNode } from './graphSvg';
import { drawnLinks, linkId, routedLinks } from '../layout/drawnLinks';
import { nodeLook, type NodeLook } from './graphSvg';

export interface SceneNode extends NodeLook {
  node: GraphSvgNode;
  x: number;
  y: number;
}

export interface SceneEdge {
  prerequisite: boolean;
  /** The routed polyline (layout/routes.ts), x and y interleaved, in scene coordinates. */
  points: number[];
}

export interface Scene {
  mode: 'full' | 'compact';
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Chromium's canvas limits are 16,384 px a side and ~268 M px; PNG encoding time grows with the area, so stay lower. */
export const MAX_SIDE = 16_000;
export const MAX_PIXELS = 48_000_000;
export const PIXEL_RATIO = 2;
/** Below this scale the 14 px titles of a full-size card fall under ~10 px: draw the compact overview instead. */
export const READABLE_RATIO = 0.75;

export const CHIP_WIDTH = 190;
export const CHIP_HEIGHT = 40;
const CHIP_GAP_X = 14;
const CHIP_GAP_Y = 8;
const PAD = 16;

/** The pixel ratio a picture of this size can be drawn at: 2×, or less to fit the canvas and time limits. */
export function fitRatio(width: number, height: number): number {
  return Math.min(
    PIXEL_RATIO,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_PIXELS / Math.max(1, width * height)),
  );
}

function lookOf(input: GraphSvgInput, n: GraphSvgNode): NodeLook {
  return nodeLook(
    n,
    input.statuses[n.key] ?? 'not-started',
    input.eligible.has(n.key),
    input.noted.has(n.key),
  );
}

/** Every placed node at its layout position with the links between them (what graphSvg draws). */
export function fullScene(input: GraphSvgInput): Scene {
  const placed = input.nodes.filter((n) => input.positions[n.key]);
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  placed.forEach((n, i) => {
    const p = input.positions[n.key]!;
    minX = i ? Math.min(minX, p.x) : p.x;
    minY = i ? Math.min(minY, p.y) : p.y;
    maxX = i ? Math.max(maxX, p.x + NODE_WIDTH) : p.x + NODE_WIDTH;
    maxY = i ? Math.max(maxY, p.y + NODE_HEIGHT) : p.y + NODE_HEIGHT;
  });
  const ox = PAD - minX;
  const oy = PAD - minY;
  const at = (k: string) => {
    const p = input.positions[k];
    return p ? { x: p.x + ox, y: p.y + oy } : null;
  };
  const edges: SceneEdge[] = [];
  const routes = routedLinks(input.edges, input.positions, input.direction);
  for (const e of drawnLinks(input.edges)) {
    const points = routes.get(linkId(e));
    if (!points) continue;
    edges.push({
      prerequisite: e.type === 'prerequisite',
      points: points.map((v, i) => v + (i % 2 ? oy : ox)),
    });
  }
  const nodes = placed.map((n) => ({ node: n, ...at(n.key)!, ...lookOf(input, n) }));
  return {
    mode: 'full',
    width: Math.ceil(maxX - minX + PAD * 2),
    height: Math.ceil(maxY - minY + PAD * 2),
    nodes,
    edges,
  };
}

/** Longest chain of prerequisites below each node (0 = no prerequisites); nodes on a cycle go after the rest. */
export function prerequisiteDepth(input: GraphSvgInput): Map<string, number> {
  const keys = new Set(input.nodes.map((n) => n.key));
  const incoming = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const e of input.edges) {
    if (e.type !== 'prerequisite' || e.from === e.to || !keys.has(e.from) || !keys.has(e.to)) continue;
    incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
    (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  }
  const depth = new Map<string, number>();
  const queue = input.nodes.filter((n) => !incoming.get(n.key)).map((n) => n.key);
  for (const k of queue) depth.set(k, 0);
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i]!;
    for (const t of out.get(k) ?? []) {
      depth.set(t, Math.max(depth.get(t) ?? 0, depth.get(k)! + 1));
      const left = incoming.get(t)! - 1;
      incoming.set(t, left);
      if (left === 0) queue.push(t);
    }
  }
  const deepest = Math.max(0, ...depth.values());
  for (const n of input.nodes) if (incoming.get(n.key)) depth.set(n.key, deepest + 1);
  return depth;
}

/**
 * Every node as a small chip (ID, short title, status colour) in order of prerequisite depth, read column by column:
 * columns of a fixed height so the picture stays about as wide as it is tall, a gap where the depth changes, and the
 * layout's order inside one depth so neighbours in the graph stay close.
 */
export function compactScene(input: GraphSvgInput): Scene {
  const depth = prerequisiteDepth(input);
  const along = (n: GraphSvgNode) => {
    const p = input.positions[n.key];
    return p ? (input.direction === 'LR' ? p.y : p.x) : Infinity;
  };
  const ordered = [...input.nodes].sort(
    (a, b) => (depth.get(a.key) ?? 0) - (depth.get(b.key) ?? 0) || along(a) - along(b),
  );
  const cellW = CHIP_WIDTH + CHIP_GAP_X;
  const cellH = CHIP_HEIGHT + CHIP_GAP_Y;
  const rows = Math.max(1, Math.ceil(Math.sqrt((ordered.length * cellW) / cellH)));
  const nodes: SceneNode[] = [];
  let col = 0;
  let row = 0;
  let tallest = 0;
  let previous: number | undefined;
  for (const n of ordered) {
    const d = depth.get(n.key) ?? 0;
    if (previous !== undefined && d !== previous && row > 0) row += 0.5;
    if (row + 1 > rows) {
      col++;
      row = 0;
    }
    nodes.push({ node: n, x: PAD + col * cellW, y: PAD + row * cellH, ...lookOf(input, n) });
    row++;
    tallest = Math.max(tallest, row);
    previous = d;
  }
  const width = Math.ceil(PAD * 2 + (col + 1) * cellW - CHIP_GAP_X);
  const height = Math.ceil(PAD * 2 + tallest * cellH - CHIP_GAP_Y);
  return { mode: 'compact', width, height, nodes, edges: [] };
}

/** Full size when it can be drawn at a readable scale, else the compact overview. */
export function pngScene(input: GraphSvgInput): Scene {
  const full = fullScene(input);
  return fitRatio(full.width, full.height) >= READABLE_RATIO ? full : compactScene(input);
}
