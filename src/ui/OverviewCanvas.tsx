// Zoomed far out on a big catalog, cards are a few pixels wide and thousands of them would be in view at
// once: the graph is drawn on one canvas instead (cards as role-coloured boxes, links as lines, ids once
// they fit), redrawn as the view moves. Cards come back as soon as the zoom is readable again.
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { Catalog } from '../domain/types';
import { routedLinks } from '../layout/drawnLinks';
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from '../layout/geometry';
import type { Statuses } from '../domain/types';
import type { CatalogIndex } from '../domain/graph';
import { roleColor } from '../export/roleColors';
import { onViewChange } from './onViewChange';

/** Ids are written once a card is at least this wide on screen. */
const ID_FROM_PX = 56;

export interface OverviewInput {
  catalog: Catalog;
  index: CatalogIndex;
  positions: Positions;
  statuses: Statuses;
  direction: Direction;
}

interface Palette {
  card: string;
  border: string;
  edge: string;
  done: string;
  text: string;
}

function palette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    card: v('--card', '#ffffff'),
    border: v('--border', '#cbd5e1'),
    edge: v('--edge', '#64748b'),
    done: v('--done', '#16a34a'),
    text: v('--fg', '#0f172a'),
  };
}

const routeCache = new WeakMap<object, { edges: object; direction: string; routes: number[][] }>();
/** Every drawn link's route for the input's positions, remembered per positions object (pans redraw without re-routing). */
function overviewRoutes(input: OverviewInput): number[][] {
  const known = routeCache.get(input.positions);
  if (known && known.edges === input.catalog.edges && known.direction === input.direction)
    return known.routes;
  const routes = [...routedLinks(input.catalog.edges, input.positions, input.direction).values()];
  routeCache.set(input.positions, { edges: input.catalog.edges, direction: input.direction, routes });
  return routes;
}

/** Draws the graph for the transform [tx, ty, zoom] on a canvas of width×height CSS pixels; returns how many cards were drawn. */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  input: OverviewInput,
  transform: [number, number, number],
  width: number,
  height: number,
  colors: Palette,
): number {
  const [tx, ty, zoom] = transform;
  const { positions, statuses, index } = input;
  const w = NODE_WIDTH * zoom;
  const h = NODE_HEIGHT * zoom;
  const sx = (x: number) => x * zoom + tx;
  const sy = (y: number) => y * zoom + ty;
  const inView = (x: number, y: number) => x + w >= 0 && y + h >= 0 && x <= width && y <= height;

  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.edge;
  ctx.globalAlpha = 0.45;
  ctx.beginPath();
  // The links' routes (rule M3: around the cards, as the cards' own links are drawn), computed once per layout.
  for (const points of overviewRoutes(input)) {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < points.length; i += 2) {
      minX = Math.min(minX, sx(points[i]!));
      maxX = Math.max(maxX, sx(points[i]!));
      minY = Math.min(minY, sy(points[i + 1]!));
      maxY = Math.max(maxY, sy(points[i + 1]!));
    }
    if (maxX < 0 || minX > width || maxY < 0 || minY > height) continue;
    ctx.moveTo(sx(points[0]!), sy(points[1]!));
    for (let i = 2; i < points.length; i += 2) ctx.lineTo(sx(points[i]!), sy(points[i + 1]!));
  }
  ctx.stroke();
  ctx.globalAlpha = 1;

  const stripe = Math.max(1, 6 * zoom);
  const withIds = w >= ID_FROM_PX;
  if (withIds) {
    ctx.font = `600 ${Math.min(12, Math.max(9, w / 9))}px ui-monospace, Menlo, Consolas, monospace`;
    ctx.textBaseline = 'middle';
  }
  let drawn = 0;
  for (const n of input.catalog.nodes) {
    const p = positions[n.key];
    if (!p) continue;
    const x = sx(p.x);
    const y = sy(p.y);
    if (!inView(x, y)) continue;
    drawn++;
    const done = statuses[n.key] === 'completed';
    ctx.fillStyle = done ? colors.done : colors.card;
    ctx.globalAlpha = done ? 0.35 : 1;
    ctx.fillRect(x, y, w, h);
    ctx.globalAlpha = 1;
    if (w >= 8) {
      ctx.strokeStyle = colors.border;
      ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    }
    ctx.fillStyle = roleColor(index.roles, n.roles[0]);
    ctx.fillRect(x, y, stripe, h);
    if (withIds) {
      ctx.fillStyle = colors.text;
      ctx.fillText(n.id, x + stripe + 4, y + h / 2, w - stripe - 8);
    }
  }
  return drawn;
}

export function OverviewCanvas({ input, theme }: { input: OverviewInput; theme: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const colors = palette(canvas);
    return onViewChange(flow, ({ transform, width, height }) => {
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      canvas.dataset.drawnNodes = String(drawOverview(ctx, input, transform, width, height, colors));
    });
  }, [flow, input, theme]);
  return <canvas ref={ref} className="overview-canvas" data-testid="overview-canvas" aria-hidden="true" />;
}
