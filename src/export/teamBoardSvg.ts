// The team board as an SVG table (for the PNG export): one line per learner, the columns of T1–T4.
import type { TeamRow } from '../domain/team';
import { xml } from './sheet';

const COLUMNS: [string, number, (r: TeamRow) => string][] = [
  ['Learner', 150, (r) => r.name],
  ['Goal', 220, (r) => r.goal ?? 'no goal'],
  ['% done', 90, (r) => `${r.percent}% (${r.done + r.skipped}/${r.total})`],
  ['Hours left', 80, (r) => `${r.hoursLeft} h`],
  ['Projected finish', 120, (r) => r.projectedFinish ?? '—'],
  [
    'Ahead / behind',
    110,
    (r) =>
      r.behindDays === null
        ? '—'
        : r.behindDays === 0
          ? 'on plan'
          : r.behindDays > 0
            ? `${r.behindDays} d behind`
            : `${-r.behindDays} d ahead`,
  ],
  ['Next eligible', 200, (r) => r.next.slice(0, 3).join(', ') || '—'],
];

const clip = (text: string, width: number) => {
  const max = Math.floor(width / 6.4);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** T6: the rows as an SVG picture with a title; width and height in CSS pixels. */
export function teamBoardSvg(
  rows: readonly TeamRow[],
  title: string,
): { svg: string; width: number; height: number } {
  const width = 24 + COLUMNS.reduce((sum, [, w]) => sum + w, 0);
  const height = 70 + rows.length * 24 + 16;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="12" y="24" font-size="15" font-weight="600" fill="#1f2937">${xml(title)}</text>`,
  ];
  let x = 12;
  for (const [label, w] of COLUMNS) {
    out.push(`<text x="${x}" y="56" font-weight="600" fill="#6b7280">${xml(label)}</text>`);
    x += w;
  }
  rows.forEach((row, i) => {
    const y = 70 + i * 24;
    if (i % 2 === 0) out.push(`<rect x="6" y="${y}" width="${width - 12}" height="24" fill="#f6f7f9"/>`);
    let cx = 12;
    for (const [, w, value] of COLUMNS) {
      out.push(`<text x="${cx}" y="${y + 16}" fill="#1f2937">${xml(clip(value(row), w - 8))}</text>`);
      cx += w;
    }
  });
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}
