// Layout entry point. (First cut: a single dagre pass; the layout helper replaces it with piecewise layout.)
import dagre from '@dagrejs/dagre';
import type { CatalogEdge } from '../domain/types';
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from './geometry';

export interface LayoutInput {
  nodes: { key: string }[];
  edges: CatalogEdge[];
}

export function layoutCatalog(input: LayoutInput, direction: Direction): Positions {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: direction, nodesep: 32, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of input.nodes) g.setNode(n.key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of input.edges) if (e.type === 'prerequisite' && g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const out: Positions = {};
  for (const n of input.nodes) {
    const p = g.node(n.key);
    out[n.key] = { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 };
  }
  return out;
}
