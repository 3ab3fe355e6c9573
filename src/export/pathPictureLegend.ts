// The path picture's legend (PT3): the status swatches and every role colour on the picture (what does not fit is
// counted, never dropped), with the note on numbers, dates and the burn-up.
import type { PathPictureInput } from './pathPicture';
import { fit, LEGEND_H, PAD, PICTURE_HEIGHT, PICTURE_WIDTH, SANS_ADVANCE, text } from './pathPictureText';
import { SHEET_COLORS } from './sheet';

/** The legend strip at the foot of the picture, as SVG. */
export function legend(input: PathPictureInput): string {
  const y = PICTURE_HEIGHT - LEGEND_H + 30;
  const out: string[] = [
    `<line x1="${PAD}" y1="${y - 22}" x2="${PICTURE_WIDTH - PAD}" y2="${y - 22}" stroke="${SHEET_COLORS.border}"/>`,
  ];
  let x = PAD;
  const advance = (label: string) => label.length * 16 * SANS_ADVANCE;
  const roleWidth = (name: string) => 34 + advance(fit(name, 34)) + 8;
  const statuses: [string, string, string, { fill?: string; dashed?: boolean }][] = [
    ['Ready to start', 'Ready', SHEET_COLORS.accent, {}],
    ['In progress', 'In progress', SHEET_COLORS.progress, {}],
    ['Waiting for earlier steps', 'Waiting', SHEET_COLORS.border, {}],
    ['Done', 'Done', SHEET_COLORS.done, { fill: SHEET_COLORS.doneBg }],
    ['Outside the catalog', 'Not in catalog', SHEET_COLORS.muted, { dashed: true }],
  ];
  // Every role colour on the picture gets its key: the status labels shorten when the roles need the room, and
  // roles that still do not fit are counted ("+ 2 more roles"), never dropped silently.
  const rolesWidth = input.roles.reduce((sum, r) => sum + roleWidth(r.name), 0);
  const statusWidth = (long: boolean) =>
    statuses.reduce((sum, st) => sum + 34 + advance(long ? st[0] : st[1]) + 26, 0);
  const long = PAD + statusWidth(true) + rolesWidth <= PICTURE_WIDTH - PAD;
  const swatch = (label: string, stroke: string, opts: { fill?: string; dashed?: boolean } = {}) => {
    out.push(
      `<rect x="${x}" y="${y - 14}" width="26" height="18" rx="4" fill="${opts.fill ?? SHEET_COLORS.card}" stroke="${stroke}" stroke-width="2"${opts.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    out.push(text(x + 34, y, 16, label, { fill: SHEET_COLORS.fg }));
    x += 34 + advance(label) + 26;
  };
  for (const [longLabel, shortLabel, stroke, opts] of statuses)
    swatch(long ? longLabel : shortLabel, stroke, opts);
  for (let i = 0; i < input.roles.length; i++) {
    const r = input.roles[i]!;
    const rest = input.roles.length - i;
    const more = rest > 1 ? 34 + advance(`+ ${rest - 1} more roles`) : 0;
    if (x + roleWidth(r.name) + more > PICTURE_WIDTH - PAD) {
      out.push(text(x, y, 16, `+ ${rest} more role${rest === 1 ? '' : 's'}`, { fill: SHEET_COLORS.muted }));
      break;
    }
    out.push(`<rect x="${x}" y="${y - 16}" width="8" height="22" fill="${r.color}"/>`);
    out.push(text(x + 16, y, 16, fit(r.name, 34)));
    x += roleWidth(r.name);
  }
  const note = `Numbers: order of the learning plan (every prerequisite comes first).${
    input.hoursPerWeek ? ` Dates at ${input.hoursPerWeek} h/week.` : ''
  }${
    input.burnUp ? ' Burn-up (top): dashed planned, solid done.' : ''
  } Made ${input.date} with the Curriculum Pathway Planner.`;
  out.push(text(PAD, y + 32, 15, note, { fill: SHEET_COLORS.muted }));
  return out.join('');
}

/**
 * PT3: the path as one or more 1920 × 1080 SVG pictures (16:9). Up to CARDS_PER_PICTURE steps per picture, in plan
 * order, left to right and top to bottom; a longer path continues on the next picture ("part k of n"). The done
 * strip shows on the first part. An empty path gives one picture saying the goal is reached.
 */
