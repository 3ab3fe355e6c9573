// The exported picture as a sheet: a header (catalog, learner, goal, date, progress) above the graph and a legend
// below it. Pure string building; every piece of document text goes through xml() so it stays text.
import { slug } from '../domain/text';
export interface SheetHeader {
  catalogName: string;
  learner: string;
  goal: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  progressPct: number;
  done: number;
  total: number;
  scope: 'whole' | 'view';
  /** What the picture shows when it is not simply the whole graph or the view (e.g. the compact overview). */
  contents?: string;
}

export interface LegendEntry {
  label: string;
  kind: 'role' | 'status' | 'edge' | 'note';
  color: string;
  dashed?: boolean;
}

export const SHEET_COLORS = {
  bg: '#ffffff',
  fg: '#1c1f24',
  muted: '#5f6670',
  border: '#d9dce1',
  card: '#ffffff',
  edge: '#7b8390',
  edgeNext: '#aab0b9',
  accent: '#2563eb',
  done: '#15803d',
  doneBg: '#eef7f0',
  progress: '#b45309',
  /** Skipped ("Already know this"): satisfied, but not done here. */
  skipped: '#6d28d9',
  skippedBg: '#f3effc',
  note: '#a16207',
} as const;

export function xml(text: string): string {
  // Control characters are not allowed in XML 1.0: drop them so a hostile title cannot break the file.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  return clean.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** `path-ana-lopez-2025-03-04.png`; the current-view export says so: `path-ana-view-2025-03-04.svg`. */
export function exportFileName(
  learner: string,
  date: string,
  ext: 'png' | 'svg',
  scope: 'whole' | 'view' = 'whole',
): string {
  return `path-${slug(learner)}${scope === 'view' ? '-view' : ''}-${date}.${ext}`;
}

export function legendEntries(roles: readonly { name: string; color: string }[]): LegendEntry[] {
  return [
    ...roles.map((r) => ({ label: r.name, kind: 'role' as const, color: r.color })),
    { label: 'Completed', kind: 'status', color: SHEET_COLORS.done },
    { label: 'Already know this (skipped)', kind: 'status', color: SHEET_COLORS.skipped },
    { label: 'In progress', kind: 'status', color: SHEET_COLORS.progress },
    { label: 'Ready to start', kind: 'status', color: SHEET_COLORS.accent },
    { label: 'Not started / blocked', kind: 'status', color: SHEET_COLORS.border },
    { label: 'Prerequisite', kind: 'edge', color: SHEET_COLORS.edge },
    { label: 'Suggested next', kind: 'edge', color: SHEET_COLORS.edgeNext, dashed: true },
    { label: 'Has a mentor note', kind: 'note', color: SHEET_COLORS.note },
  ];
}

const PAD = 32;
const HEADER_H = 100;
const LEGEND_ITEM_W = 260;
const LEGEND_ROW_H = 26;

export interface SheetGraph {
  width: number;
  height: number;
  /** Inline SVG markup (positioned with x/y by the sheet) or an image URL (data:). */
  markup?: string;
  href?: string;
}

export interface SheetSize {
  width: number;
  height: number;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function legendSvg(
  entries: LegendEntry[],
  x0: number,
  y0: number,
  width: number,
): { markup: string; height: number } {
  const perRow = Math.max(1, Math.floor(width / LEGEND_ITEM_W));
  let out = `<text x="${x0}" y="${y0 + 14}" font-size="13" font-weight="700" fill="${SHEET_COLORS.muted}" letter-spacing="0.06em">LEGEND</text>`;
  entries.forEach((e, i) => {
    const x = x0 + (i % perRow) * LEGEND_ITEM_W;
    const y = y0 + 28 + Math.floor(i / perRow) * LEGEND_ROW_H;
    if (e.kind === 'edge') {
      out += `<line x1="${x}" y1="${y + 8}" x2="${x + 26}" y2="${y + 8}" stroke="${e.color}" stroke-width="2.5"${e.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    } else if (e.kind === 'note') {
      out += `<text x="${x + 4}" y="${y + 14}" font-size="16" fill="${e.color}">✎</text>`;
    } else if (e.kind === 'role') {
      out += `<rect x="${x}" y="${y}" width="16" height="16" rx="3" fill="${e.color}"/>`;
    } else {
      out += `<rect x="${x}" y="${y}" width="26" height="16" rx="4" fill="${SHEET_COLORS.card}" stroke="${e.color}" stroke-width="2.5"/>`;
    }
    out += `<text x="${x + 34}" y="${y + 13}" font-size="14" fill="${SHEET_COLORS.fg}">${xml(truncate(e.label, 30))}</text>`;
  });
  const rows = Math.ceil(entries.length / perRow);
  return { markup: out, height: 28 + rows * LEGEND_ROW_H };
}

/** The learner's notes under the legend, one line each (the ✎ on a card says which card has one). */
function notesSvg(notes: SheetNote[], x0: number, y0: number): { markup: string; height: number } {
  if (!notes.length) return { markup: '', height: 0 };
  let out = `<text x="${x0}" y="${y0 + 14}" font-size="13" font-weight="700" fill="${SHEET_COLORS.muted}" letter-spacing="0.06em">NOTES</text>`;
  notes.forEach((n, i) => {
    const y = y0 + 36 + i * 22;
    out += `<text x="${x0}" y="${y}" font-size="14" fill="${SHEET_COLORS.fg}"><tspan font-weight="700" font-family="ui-monospace, Menlo, Consolas, monospace">${xml(n.id)}</tspan>  ${xml(truncate(n.text.replace(/\s+/g, ' ').trim(), 160))}</text>`;
  });
  return { markup: out, height: 24 + notes.length * 22 + 8 };
}

export interface SheetNote {
  id: string;
  text: string;
}

export interface SheetBands extends SheetSize {
  /** Header band, 0..HEADER_H, as its own SVG document of the sheet's width. */
  header: { svg: string; height: number };
  /** Legend and notes under the graph, as its own SVG document, placed at `y`. */
  footer: { svg: string; y: number; height: number };
  graphX: number;
  graphY: number;
}

function band(width: number, height: number, body: string, dy = 0): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 ${dy} ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<rect y="${dy}" width="${width}" height="${height}" fill="${SHEET_COLORS.bg}"/>${body}</svg>`
  );
}

/** The sheet cut in three: header, a hole of the graph's size, legend + notes (the PNG worker fills the hole). */
export function sheetBands(
  header: SheetHeader,
  graph: SheetSize,
  legend: LegendEntry[],
  notes: SheetNote[] = [],
): SheetBands & { headerMarkup: string; footerMarkup: string } {
  const width = Math.max(Math.ceil(graph.width) + PAD * 2, 900);
  const footerY = HEADER_H + graph.height;
  const legendPart = legendSvg(legend, PAD, footerY + 24, width - PAD * 2);
  const notesPart = notesSvg(notes, PAD, footerY + 24 + legendPart.height + 12);
  const height = Math.ceil(
    footerY + 24 + legendPart.height + (notesPart.height ? notesPart.height + 12 : 0) + PAD,
  );
  const title = `Learning path: ${header.learner}`;
  const facts = [
    `Catalog: ${header.catalogName}`,
    `Goal: ${header.goal}`,
    `Progress: ${header.progressPct}% (${header.done} of ${header.total} done)`,
    header.date,
    header.contents ?? (header.scope === 'view' ? 'current view' : 'whole graph'),
  ].join('   ·   ');
  const headerMarkup =
    `<g data-sheet="header"><text x="${PAD}" y="${PAD + 14}" font-size="26" font-weight="700" fill="${SHEET_COLORS.fg}">${xml(truncate(title, 90))}</text>` +
    `<text x="${PAD}" y="${PAD + 40}" font-size="15" fill="${SHEET_COLORS.muted}">${xml(truncate(facts, 260))}</text>` +
    `<rect x="${PAD}" y="${HEADER_H - 10}" width="${width - PAD * 2}" height="4" rx="2" fill="${SHEET_COLORS.border}"/>` +
    `<rect x="${PAD}" y="${HEADER_H - 10}" width="${((width - PAD * 2) * Math.max(0, Math.min(100, header.progressPct))) / 100}" height="4" rx="2" fill="${SHEET_COLORS.done}"/></g>`;
  const footerMarkup =
    `<g data-sheet="legend">${legendPart.markup}</g>` +
    (notesPart.markup ? `<g data-sheet="notes">${notesPart.markup}</g>` : '');
  return {
    width,
    height,
    graphX: PAD + Math.max(0, (width - PAD * 2 - graph.width) / 2),
    graphY: HEADER_H,
    header: { svg: band(width, HEADER_H, headerMarkup), height: HEADER_H },
    footer: {
      svg: band(width, height - footerY, footerMarkup, footerY),
      y: footerY,
      height: height - footerY,
    },
    headerMarkup,
    footerMarkup,
  };
}

/** The whole sheet as one SVG document: header, the graph at (graphX, HEADER_H), legend and notes underneath. */
export function composeSheet(
  header: SheetHeader,
  graph: SheetGraph,
  legend: LegendEntry[],
  notes: SheetNote[] = [],
): { svg: string } & SheetSize {
  const b = sheetBands(header, graph, legend, notes);
  const graphMarkup = graph.markup
    ? graph.markup.replace(/^\s*(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="${b.graphX}" y="${b.graphY}"`)
    : `<image x="${b.graphX}" y="${b.graphY}" width="${graph.width}" height="${graph.height}" href="${xml(graph.href ?? '')}"/>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${b.width}" height="${b.height}" viewBox="0 0 ${b.width} ${b.height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<rect width="100%" height="100%" fill="${SHEET_COLORS.bg}"/>` +
    b.headerMarkup +
    `<g data-sheet="graph">${graphMarkup}</g>` +
    b.footerMarkup +
    `</svg>`;
  return { svg, width: b.width, height: b.height };
}
