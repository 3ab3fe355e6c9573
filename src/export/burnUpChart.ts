// The burn-up chart as an SVG picture (a string): the same bytes are shown in the plan panel (as an image),
// downloaded as SVG or PNG and printed with the plan. No DOM, no charting library: three lines, axes and labels.
// Loaded on demand (the toolbar's sparkline is burnUpLines.ts). Data: domain/burnup.ts (BU1–BU8).
import { isoToDay } from '../domain/dates';
import type { BurnUp } from '../domain/burnup';
import { xml } from './sheet';
import { aheadBehindText, BURNUP_COLORS, linePoints, scaleFor, stepPoints, type Scale } from './burnUpLines';

const fmtHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

/** A round tick step ≥ value: 1, 2 or 5 × 10^n. */
function niceStep(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Month-start ticks no closer than `minPx` apart: `Oct 2026`, `Nov`, `Dec`, `Jan 2027` (the year on the first and on January). */
function dateTicks(s: Scale, plotWidth: number, minPx = 64): { iso: string; label: string }[] {
  const pxPerMonth = (plotWidth * 30.44) / Math.max(1, s.last - s.first);
  const stepMonths = [1, 2, 3, 6, 12, 24, 60].find((m) => m * pxPerMonth >= minPx) ?? 120;
  const ticks: { iso: string; label: string }[] = [];
  const firstIso = new Date(s.first * 86_400_000).toISOString().slice(0, 10);
  let [y, m] = firstIso.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 2000; guard++) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    const day = isoToDay(iso)!;
    if (day > s.last) break;
    if ((m - 1) % stepMonths !== 0) continue;
    const withYear = ticks.length === 0 || m === 1 || stepMonths >= 12;
    ticks.push({ iso, label: `${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}` });
  }
  return ticks;
}

const FONT = 12;
/** Average glyph advance at FONT px (DejaVu Sans, what Chromium on Linux draws), generous so text is not cut. */
const ADVANCE = FONT * 0.6;
const textWidth = (t: string) => t.length * ADVANCE;

/** Joins `parts` with " · " into as few lines as fit `chars` characters; a part longer than a line wraps at spaces. */
function packLines(parts: string[], chars: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + part.length <= chars) {
      lines[lines.length - 1] = `${last} · ${part}`;
      continue;
    }
    let current = '';
    for (const word of part.split(' ')) {
      if (current && current.length + 1 + word.length > chars) {
        lines.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    lines.push(current);
  }
  return lines;
}

export interface BurnUpSvgOptions {
  /** Width in px (the picture is laid out for it: from a phone's ~320 px to a page's 640 px). */
  width?: number;
  /** Height in px; default: what the width's text lines and legend rows need plus a plot about half as tall as wide. */
  height?: number;
  /** Shown above the chart (learner and goal); text from documents is escaped. */
  title?: string;
  /** The summary lines above the plot (done, ahead/behind, finish); off where a caption beside it says the same. */
  summary?: boolean;
}

export interface BurnUpPicture {
  svg: string;
  width: number;
  height: number;
}

/**
 * BU2–BU5 drawn: planned (dashed), done (steps), projected (dotted), today; with axes, legend and the ahead/behind
 * line. Laid out for `width` so its 12 px text stays 12 px where it is shown (the plan panel draws it at its own
 * width): the summary and the legend wrap onto more lines when narrow, and month ticks stay ≥ 64 px apart.
 */
export function burnUpPicture(
  b: BurnUp,
  { width = 640, height, title, summary: withSummary = true }: BurnUpSvgOptions = {},
): BurnUpPicture {
  const c = BURNUP_COLORS;
  const chars = Math.floor((width - 24) / ADVANCE);
  const head: string[] = [];
  let line = 18;
  if (title) {
    const t = title.length > chars - 2 ? `${title.slice(0, chars - 3).trimEnd()}…` : title;
    head.push(`<text x="12" y="${line}" font-size="13" font-weight="600" fill="${c.text}">${xml(t)}</text>`);
    line += 18;
  }
  const summary = !withSummary
    ? []
    : packLines(
        [
          `${fmtHours(b.doneHours)} of ${fmtHours(b.totalHours)} h done`,
          aheadBehindText(b),
          ...(b.projectedFinish
            ? [`${b.hoursLeft > 0 ? 'projected finish' : 'finished'} ${b.projectedFinish}`]
            : []),
          ...(b.plannedFinish ? [`planned ${b.plannedFinish}`] : []),
        ],
        chars,
      );
  for (const text of summary) {
    head.push(`<text x="12" y="${line}" fill="${c.text}">${xml(text)}</text>`);
    line += 16;
  }
  const top = line + 16; // room for the "hours" and "today" labels above the plot

  // Legend items, packed into rows.
  const legend: { label: string; color: string; dash: string }[] = [
    { label: `planned at ${fmtHours(b.hoursPerWeek)} h/week`, color: c.planned, dash: '6 4' },
    { label: 'done (completed)', color: c.actual, dash: '' },
    { label: 'projected at the pace', color: c.actual, dash: '1 4' },
  ];
  const legendRows: { label: string; color: string; dash: string; x: number }[][] = [[]];
  let lx = 12;
  for (const item of legend) {
    const w = 28 + textWidth(item.label) + 16;
    if (lx + w > width - 12 && legendRows.at(-1)!.length > 0) {
      legendRows.push([]);
      lx = 12;
    }
    legendRows.at(-1)!.push({ ...item, x: lx });
    lx += Math.ceil(w);
  }
  const undatedLong = `${b.undated} completion${b.undated === 1 ? '' : 's'} without a date: counted on the start date`;
  const undatedNote =
    b.undated === 0
      ? null
      : undatedLong.length <= chars
        ? undatedLong
        : `${b.undated} undated: counted on the start date`;
  const bottom = 24 + legendRows.length * 18 + (undatedNote ? 18 : 0) + 4;
  const plotX = 44;
  const plotW = width - plotX - 16;
  const h = height ?? Math.round(top + Math.min(220, Math.max(130, plotW * 0.5)) + bottom);
  const box = { x: plotX, y: top, w: plotW, h: Math.max(60, h - top - bottom) };

  const most = Math.max(1, b.totalHours, b.doneHours + b.hoursLeft);
  const yStep = niceStep(most / (box.h < 120 ? 3 : 5));
  const yMax = Math.ceil(most / yStep - 1e-9) * yStep;
  const s = scaleFor(b, box, yMax);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" font-family="system-ui, -apple-system, Segoe UI, Roboto, 'DejaVu Sans', sans-serif" font-size="${FONT}">`,
    `<rect width="${width}" height="${h}" fill="#ffffff"/>`,
    ...head,
  ];

  // Grid and axes.
  for (let hours = 0; hours <= yMax + 1e-9; hours += yStep) {
    const y = s.y(hours);
    out.push(
      `<line x1="${box.x}" y1="${y.toFixed(1)}" x2="${box.x + box.w}" y2="${y.toFixed(1)}" stroke="${c.grid}"/>`,
      `<text x="${box.x - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="${c.muted}">${fmtHours(hours)}</text>`,
    );
  }
  out.push(
    `<text x="12" y="${box.y - 8}" fill="${c.muted}">hours</text>`,
    `<line x1="${box.x}" y1="${box.y + box.h}" x2="${box.x + box.w}" y2="${box.y + box.h}" stroke="${c.muted}"/>`,
  );
  for (const tick of dateTicks(s, box.w)) {
    const x = s.x(tick.iso);
    // A label is kept inside the picture: anchored at its end near the right edge.
    const anchor = x + textWidth(tick.label) / 2 > width - 4 ? 'end' : 'middle';
    out.push(
      `<line x1="${x.toFixed(1)}" y1="${box.y + box.h}" x2="${x.toFixed(1)}" y2="${box.y + box.h + 4}" stroke="${c.muted}"/>`,
      `<text x="${x.toFixed(1)}" y="${box.y + box.h + 17}" text-anchor="${anchor}" fill="${c.muted}">${tick.label}</text>`,
    );
  }

  // Today.
  const tx = s.x(b.today);
  out.push(
    `<line x1="${tx.toFixed(1)}" y1="${box.y}" x2="${tx.toFixed(1)}" y2="${box.y + box.h}" stroke="${c.today}" stroke-dasharray="2 3"/>`,
    `<text x="${tx.toFixed(1)}" y="${box.y - 6}" text-anchor="${tx + 20 > width ? 'end' : 'middle'}" fill="${c.today}">today</text>`,
  );

  // The three lines.
  out.push(
    `<polyline data-line="planned" points="${linePoints(b.planned, s)}" fill="none" stroke="${c.planned}" stroke-width="2" stroke-dasharray="6 4"/>`,
  );
  if (b.projected.length > 0)
    out.push(
      `<polyline data-line="projected" points="${linePoints(b.projected, s)}" fill="none" stroke="${c.actual}" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>`,
    );
  out.push(
    `<polyline data-line="actual" points="${stepPoints(b.actual, s)}" fill="none" stroke="${c.actual}" stroke-width="2.5" stroke-linejoin="round"/>`,
  );

  // Legend.
  let ly = box.y + box.h + 24 + 14;
  for (const row of legendRows) {
    for (const item of row)
      out.push(
        `<line x1="${item.x}" y1="${ly - 4}" x2="${item.x + 22}" y2="${ly - 4}" stroke="${item.color}" stroke-width="2"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`,
        `<text x="${item.x + 28}" y="${ly}" fill="${c.muted}">${xml(item.label)}</text>`,
      );
    ly += 18;
  }
  if (undatedNote) out.push(`<text x="12" y="${ly}" fill="${c.muted}">${xml(undatedNote)}</text>`);
  out.push('</svg>');
  return { svg: out.join(''), width, height: h };
}

/** burnUpPicture's SVG text alone. */
export function burnUpSvg(b: BurnUp, options: BurnUpSvgOptions = {}): string {
  return burnUpPicture(b, options).svg;
}
