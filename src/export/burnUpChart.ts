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

/** Month starts (or every few months) between the first and last day, as x-axis ticks. */
function dateTicks(s: Scale): string[] {
  const ticks: string[] = [];
  const firstIso = new Date(s.first * 86_400_000).toISOString().slice(0, 10);
  let [y, m] = firstIso.split('-').map(Number) as [number, number];
  const span = s.last - s.first;
  const stepMonths = span > 800 ? 6 : span > 400 ? 3 : span > 150 ? 2 : 1;
  for (let guard = 0; guard < 200; guard++) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    const day = isoToDay(iso)!;
    if (day > s.last) break;
    if ((m - 1) % stepMonths === 0) ticks.push(iso);
  }
  return ticks;
}

export interface BurnUpSvgOptions {
  width?: number;
  height?: number;
  /** Shown above the chart (learner and goal); text from documents is escaped. */
  title?: string;
}

/** BU2–BU5 drawn: planned (dashed), done (steps), projected (dotted), today; with axes, legend and the ahead/behind line. */
export function burnUpSvg(b: BurnUp, { width = 640, height = 300, title }: BurnUpSvgOptions = {}): string {
  const top = title ? 66 : 48;
  const box = { x: 48, y: top, w: width - 48 - 20, h: height - top - 56 };
  const most = Math.max(1, b.totalHours, b.doneHours + b.hoursLeft);
  const yStep = niceStep(most / 5);
  const yMax = Math.ceil(most / yStep - 1e-9) * yStep;
  const s = scaleFor(b, box, yMax);
  const c = BURNUP_COLORS;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  let line = 18;
  if (title) {
    out.push(
      `<text x="12" y="${line}" font-size="13" font-weight="600" fill="${c.text}">${xml(title)}</text>`,
    );
    line += 18;
  }
  const summary = `${fmtHours(b.doneHours)} of ${fmtHours(b.totalHours)} h done · ${aheadBehindText(b.behindDays)}${
    b.projectedFinish ? ` · ${b.hoursLeft > 0 ? 'projected finish' : 'finished'} ${b.projectedFinish}` : ''
  }${b.plannedFinish ? ` (planned ${b.plannedFinish})` : ''}`;
  out.push(`<text x="12" y="${line}" fill="${c.text}">${xml(summary)}</text>`);

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
  for (const tick of dateTicks(s)) {
    const x = s.x(tick);
    out.push(
      `<line x1="${x.toFixed(1)}" y1="${box.y + box.h}" x2="${x.toFixed(1)}" y2="${box.y + box.h + 4}" stroke="${c.muted}"/>`,
      `<text x="${x.toFixed(1)}" y="${box.y + box.h + 16}" text-anchor="middle" fill="${c.muted}">${tick.slice(0, 7)}</text>`,
    );
  }

  // Today.
  const tx = s.x(b.today);
  out.push(
    `<line x1="${tx.toFixed(1)}" y1="${box.y}" x2="${tx.toFixed(1)}" y2="${box.y + box.h}" stroke="${c.today}" stroke-dasharray="2 3"/>`,
    `<text x="${tx.toFixed(1)}" y="${box.y - 4}" text-anchor="middle" fill="${c.today}">today</text>`,
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
  const ly = height - 14;
  const legend: [string, string, string][] = [
    [`planned at ${fmtHours(b.hoursPerWeek)} h/week`, c.planned, '6 4'],
    ['done (completed)', c.actual, ''],
    ['projected at the pace', c.actual, '1 4'],
  ];
  let lx = box.x;
  for (const [label, color, dash] of legend) {
    out.push(
      `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 22}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${lx + 28}" y="${ly}" fill="${c.muted}">${xml(label)}</text>`,
    );
    lx += 28 + label.length * 6 + 18;
  }
  if (b.undated > 0)
    out.push(
      `<text x="${width - 12}" y="${ly}" text-anchor="end" fill="${c.muted}">${b.undated} completion${b.undated === 1 ? '' : 's'} without a date: counted on the start date</text>`,
    );
  out.push('</svg>');
  return out.join('');
}
