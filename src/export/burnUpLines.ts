// The burn-up's lines in SVG coordinates, its colours and its ahead/behind wording, plus the sparkline the toolbar
// shows beside the progress bar. Small on purpose: it is in the first bundle; the full chart is burnUpChart.ts.
import { isoToDay } from '../domain/dates';
import type { BurnUp, BurnUpPoint } from '../domain/burnup';

export const BURNUP_COLORS = {
  planned: '#8a94a6',
  actual: '#2563eb',
  today: '#b45309',
  grid: '#e5e7eb',
  text: '#1f2937',
  muted: '#6b7280',
} as const;

/**
 * BU4 in words: "6 days behind the plan" / "3 days ahead of the plan" / "on plan"; once nothing is left (`hoursLeft`
 * 0) "goal reached 6 days after the plan" / "… ahead of the plan" / "goal reached on plan" — a finished goal is never
 * "behind".
 */
export function aheadBehindText(b: { behindDays: number; hoursLeft: number }): string {
  const n = Math.abs(b.behindDays);
  const days = `${n} day${n === 1 ? '' : 's'}`;
  if (b.hoursLeft <= 0)
    return b.behindDays === 0
      ? 'goal reached on plan'
      : `goal reached ${days} ${b.behindDays > 0 ? 'after' : 'ahead of'} the plan`;
  if (b.behindDays === 0) return 'on plan';
  return `${days} ${b.behindDays > 0 ? 'behind' : 'ahead of'} the plan`;
}

export interface Scale {
  x(date: string): number;
  y(hours: number): number;
  first: number;
  last: number;
}

export function scaleFor(
  b: BurnUp,
  box: { x: number; y: number; w: number; h: number },
  yMax: number,
): Scale {
  const days = [...b.planned, ...b.actual, ...b.projected].map((p) => isoToDay(p.date)!);
  days.push(isoToDay(b.today)!);
  const first = Math.min(...days);
  const last = Math.max(...days) + 1;
  return {
    x: (date) => box.x + ((isoToDay(date)! - first) / (last - first)) * box.w,
    y: (hours) => box.y + box.h - (Math.min(hours, yMax) / yMax) * box.h,
    first,
    last,
  };
}

const pt = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`;

/** The actual line as steps: flat until a completion day, then up (hours jump when a node is completed). */
export function stepPoints(points: BurnUpPoint[], s: Scale): string {
  const out: string[] = [];
  points.forEach((p, i) => {
    if (i > 0) out.push(pt(s.x(p.date), s.y(points[i - 1]!.hours)));
    out.push(pt(s.x(p.date), s.y(p.hours)));
  });
  return out.join(' ');
}

export const linePoints = (points: BurnUpPoint[], s: Scale) =>
  points.map((p) => pt(s.x(p.date), s.y(p.hours))).join(' ');

/** A tiny picture of the same lines (no axes, no text): the toolbar's and the path picture header's sparkline. */
export function burnUpSparkline(b: BurnUp, { width = 96, height = 24 } = {}): string {
  const box = { x: 1, y: 2, w: width - 2, h: height - 4 };
  const s = scaleFor(b, box, Math.max(1, b.totalHours, b.doneHours + b.hoursLeft));
  const c = BURNUP_COLORS;
  const tx = s.x(b.today).toFixed(1);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<line x1="${tx}" y1="0" x2="${tx}" y2="${height}" stroke="${c.today}" stroke-width="1"/>`,
    `<polyline points="${linePoints(b.planned, s)}" fill="none" stroke="${c.planned}" stroke-width="1.5" stroke-dasharray="3 2"/>`,
    b.projected.length > 0
      ? `<polyline points="${linePoints(b.projected, s)}" fill="none" stroke="${c.actual}" stroke-width="1.5" stroke-dasharray="1 2"/>`
      : '',
    `<polyline points="${stepPoints(b.actual, s)}" fill="none" stroke="${c.actual}" stroke-width="2"/>`,
    '</svg>',
  ].join('');
}

/** An SVG string as an image address (for `<img src>`: no markup enters the page). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
