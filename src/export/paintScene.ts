// Draws a Scene on a 2D canvas (an OffscreenCanvas in the export worker, or a page canvas as the fallback): the same
// cards, colours and links as the SVG of graphSvg.ts, or the compact chips. Painted in slices so the caller can report
// progress and stop between them.
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/geometry';
import { wrapTitle } from './graphSvg';
import type { PngJob } from './pngJob';
import { CHIP_HEIGHT, CHIP_WIDTH, type Scene, type SceneNode } from './scene';
import { SHEET_COLORS } from './sheet';

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MONO = 'ui-monospace, Menlo, Consolas, monospace';

function roundRect(ctx: Ctx2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function stripes(ctx: Ctx2D, n: SceneNode, h: number) {
  const colors = n.node.roleColors;
  const stripeH = h / Math.max(1, colors.length);
  colors.forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.fillRect(n.x + 1, n.y + 1 + i * stripeH, 6, Math.max(1, stripeH - 2));
  });
}

function box(ctx: Ctx2D, n: SceneNode, w: number, h: number) {
  roundRect(ctx, n.x, n.y, w, h, 8);
  ctx.fillStyle = n.fill;
  ctx.fill();
  ctx.setLineDash(n.node.kind === 'placeholder' ? [5, 4] : []);
  ctx.lineWidth = n.strokeWidth;
  ctx.strokeStyle = n.stroke;
  ctx.stroke();
  ctx.setLineDash([]);
  stripes(ctx, n, h);
}

function text(
  ctx: Ctx2D,
  s: string,
  x: number,
  y: number,
  font: string,
  color: string,
  align: CanvasTextAlign = 'left',
) {
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.fillText(s, x, y);
}

function fullCard(ctx: Ctx2D, n: SceneNode) {
  box(ctx, n, NODE_WIDTH, NODE_HEIGHT);
  const { x, y, node } = n;
  text(ctx, node.id, x + 16, y + 22, `700 13px ${MONO}`, SHEET_COLORS.fg);
  if (node.hours !== null)
    text(ctx, `${node.hours} h`, x + NODE_WIDTH - 12, y + 22, `12px ${SANS}`, SHEET_COLORS.muted, 'right');
  if (n.noted)
    text(
      ctx,
      '✎',
      x + NODE_WIDTH - (node.hours !== null ? 52 : 14),
      y + 23,
      `15px ${SANS}`,
      SHEET_COLORS.note,
      'right',
    );
  const weight = node.kind === 'placeholder' ? 400 : 600;
  wrapTitle(n.title, 30, 2).forEach((line, i) =>
    text(ctx, line, x + 16, y + 44 + i * 18, `${weight} 14px ${SANS}`, SHEET_COLORS.fg),
  );
  text(ctx, n.label, x + 16, y + NODE_HEIGHT - 12, `600 12.5px ${SANS}`, n.labelColor);
}

function chip(ctx: Ctx2D, n: SceneNode) {
  box(ctx, n, CHIP_WIDTH, CHIP_HEIGHT);
  const { x, y, node } = n;
  text(
    ctx,
    node.id,
    x + 14,
    y + 16,
    `700 12px ${MONO}`,
    n.status === 'not-started' ? SHEET_COLORS.fg : n.labelColor,
  );
  if (n.status === 'completed')
    text(ctx, '✓', x + CHIP_WIDTH - 8, y + 16, `700 13px ${SANS}`, SHEET_COLORS.done, 'right');
  else if (n.status === 'skipped')
    text(ctx, '↷', x + CHIP_WIDTH - 8, y + 16, `700 13px ${SANS}`, SHEET_COLORS.skipped, 'right');
  else if (n.noted) text(ctx, '✎', x + CHIP_WIDTH - 8, y + 16, `13px ${SANS}`, SHEET_COLORS.note, 'right');
  text(ctx, wrapTitle(n.title, 27, 1)[0] ?? '', x + 14, y + 32, `11.5px ${SANS}`, SHEET_COLORS.fg);
}

function edge(ctx: Ctx2D, e: Scene['edges'][number]) {
  const p = e.points;
  const n = p.length / 2;
  if (n < 2) return;
  const color = e.prerequisite ? SHEET_COLORS.edge : SHEET_COLORS.edgeNext;
  ctx.beginPath();
  ctx.moveTo(p[0]!, p[1]!);
  for (let i = 1; i < n; i++) ctx.lineTo(p[2 * i]!, p[2 * i + 1]!);
  ctx.setLineDash(e.prerequisite ? [] : [6, 5]);
  ctx.lineWidth = e.prerequisite ? 2 : 1.5;
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.setLineDash([]);
  // Arrow head along the last segment, its tip on the card's side.
  const [bx, by, tx, ty] = [p[2 * n - 4]!, p[2 * n - 3]!, p[2 * n - 2]!, p[2 * n - 1]!];
  const angle = Math.atan2(ty - by, tx - bx);
  ctx.beginPath();
  ctx.moveTo(tx, ty);
  ctx.lineTo(tx - 9 * Math.cos(angle) + 4 * Math.sin(angle), ty - 9 * Math.sin(angle) - 4 * Math.cos(angle));
  ctx.lineTo(tx - 9 * Math.cos(angle) - 4 * Math.sin(angle), ty - 9 * Math.sin(angle) + 4 * Math.cos(angle));
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

/** Number of paint steps: links first (under the cards), then cards. */
export function sceneSteps(scene: Scene): number {
  return scene.edges.length + scene.nodes.length;
}

/** Paints steps [from, to) of the scene; the context is already translated and scaled to the graph's place. */
export function paintScene(ctx: Ctx2D, scene: Scene, from: number, to: number): void {
  ctx.textBaseline = 'alphabetic';
  const edges = scene.edges.length;
  for (let i = from; i < to; i++) {
    if (i < edges) edge(ctx, scene.edges[i]!);
    else {
      const n = scene.nodes[i - edges];
      if (n) (scene.mode === 'full' ? fullCard : chip)(ctx, n);
    }
  }
}

/** Background, header and legend bands; then the transform that puts the graph in its hole at `ratio`. */
export function paintSheetFrame(ctx: Ctx2D, job: PngJob): void {
  ctx.fillStyle = SHEET_COLORS.bg;
  ctx.fillRect(0, 0, job.pixelWidth, job.pixelHeight);
  ctx.drawImage(job.header, 0, 0);
  ctx.drawImage(job.footer, 0, Math.round(job.footerY * job.ratio));
  ctx.setTransform(job.ratio, 0, 0, job.ratio, job.graphX * job.ratio, job.graphY * job.ratio);
}
