// The whole graph as plain SVG (boxes, text, edge paths) from catalog data: every node, not only the rendered ones,
// so a 2,000-node graph exports whole. Built in chunks that yield, so the page stays responsive and can cancel.
import type { CatalogEdge, Status } from '../domain/types';
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from '../layout/geometry';
import { drawnLinks, linkId, routedLinks, routePath } from '../layout/drawnLinks';
import { SHEET_COLORS, xml } from './sheet';

export interface GraphSvgNode {
  key: string;
  id: string;
  title: string;
  kind: 'module' | 'project' | 'placeholder';
  hours: number | null;
  roleColors: string[];
}

export interface GraphSvgInput {
  nodes: GraphSvgNode[];
  edges: CatalogEdge[];
  positions: Positions;
  statuses: Record<string, Status>;
  eligible: ReadonlySet<string>;
  noted: ReadonlySet<string>;
  direction: Direction;
}

export interface GraphSvgOptions {
  /** Called between chunks; resolves when the page has had a chance to paint (setTimeout in the browser). */
  tick?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  chunk?: number;
}

const PAD = 16;

export function wrapTitle(title: string, perLine: number, lines: number): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line ? `${line} ${w}` : w).length > perLine && line) {
      out.push(line);
      line = w;
      if (out.length === lines) break;
    } else line = line ? `${line} ${w}` : w;
  }
  if (out.length < lines && line) out.push(line);
  const used = out.join(' ').length;
  if (used < title.trim().length && out.length)
    out[out.length - 1] = `${out[out.length - 1]!.slice(0, perLine - 1)}…`;
  return out.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
}

function statusText(status: Status, eligible: boolean, kind: GraphSvgNode['kind']): [string, string] {
  if (status === 'completed') return ['Completed', SHEET_COLORS.done];
  if (status === 'skipped') return ['Already know this', SHEET_COLORS.skipped];
  if (status === 'in-progress') return ['In progress', SHEET_COLORS.progress];
  if (kind === 'placeholder') return ['Referenced', SHEET_COLORS.muted];
  return eligible ? ['Ready to start', SHEET_COLORS.accent] : ['Not started', SHEET_COLORS.muted];
}

/** How a card looks for its status: the same in the SVG and in the canvas drawing of the PNG. */
export interface NodeLook {
  status: Status;
  label: string;
  labelColor: string;
  stroke: string;
  strokeWidth: number;
  fill: string;
  noted: boolean;
  /** Placeholder title replaced by a sentence, wrapped in the SVG. */
  title: string;
}

export function nodeLook(n: GraphSvgNode, status: Status, eligible: boolean, noted: boolean): NodeLook {
  const [label, labelColor] = statusText(status, eligible, n.kind);
  const done = status === 'completed';
  const skipped = status === 'skipped';
  const stroke = done
    ? SHEET_COLORS.done
    : skipped
      ? SHEET_COLORS.skipped
      : status === 'in-progress'
        ? SHEET_COLORS.progress
        : eligible && n.kind !== 'placeholder'
          ? SHEET_COLORS.accent
          : SHEET_COLORS.border;
  return {
    status,
    label: `${done ? '✓ ' : skipped ? '↷ ' : ''}${label}`,
    labelColor,
    stroke,
    strokeWidth: stroke === SHEET_COLORS.border ? 1.5 : 2.5,
    fill: done ? SHEET_COLORS.doneBg : skipped ? SHEET_COLORS.skippedBg : SHEET_COLORS.card,
    noted,
    title: n.kind === 'placeholder' && n.title === n.id ? 'Not described in the documents' : n.title,
  };
}

function nodeSvg(
  n: GraphSvgNode,
  x: number,
  y: number,
  status: Status,
  eligible: boolean,
  noted: boolean,
): string {
  const look = nodeLook(n, status, eligible, noted);
  const stripeH = NODE_HEIGHT / Math.max(1, n.roleColors.length);
  let out = `<g data-node="${xml(n.key)}" data-status="${status}">`;
  out += `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.strokeWidth}"${n.kind === 'placeholder' ? ' stroke-dasharray="5 4"' : ''}/>`;
  n.roleColors.forEach(
    (c, i) =>
      (out += `<rect x="${x + 1}" y="${y + 1 + i * stripeH}" width="6" height="${Math.max(1, stripeH - 2)}" fill="${c}"/>`),
  );
  out += `<text x="${x + 16}" y="${y + 22}" font-size="13" font-weight="700" font-family="ui-monospace, Menlo, Consolas, monospace" fill="${SHEET_COLORS.fg}">${xml(n.id)}</text>`;
  if (n.hours !== null)
    out += `<text x="${x + NODE_WIDTH - 12}" y="${y + 22}" font-size="12" text-anchor="end" fill="${SHEET_COLORS.muted}">${n.hours} h</text>`;
  if (noted)
    out += `<text x="${x + NODE_WIDTH - (n.hours !== null ? 52 : 14)}" y="${y + 23}" font-size="15" text-anchor="end" fill="${SHEET_COLORS.note}">✎</text>`;
  wrapTitle(look.title, 30, 2).forEach((line, i) => {
    out += `<text x="${x + 16}" y="${y + 44 + i * 18}" font-size="14" font-weight="${n.kind === 'placeholder' ? 400 : 600}" fill="${SHEET_COLORS.fg}">${xml(line)}</text>`;
  });
  out += `<text x="${x + 16}" y="${y + NODE_HEIGHT - 12}" font-size="12.5" font-weight="600" fill="${look.labelColor}">${look.label}</text>`;
  return `${out}</g>`;
}

function abortError(): Error {
  return new DOMException('Export cancelled', 'AbortError');
}

/** The SVG document of every positioned node and the edges between them, with its size. */
export async function graphSvg(
  input: GraphSvgInput,
  options: GraphSvgOptions = {},
): Promise<{ svg: string; width: number; height: number; nodes: number; edges: number }> {
  const placed = input.nodes.filter((n) => input.positions[n.key]);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of placed) {
    const p = input.positions[n.key]!;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + NODE_WIDTH);
    maxY = Math.max(maxY, p.y + NODE_HEIGHT);
  }
  if (!placed.length) minX = minY = maxX = maxY = 0;
  const width = Math.ceil(maxX - minX + PAD * 2);
  const height = Math.ceil(maxY - minY + PAD * 2);
  const ox = PAD - minX;
  const oy = PAD - minY;
  const at = (k: string) => {
    const p = input.positions[k];
    return p ? { x: p.x + ox, y: p.y + oy } : null;
  };
  const chunk = options.chunk ?? 250;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<defs><marker id="arrow-pre" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${SHEET_COLORS.edge}"/></marker>` +
      `<marker id="arrow-next" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10" fill="none" stroke="${SHEET_COLORS.edgeNext}" stroke-width="1.5"/></marker></defs>`,
    '<g data-layer="edges">',
  ];
  const total = input.edges.length + placed.length;
  let done = 0;
  let edgesDrawn = 0;
  const step = async () => {
    done++;
    if (done % chunk === 0) {
      options.onProgress?.(done, total);
      if (options.tick) await options.tick();
      if (options.signal?.aborted) throw abortError();
    }
  };
  // The routes the app draws (layout/routes.ts): around the cards, never under one.
  const routes = routedLinks(input.edges, input.positions, input.direction);
  for (const e of drawnLinks(input.edges)) {
    const points = routes.get(linkId(e));
    if (points) {
      const pre = e.type === 'prerequisite';
      parts.push(
        `<path class="edge edge--${e.type}" data-edge-from="${xml(e.from)}" data-edge-to="${xml(e.to)}" data-edge-type="${e.type}" d="${routePath(points, ox, oy, 2)}" fill="none" stroke="${pre ? SHEET_COLORS.edge : SHEET_COLORS.edgeNext}" stroke-width="${pre ? 2 : 1.5}"${pre ? '' : ' stroke-dasharray="6 5"'} marker-end="url(#arrow-${pre ? 'pre' : 'next'})"/>`,
      );
      edgesDrawn++;
    }
    await step();
  }
  parts.push('</g><g data-layer="nodes">');
  for (const n of placed) {
    const p = at(n.key)!;
    parts.push(
      nodeSvg(
        n,
        p.x,
        p.y,
        input.statuses[n.key] ?? 'not-started',
        input.eligible.has(n.key),
        input.noted.has(n.key),
      ),
    );
    await step();
  }
  parts.push('</g></svg>');
  options.onProgress?.(total, total);
  return { svg: parts.join(''), width, height, nodes: placed.length, edges: edgesDrawn };
}
