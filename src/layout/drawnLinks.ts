// The links a picture draws (app, SVG/PNG exports, print) and how a routed link is drawn: one list and one
// path shape for all of them, so every picture shows the same routes (rule M3, docs/planning.md).
import type { CatalogEdge } from '../domain/types';
import type { Direction, Positions } from './geometry';
import { routeLinks } from './routes';

/**
 * Catalog links as drawn (rule M5): one per type and ordered pair of ends, self-links left out, in catalog order;
 * a `next` link that repeats a prerequisite link between the same two cards in the same direction is drawn once,
 * as the prerequisite (the dashed line on top of the solid one said nothing more, and doubled every crossing).
 */
export function drawnLinks(edges: CatalogEdge[]): CatalogEdge[] {
  const seen = new Set<string>();
  for (const e of edges) if (e.type === 'prerequisite') seen.add(`next:${e.from}->${e.to}`);
  return edges.filter((e) => {
    const id = linkId(e);
    if (e.from === e.to || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The id a drawn link has everywhere (React Flow edge id too): `type:from->to`. */
export function linkId(e: CatalogEdge): string {
  return `${e.type}:${e.from}->${e.to}`;
}

/** Routed points (x, y interleaved) of every drawn link between placed cards, by link id. */
export function routedLinks(
  edges: CatalogEdge[],
  positions: Positions,
  direction: Direction,
): Map<string, number[]> {
  const links = drawnLinks(edges).filter((e) => positions[e.from] && positions[e.to]);
  const { points } = routeLinks(positions, links, direction);
  const out = new Map<string, number[]>();
  links.forEach((e, i) => {
    const p = points[i];
    if (p) out.set(linkId(e), p);
  });
  return out;
}

/** Corner radius of a drawn route; smaller where the segments around a corner are short. */
const CORNER = 8;

/**
 * SVG path data of a routed polyline with rounded corners, shifted by (dx, dy). The end stops `endGap`
 * short of the last point along the last segment (room for an arrowhead drawn by a marker).
 */
export function routePath(points: number[], dx = 0, dy = 0, endGap = 0): string {
  const n = points.length / 2;
  if (n < 2) return '';
  const x = (i: number) => points[2 * i]! + dx;
  const y = (i: number) => points[2 * i + 1]! + dy;
  let d = `M${x(0)},${y(0)}`;
  for (let i = 1; i < n - 1; i++) {
    const inLen = Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
    const outLen = Math.hypot(x(i + 1) - x(i), y(i + 1) - y(i));
    const r = Math.min(CORNER, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += ` L${x(i)},${y(i)}`;
      continue;
    }
    const ax = x(i) - ((x(i) - x(i - 1)) / inLen) * r;
    const ay = y(i) - ((y(i) - y(i - 1)) / inLen) * r;
    const bx = x(i) + ((x(i + 1) - x(i)) / outLen) * r;
    const by = y(i) + ((y(i + 1) - y(i)) / outLen) * r;
    d += ` L${ax},${ay} Q${x(i)},${y(i)} ${bx},${by}`;
  }
  const lastLen = Math.hypot(x(n - 1) - x(n - 2), y(n - 1) - y(n - 2));
  const cut = lastLen > 0 ? Math.min(endGap, lastLen / 2) / lastLen : 0;
  d += ` L${x(n - 1) - (x(n - 1) - x(n - 2)) * cut},${y(n - 1) - (y(n - 1) - y(n - 2)) * cut}`;
  return d;
}
