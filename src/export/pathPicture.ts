// The path picture for a slide (PT3): the learner's path alone on a 1920 × 1080 (16:9) sheet — a header (learner,
// goal, date, % done, projected finish), the path cards in plan order in rows, the done nodes before the path as a
// compact strip, and a legend. Plain data in, SVG text out: no DOM, so tests read it as a string. Every piece of
// document text goes through xml(). No text is set under 14 px (MIN_FONT); titles are wrapped by an estimate of
// the glyph width and each card is clipped, so a long word can never spill into its neighbour.
import type { BurnUp } from '../domain/burnup';
import { aheadBehindText, BURNUP_COLORS, linePoints, scaleFor, stepPoints } from './burnUpLines';
import { wrapTitle } from './graphSvg';
import { slug } from '../domain/text';
import { SHEET_COLORS, xml } from './sheet';
import { legend } from './pathPictureLegend';
import {
  BOLD_ADVANCE,
  fit,
  GAP,
  HEADER_H,
  hoursText,
  LEGEND_H,
  MONO_ADVANCE,
  PAD,
  PICTURE_HEIGHT,
  PICTURE_WIDTH,
  SANS_ADVANCE,
  shortDate,
  STRIP_H,
  text,
} from './pathPictureText';

export { MIN_FONT, PICTURE_HEIGHT, PICTURE_WIDTH, shortDate } from './pathPictureText';
/** Cards one picture holds (8 columns × 5 rows); a longer path continues on further pictures. */
export const MAX_COLUMNS = 8;
export const MAX_ROWS = 5;
export const CARDS_PER_PICTURE = MAX_COLUMNS * MAX_ROWS;

export interface PathPictureStep {
  key: string;
  id: string;
  title: string;
  kind: 'module' | 'project' | 'placeholder';
  /** Null when the documents do not say. */
  hours: number | null;
  inProgress: boolean;
  /** Every prerequisite is done: the learner can start it now. */
  ready: boolean;
  /** Plan numbers of the path steps it waits for (its unmet prerequisites), ascending. */
  after: number[];
  /** ISO dates at the pace, or null without one. */
  start: string | null;
  finish: string | null;
  roleColors: string[];
}

export interface PathPictureInput {
  learner: string;
  goal: string;
  /** ISO date the picture is made. */
  date: string;
  percentDone: number;
  doneCount: number;
  hoursLeft: number;
  /** ISO date the goal is reached at the pace, or null without a pace. */
  finish: string | null;
  hoursPerWeek: number | null;
  /** Path steps in plan order. */
  steps: PathPictureStep[];
  /** Done nodes directly before the path (PT2). */
  done: { key: string; id: string }[];
  /** Roles of the cards shown, with their stripe colours. */
  roles: { name: string; color: string }[];
  /** BU1–BU5 at the learner's pace, drawn as a sparkline in the header; null or absent without a pace (BU8). */
  burnUp?: BurnUp | null;
}

export interface PathPicture {
  svg: string;
  width: number;
  height: number;
  /** 1-based part number and the number of parts (a path longer than CARDS_PER_PICTURE continues). */
  part: number;
  parts: number;
  /** Keys of the path steps this part shows. */
  keys: string[];
}

interface Grid {
  cols: number;
  rows: number;
  cardW: number;
  cardH: number;
}

/** The columns and rows that give the largest cards for `n` steps in a `w` × `h` area (at most 8 × 5). */
export function cardGrid(n: number, w: number, h: number): Grid {
  let best: Grid | null = null;
  let bestScore = -1;
  for (let cols = 1; cols <= MAX_COLUMNS; cols++) {
    const rows = Math.ceil(Math.max(1, n) / cols);
    if (rows > MAX_ROWS) continue;
    const cardW = Math.min(440, (w - (cols - 1) * GAP) / cols);
    const cardH = Math.min(210, (h - (rows - 1) * GAP) / rows);
    // Cards read best around 2:1; the score is how large a 300 × 150 card could be drawn.
    const score = Math.min(cardW / 300, cardH / 150);
    if (score > bestScore + 1e-9) {
      best = { cols, rows, cardW: Math.floor(cardW), cardH: Math.floor(cardH) };
      bestScore = score;
    }
  }
  return best!;
}

const STATUS = {
  ready: { label: 'Ready to start', color: SHEET_COLORS.accent },
  progress: { label: 'In progress', color: SHEET_COLORS.progress },
  waiting: { label: 'Waiting', color: SHEET_COLORS.muted },
} as const;

function stepStatus(s: PathPictureStep): { label: string; color: string; stroke: string; width: number } {
  if (s.inProgress) return { ...STATUS.progress, stroke: SHEET_COLORS.progress, width: 2.5 };
  if (s.ready) return { ...STATUS.ready, stroke: SHEET_COLORS.accent, width: 2.5 };
  const after = s.after.length ? `After step ${s.after.join(', ')}` : 'Waiting';
  return { label: after, color: SHEET_COLORS.muted, stroke: SHEET_COLORS.border, width: 1.5 };
}

function card(
  step: PathPictureStep,
  n: number,
  x: number,
  y: number,
  w: number,
  h: number,
  i: number,
): string {
  const st = stepStatus(step);
  const big = h >= 160 && w >= 280;
  const idSize = big ? 19 : 17;
  const titleSize = big ? 20 : w >= 250 ? 18 : 16;
  const small = big ? 17 : 15;
  const inner = w - 36;
  const parts: string[] = [];
  parts.push(`<clipPath id="c${i}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10"/></clipPath>`);
  parts.push(
    `<g data-node-key="${xml(step.key)}" data-node-id="${xml(step.id)}" data-step="${n}" clip-path="url(#c${i})">`,
  );
  parts.push(
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${SHEET_COLORS.card}" stroke="${st.stroke}" stroke-width="${st.width}"${
      step.kind === 'placeholder' ? ' stroke-dasharray="7 5"' : ''
    }/>`,
  );
  const stripeH = (h - 4) / Math.max(1, step.roleColors.length);
  step.roleColors.forEach((c, k) =>
    parts.push(`<rect x="${x + 2}" y="${y + 2 + k * stripeH}" width="7" height="${stripeH}" fill="${c}"/>`),
  );
  // Number badge, id, hours.
  const badgeW = Math.max(30, String(n).length * 11 + 16);
  const top = y + 14;
  parts.push(
    `<rect x="${x + 18}" y="${top}" width="${badgeW}" height="26" rx="13" fill="${st.stroke === SHEET_COLORS.border ? SHEET_COLORS.fg : st.stroke}"/>`,
  );
  parts.push(
    text(x + 18 + badgeW / 2, top + 19, 16, String(n), { weight: 700, fill: '#ffffff', anchor: 'middle' }),
  );
  const hours = step.hours === null ? '? h' : hoursText(step.hours);
  parts.push(text(x + w - 14, top + 19, small, hours, { fill: SHEET_COLORS.muted, anchor: 'end' }));
  const idRoom = Math.floor(
    (w - badgeW - 40 - hours.length * small * SANS_ADVANCE - 12) / (idSize * MONO_ADVANCE),
  );
  parts.push(text(x + 18 + badgeW + 10, top + 19, idSize, fit(step.id, idRoom), { weight: 700, mono: true }));
  // Title: as many lines as fit between the id row and the status rows.
  const title =
    step.kind === 'placeholder' && step.title === step.id ? 'Not described in the documents' : step.title;
  const lineH = Math.round(titleSize * 1.22);
  const titleTop = top + 22 + lineH;
  const statusY = y + h - (step.start ? 33 : 12);
  // Each title line's baseline stays a status line's height above the status line.
  const lines = Math.max(1, Math.min(3, Math.floor((statusY - small - 2 - titleTop) / lineH) + 1));
  const chars = Math.max(8, Math.floor(inner / (titleSize * BOLD_ADVANCE)));
  wrapTitle(title, chars, lines).forEach((line, k) =>
    parts.push(
      text(x + 18, titleTop + k * lineH, titleSize, line, {
        weight: step.kind === 'placeholder' ? 400 : 600,
      }),
    ),
  );
  const statusChars = Math.floor(inner / (small * BOLD_ADVANCE));
  const statusLabel = step.kind === 'placeholder' ? `${st.label} · outside the catalog` : st.label;
  parts.push(text(x + 18, statusY, small, fit(statusLabel, statusChars), { weight: 600, fill: st.color }));
  if (step.start && step.finish) {
    const dates =
      step.start === step.finish
        ? shortDate(step.start)
        : `${shortDate(step.start)} → ${shortDate(step.finish)}`;
    parts.push(text(x + 18, y + h - 11, small, fit(dates, statusChars), { fill: SHEET_COLORS.muted }));
  }
  parts.push('</g>');
  return parts.join('');
}

/** The header's sparkline box (left of the % done): planned vs done, with the ahead/behind words under it. */
const SPARK = { w: 300, h: 64, right: PICTURE_WIDTH - PAD - 260 - 24, top: 26 };

/**
 * PT3 + BU2–BU4: the burn-up in the header: the planned line (dashed), the hours done (steps), the projected line
 * (dotted) and today, then "N days behind the plan" in words (amber when behind, green when ahead or on plan).
 */
function headerSparkline(b: BurnUp): string {
  const x = SPARK.right - SPARK.w;
  const box = { x, y: SPARK.top, w: SPARK.w, h: SPARK.h };
  const s = scaleFor(b, box, Math.max(1, b.totalHours, b.doneHours + b.hoursLeft));
  const c = BURNUP_COLORS;
  const tx = s.x(b.today).toFixed(1);
  const tone = b.behindDays > 0 ? SHEET_COLORS.progress : SHEET_COLORS.done;
  return [
    `<g data-burnup-sparkline="" data-behind-days="${b.behindDays}">`,
    `<rect x="${x - 8}" y="${SPARK.top - 6}" width="${SPARK.w + 16}" height="${SPARK.h + 12}" rx="8" fill="#f8fafc" stroke="${SHEET_COLORS.border}"/>`,
    `<line x1="${tx}" y1="${SPARK.top - 2}" x2="${tx}" y2="${SPARK.top + SPARK.h + 2}" stroke="${c.today}" stroke-width="1.5" stroke-dasharray="3 3"/>`,
    `<polyline data-line="planned" points="${linePoints(b.planned, s)}" fill="none" stroke="${c.planned}" stroke-width="2.5" stroke-dasharray="7 5"/>`,
    b.projected.length > 0
      ? `<polyline data-line="projected" points="${linePoints(b.projected, s)}" fill="none" stroke="${c.actual}" stroke-width="2.5" stroke-dasharray="1 5" stroke-linecap="round"/>`
      : '',
    `<polyline data-line="actual" points="${stepPoints(b.actual, s)}" fill="none" stroke="${c.actual}" stroke-width="3.5" stroke-linejoin="round"/>`,
    text(x + SPARK.w, 116, 20, aheadBehindText(b), { weight: 600, fill: tone, anchor: 'end' }),
    '</g>',
  ].join('');
}

function header(input: PathPictureInput, part: number, parts: number): string {
  const out: string[] = [];
  // With a sparkline the title stops before it.
  const titleRight = input.burnUp ? SPARK.right - SPARK.w - 32 : PICTURE_WIDTH - PAD - 260;
  const titleChars = Math.floor((titleRight - PAD) / (40 * SANS_ADVANCE));
  out.push(text(PAD, 74, 40, fit(`${input.learner} · path to ${input.goal}`, titleChars), { weight: 700 }));
  const facts = [
    shortDate(input.date, true),
    `${input.steps.length} step${input.steps.length === 1 ? '' : 's'}, ${hoursText(input.hoursLeft)} to go`,
    input.finish && input.hoursPerWeek
      ? `projected finish ${shortDate(input.finish, true)} at ${input.hoursPerWeek} h/week`
      : 'no pace set: no projected finish',
  ];
  if (parts > 1) facts.push(`part ${part} of ${parts}`);
  const factsChars = Math.floor((titleRight - PAD) / (22 * SANS_ADVANCE));
  out.push(text(PAD, 116, 22, fit(facts.join('  ·  '), factsChars), { fill: SHEET_COLORS.muted }));
  if (input.burnUp) out.push(headerSparkline(input.burnUp));
  // % done, large, on the right, with a bar under the header.
  out.push(
    text(PICTURE_WIDTH - PAD, 74, 40, `${input.percentDone}%`, {
      weight: 700,
      fill: SHEET_COLORS.done,
      anchor: 'end',
    }),
  );
  out.push(
    text(PICTURE_WIDTH - PAD, 116, 22, 'of the hours done', {
      fill: SHEET_COLORS.muted,
      anchor: 'end',
    }),
  );
  const barW = PICTURE_WIDTH - 2 * PAD;
  out.push(`<rect x="${PAD}" y="134" width="${barW}" height="8" rx="4" fill="${SHEET_COLORS.border}"/>`);
  out.push(
    `<rect x="${PAD}" y="134" width="${Math.round((barW * Math.max(0, Math.min(100, input.percentDone))) / 100)}" height="8" rx="4" fill="${SHEET_COLORS.done}"/>`,
  );
  return out.join('');
}

function doneStrip(done: PathPictureInput['done'], y: number): string {
  const out: string[] = [];
  const label = `Done before this path (${done.length}):`;
  out.push(text(PAD, y + 27, 18, label, { weight: 600, fill: SHEET_COLORS.done }));
  let x = PAD + label.length * 18 * SANS_ADVANCE + 16;
  const limit = PICTURE_WIDTH - PAD;
  for (let i = 0; i < done.length; i++) {
    const d = done[i]!;
    const w = Math.ceil(d.id.length * 16 * MONO_ADVANCE + 40);
    const rest = done.length - i;
    // Leave room for "+ N more" unless this is the last chip.
    if (x + w > limit - (rest > 1 ? 110 : 0)) {
      out.push(text(x + 4, y + 27, 16, `+ ${rest} more`, { fill: SHEET_COLORS.muted }));
      break;
    }
    out.push(
      `<g data-node-key="${xml(d.key)}" data-node-id="${xml(d.id)}" data-done="true"><rect x="${x}" y="${y + 6}" width="${w}" height="30" rx="15" fill="${SHEET_COLORS.doneBg}" stroke="${SHEET_COLORS.done}"/>${text(
        x + 14,
        y + 27,
        16,
        `✓ ${d.id}`,
        { mono: true, weight: 600, fill: SHEET_COLORS.done },
      )}</g>`,
    );
    x += w + 10;
  }
  return out.join('');
}

export function pathPictures(input: PathPictureInput): PathPicture[] {
  const parts = Math.max(1, Math.ceil(input.steps.length / CARDS_PER_PICTURE));
  const pictures: PathPicture[] = [];
  for (let part = 1; part <= parts; part++) {
    const steps = input.steps.slice((part - 1) * CARDS_PER_PICTURE, part * CARDS_PER_PICTURE);
    const first = (part - 1) * CARDS_PER_PICTURE;
    const body: string[] = [header(input, part, parts)];
    let top = HEADER_H + 16;
    if (part === 1 && input.done.length > 0) {
      body.push(doneStrip(input.done, top));
      top += STRIP_H;
    }
    const areaH = PICTURE_HEIGHT - LEGEND_H - 16 - top;
    const areaW = PICTURE_WIDTH - 2 * PAD;
    if (steps.length === 0) {
      body.push(
        text(PICTURE_WIDTH / 2, top + areaH / 2, 32, 'Nothing left to do: the goal is reached.', {
          weight: 600,
          fill: SHEET_COLORS.done,
          anchor: 'middle',
        }),
      );
    } else {
      const g = cardGrid(steps.length, areaW, areaH);
      // Centre the grid when the cards do not fill the area.
      const usedW = g.cols * g.cardW + (g.cols - 1) * GAP;
      const usedH = g.rows * g.cardH + (g.rows - 1) * GAP;
      const x0 = PAD + Math.floor((areaW - usedW) / 2);
      const y0 = top + Math.floor((areaH - usedH) / 2);
      steps.forEach((s, i) => {
        const col = i % g.cols;
        const row = Math.floor(i / g.cols);
        body.push(
          card(s, first + i + 1, x0 + col * (g.cardW + GAP), y0 + row * (g.cardH + GAP), g.cardW, g.cardH, i),
        );
      });
    }
    body.push(legend(input));
    const title = `${input.learner}: path to ${input.goal}${parts > 1 ? ` (part ${part} of ${parts})` : ''}`;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" viewBox="0 0 ${PICTURE_WIDTH} ${PICTURE_HEIGHT}" role="img" aria-label="${xml(title)}">` +
      `<title>${xml(title)}</title>` +
      `<rect width="${PICTURE_WIDTH}" height="${PICTURE_HEIGHT}" fill="${SHEET_COLORS.bg}"/>` +
      body.join('') +
      '</svg>';
    pictures.push({
      svg,
      width: PICTURE_WIDTH,
      height: PICTURE_HEIGHT,
      part,
      parts,
      keys: steps.map((s) => s.key),
    });
  }
  return pictures;
}

/** `path-picture-ana-2025-03-04.png`; a path in several parts: `path-picture-ana-2025-03-04-part-2-of-3.png`. */
export function pathPictureFileName(
  learner: string,
  date: string,
  ext: 'png' | 'svg',
  part = 1,
  parts = 1,
): string {
  return `path-picture-${slug(learner)}-${date}${parts > 1 ? `-part-${part}-of-${parts}` : ''}.${ext}`;
}
