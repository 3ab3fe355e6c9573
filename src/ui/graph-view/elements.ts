// Catalog + positions → React Flow nodes and edges. Statuses are not in here: cards read them from the store.
import { Position, type NodeHandle } from '@xyflow/react';
import type { PathSubgraph } from '../../domain/path';
import type { Catalog } from '../../domain/types';
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from '../../layout/geometry';
import { drawnLinks, linkId } from '../../layout/drawnLinks';
import { primaryRole } from '../../layout/ranks';
import { routeLinks } from '../../layout/routes';
import { MARKERS } from '../EdgeMarkers';
import type { CardNode } from '../NodeCard';
import type { RoutedEdgeType } from '../RoutedEdge';

/**
 * Where a card's two 1 px handles sit (styles.css .card__handle on React Flow's handle placement), known
 * before the card is drawn. React Flow renders every node without measured handles once, visible or not,
 * just to measure them; giving them up front lets only-visible rendering skip off-screen cards from the start.
 */
export function cardHandles(direction: Direction): NodeHandle[] {
  const half = 0.5;
  return direction === 'LR'
    ? [
        { type: 'target', position: Position.Left, x: -half, y: NODE_HEIGHT / 2 - half, width: 1, height: 1 },
        {
          type: 'source',
          position: Position.Right,
          x: NODE_WIDTH - half,
          y: NODE_HEIGHT / 2 - half,
          width: 1,
          height: 1,
        },
      ]
    : [
        { type: 'target', position: Position.Top, x: NODE_WIDTH / 2 - half, y: -half, width: 1, height: 1 },
        {
          type: 'source',
          position: Position.Bottom,
          x: NODE_WIDTH / 2 - half,
          y: NODE_HEIGHT - half,
          width: 1,
          height: 1,
        },
      ];
}

/** The nodes and links Path only draws (PT2): the path and the done nodes directly before it. */
export function pathGraph(catalog: Catalog, path: PathSubgraph): Catalog {
  const keys = new Set([...path.keys, ...path.done]);
  return { ...catalog, nodes: catalog.nodes.filter((n) => keys.has(n.key)), edges: path.edges };
}

const NO_POSITIONS: Positions = {};

/**
 * What the graph draws: the whole catalog at its positions, or with Path only on and a goal set, the path
 * subgraph at the positions of its own layout (none until that layout lands).
 */
export function shownGraph(
  catalog: Catalog,
  positions: Positions,
  path: PathSubgraph | null,
  pathPositions: Positions | null,
): { catalog: Catalog; positions: Positions; pathOnly: boolean } {
  if (!path) return { catalog, positions, pathOnly: false };
  return { catalog: pathGraph(catalog, path), positions: pathPositions ?? NO_POSITIONS, pathOnly: true };
}

export function buildNodes(catalog: Catalog, positions: Positions, direction: Direction): CardNode[] {
  const nodes: CardNode[] = [];
  const handles = cardHandles(direction);
  for (const n of catalog.nodes) {
    const position = positions[n.key];
    if (!position) continue; // not laid out yet
    // `measured` too: React Flow counts a node as initialized (fits wait for that) only once it is measured,
    // and off-screen cards of a big catalog are never drawn, so never measured. Cards have this fixed size.
    const size = { width: NODE_WIDTH, height: NODE_HEIGHT };
    nodes.push({ id: n.key, type: 'card', position, data: { key: n.key }, ...size, measured: size, handles });
  }
  return nodes;
}

/** Prerequisite edges solid with a closed arrow; "next" edges dashed with an open arrow; plan edges stand out. */
/**
 * With `placed`, only edges between laid-out nodes: an edge whose ends are not placed yet would cost a render
 * and draw nothing. Without it, every edge.
 */
export function buildEdges(
  catalog: Catalog,
  focus: Set<string> | null,
  placed: Positions | null = null,
  direction: Direction = 'LR',
): RoutedEdgeType[] {
  const edges: RoutedEdgeType[] = [];
  for (const e of drawnLinks(catalog.edges)) {
    if (placed && (!placed[e.from] || !placed[e.to])) continue;
    const id = linkId(e);
    const onFocus = focus ? focus.has(e.from) && focus.has(e.to) : false;
    const faded = focus !== null && !onFocus;
    const prerequisite = e.type === 'prerequisite';
    const color = onFocus ? 'var(--accent)' : prerequisite ? 'var(--edge)' : 'var(--edge-next)';
    edges.push({
      id,
      type: 'routed',
      data: { points: undefined, kind: e.type, lr: direction === 'LR' },
      source: e.from,
      target: e.to,
      className: `edge edge--${e.type}${onFocus ? ' edge--focus' : ''}${faded ? ' edge--faded' : ''}`,
      style: {
        stroke: color,
        strokeWidth: onFocus ? 2.5 : prerequisite ? 1.5 : 1.25,
        strokeDasharray: prerequisite ? undefined : '6 5',
      },
      // Ids of the arrowheads EdgeMarkers.tsx defines (the graph renders it).
      markerEnd: prerequisite
        ? onFocus
          ? MARKERS.prerequisiteFocus
          : MARKERS.prerequisite
        : onFocus
          ? MARKERS.nextFocus
          : MARKERS.next,
      focusable: false,
      selectable: false,
      zIndex: onFocus ? 1 : 0,
    });
  }
  return edges;
}

/**
 * The same links with their routes (layout/routes.ts) for these positions: around the cards, never under one
 * (rule M3). Only the given links are routed (a big catalog routes the links near the view).
 */
export function withRoutes(
  edges: RoutedEdgeType[],
  positions: Positions,
  direction: Direction,
): RoutedEdgeType[] {
  if (edges.length === 0) return edges;
  const { points } = routeLinks(
    positions,
    edges.map((e) => ({ from: e.source, to: e.target })),
    direction,
  );
  return edges.map((e, i) => ({ ...e, data: { ...e.data!, points: points[i] ?? undefined } }));
}

/** A role lane's label: the role's name at the top-left corner of the box around its cards, and that box's size. */
export interface LaneLabel {
  role: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One label per role lane (rule M6): the cards of each primary role (placeholders have none) and the box around
 * them, in graph coordinates. Lanes never overlap (layout.ts), so neither do these boxes.
 */
export function laneLabels(catalog: Catalog, positions: Positions): LaneLabel[] {
  const lanes = new Map<string, LaneLabel & { x1: number; y1: number }>();
  for (const n of catalog.nodes) {
    const p = positions[n.key];
    const role = n.roles.find((r) => r.trim() !== '');
    if (!p || !role) continue;
    const key = primaryRole(n.roles);
    const lane = lanes.get(key);
    if (!lane)
      lanes.set(key, {
        role,
        x: p.x,
        y: p.y,
        x1: p.x + NODE_WIDTH,
        y1: p.y + NODE_HEIGHT,
        width: 0,
        height: 0,
      });
    else {
      lane.x = Math.min(lane.x, p.x);
      lane.y = Math.min(lane.y, p.y);
      lane.x1 = Math.max(lane.x1, p.x + NODE_WIDTH);
      lane.y1 = Math.max(lane.y1, p.y + NODE_HEIGHT);
    }
  }
  return [...lanes.values()].map(({ role, x, y, x1, y1 }) => ({ role, x, y, width: x1 - x, height: y1 - y }));
}
