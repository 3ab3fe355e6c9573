// Catalog + positions → React Flow nodes and edges. Statuses are not in here: cards read them from the store.
import { MarkerType, type Edge } from '@xyflow/react';
import type { Catalog } from '../domain/types';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../layout/geometry';
import type { CardNode } from './NodeCard';

export function buildNodes(catalog: Catalog, positions: Positions): CardNode[] {
  const nodes: CardNode[] = [];
  for (const n of catalog.nodes) {
    const position = positions[n.key];
    if (!position) continue; // not laid out yet
    nodes.push({ id: n.key, type: 'card', position, data: { key: n.key }, width: NODE_WIDTH, height: NODE_HEIGHT });
  }
  return nodes;
}

/** Prerequisite edges solid with a closed arrow; "next" edges dashed with an open arrow; plan edges stand out. */
export function buildEdges(catalog: Catalog, focus: Set<string> | null): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  for (const e of catalog.edges) {
    if (e.from === e.to) continue;
    const id = `${e.type}:${e.from}->${e.to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const onFocus = focus ? focus.has(e.from) && focus.has(e.to) : false;
    const faded = focus !== null && !onFocus;
    const prerequisite = e.type === 'prerequisite';
    const color = onFocus ? 'var(--accent)' : prerequisite ? 'var(--edge)' : 'var(--edge-next)';
    edges.push({
      id,
      source: e.from,
      target: e.to,
      className: `edge edge--${e.type}${onFocus ? ' edge--focus' : ''}${faded ? ' edge--faded' : ''}`,
      style: { stroke: color, strokeWidth: onFocus ? 2.5 : prerequisite ? 1.5 : 1.25, strokeDasharray: prerequisite ? undefined : '6 5' },
      markerEnd: { type: prerequisite ? MarkerType.ArrowClosed : MarkerType.Arrow, color, width: 16, height: 16 },
      focusable: false,
      selectable: false,
      zIndex: onFocus ? 1 : 0,
    });
  }
  return edges;
}
