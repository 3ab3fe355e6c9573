// The path picture's drawing primitives (PT3): page measures at 1920 × 1080, glyph-advance estimates, and an
// escaped SVG <text> that never goes under MIN_FONT. Shared by the picture (pathPicture.ts) and its legend.
import { SHEET_COLORS, xml } from './sheet';

export const PICTURE_WIDTH = 1920;
export const PICTURE_HEIGHT = 1080;
/** The smallest text on the picture, px at 1920 wide (PT3). */
export const MIN_FONT = 14;

const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'DejaVu Sans', sans-serif";
const MONO = "ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace";
export const PAD = 56;
export const GAP = 16;
export const HEADER_H = 150;
export const STRIP_H = 64;
export const LEGEND_H = 84;
/** Average glyph advance as a share of the font size: generous, so estimates err on the short side. */
export const SANS_ADVANCE = 0.6;
export const MONO_ADVANCE = 0.62;
/** Bold titles in DejaVu Sans Bold (what Chromium on Linux falls back to) run wider than regular text. */
export const BOLD_ADVANCE = 0.66;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2025-03-04` → `4 Mar` (with the year when `withYear`). */
export function shortDate(iso: string, withYear = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

export const hoursText = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

/** One SVG <text>, never under MIN_FONT px, its content escaped (document text is untrusted). */
export function text(
  x: number,
  y: number,
  size: number,
  content: string,
  opts: { weight?: number; fill?: string; anchor?: 'start' | 'end' | 'middle'; mono?: boolean } = {},
): string {
  const size_ = Math.max(MIN_FONT, size);
  return `<text x="${x}" y="${y}" font-size="${size_}" font-family="${opts.mono ? MONO : SANS}"${
    opts.weight ? ` font-weight="${opts.weight}"` : ''
  } fill="${opts.fill ?? SHEET_COLORS.fg}"${opts.anchor ? ` text-anchor="${opts.anchor}"` : ''}>${xml(content)}</text>`;
}

/** Cuts `s` to about `chars` characters with an ellipsis. */
export function fit(s: string, chars: number): string {
  return s.length <= chars ? s : `${s.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}
