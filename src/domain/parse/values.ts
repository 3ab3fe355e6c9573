// Single label values: durations and role lists (R8, R9).

export interface Duration {
  hours: number | null;
  breakdown: Record<string, number>;
  /** R36: a range (`40–50 hours`) keeps both ends; `hours` is the upper one (plans use it). */
  range?: { min: number; max: number };
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const HOUR_UNIT = '(?:h|hrs?|hours?)\\b';

/**
 * `40 hours (14 lecture, 18 lab, 6 project, 2 assessment)`, `40h`, `40 hrs`, `lecture: 12, lab: 3`.
 * The total is the first number with an hour unit, else the breakdown's sum, else a bare number.
 */
export function parseDuration(text: string): Duration {
  // R43: a number the reader cannot take as written (a sign, an exponent, absurdly large) is unreadable — the
  // caller reports it — never a different number read from part of it (`-5` as 5, `1e3` as 3).
  if (UNREADABLE_NUMBER.test(text.slice(0, 2000))) return { hours: null, breakdown: {} };
  // Clock and other pictographs (`Lecture ⏱ 9 hours`) are decoration; `1,000` is a thousand and `2,5` two and a half.
  const t = text
    .slice(0, 2000)
    .replace(PICTOGRAPHS, ' ')
    .replace(/(\d),(\d{3})(?![\d,])/g, '$1$2')
    .replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2');
  const read = parseDurationText(t);
  return read.hours !== null && read.hours > MAX_HOURS ? { hours: null, breakdown: {} } : read;
}

/** R43: more hours than this (about five years of full-time study) is not a duration a plan can use. */
export const MAX_HOURS = 10_000;
const UNREADABLE_NUMBER = /(?:^|[:(])\s*[-−]\s?\d|\d[eE][+-]?\d/;

function parseDurationText(t: string): Duration {
  const joined = joinedParts(t);
  if (joined) return joined;
  const range = RANGE.exec(t);
  if (range && !/\(/.test(t.slice(0, range.index))) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (Number.isFinite(min) && Number.isFinite(max) && max >= min) {
      const rest = parseDurationText(t.slice(range.index + range[0].length));
      return { hours: max, breakdown: rest.breakdown, range: { min, max } };
    }
  }
  const breakdown: Record<string, number> = {};
  const paren = /\(([^)]*)\)/.exec(t);
  const inner = paren ? (paren[1] ?? '') : '';
  const outer = paren ? t.slice(0, paren.index) : t;
  const source = paren ? inner : t;
  for (const m of source.matchAll(
    new RegExp(
      `${NUM}\\s*(?:${HOUR_UNIT})?\\s*(?:of\\s+)?([a-z][a-z -]*?)\\s*(?=[,;+/&)]|\\band\\b|$)`,
      'gi',
    ),
  )) {
    addPart(breakdown, m[2] ?? '', Number(m[1]));
  }
  for (const m of source.matchAll(new RegExp(`([a-z][a-z -]*?)\\s*[:=]\\s*${NUM}`, 'gi'))) {
    addPart(breakdown, m[1] ?? '', Number(m[2]));
  }
  const unit = new RegExp(`${NUM}\\s*${HOUR_UNIT}`, 'i');
  const parts = Object.values(breakdown);
  let hours: number | null = null;
  const stated = unit.exec(outer) ?? (paren ? null : unit.exec(t));
  // `14h lecture, 18h lab` states parts, not a total: a stated number followed by a word is a part.
  const statedIsPart = stated !== null && /^\s*[a-z]/i.test(t.slice(stated.index + stated[0].length));
  if (stated && (parts.length < 2 || paren || !statedIsPart)) hours = Number(stated[1]);
  else if (parts.length > 0) hours = parts.reduce((a, b) => a + b, 0);
  else if (!/\b(week|day|month)s?\b/i.test(outer)) {
    const bare = new RegExp(`^\\s*${NUM}\\b`).exec(outer);
    if (bare) hours = Number(bare[1]);
  }
  return { hours: hours !== null && Number.isFinite(hours) ? hours : null, breakdown };
}

const PICTOGRAPHS =
  /[\u231a\u231b\u23e9-\u23fa\u2600-\u27bf\u2b00-\u2bff]|\uFE0F|\u200d|[\u{1F000}-\u{1FAFF}]/gu;
const RANGE = new RegExp(`${NUM}\\s*(?:-|–|—|to)\\s*${NUM}\\s*${HOUR_UNIT}`, 'i');
const TOTAL_WORD = /^(?:total|overall|sum|in total)$/i;
// `Lecture 9 hours`, `Labs: 12 h`, `9 hours lecture`, `Build — 18 hours`
const NAME_FIRST = new RegExp(
  `^\\s*([a-z][a-z &/'-]{0,40}?)\\s*[:=\\-–—]?\\s*${NUM}\\s*${HOUR_UNIT}\\s*\\.?\\s*$`,
  'i',
);
const NUMBER_FIRST = new RegExp(
  `^\\s*${NUM}\\s*${HOUR_UNIT}\\s*(?:of\\s+)?([a-z][a-z &/'-]{0,40}?)\\s*\\.?\\s*$`,
  'i',
);

/**
 * R36: the templates' style — named parts joined by ` | `, `·`, `•` or ` + ` (`Lecture ⏱ 9 hours | Labs ⏱ 12
 * hours`) — gives their sum and the breakdown; a part named `total` is the total. Null when the text is not that.
 */
function joinedParts(t: string): Duration | null {
  const segments = t.split(/\s*[|·•]\s*|\s+\+\s+/).filter((x) => x.trim() !== '');
  if (segments.length < 2) return null;
  const breakdown: Record<string, number> = {};
  let total: number | null = null;
  let unread = 0;
  for (const segment of segments) {
    const m = NAME_FIRST.exec(segment);
    const n = m ? null : NUMBER_FIRST.exec(segment);
    const name = m ? m[1]! : n ? n[2]! : null;
    const value = m ? Number(m[2]) : n ? Number(n[1]) : NaN;
    if (name === null || !Number.isFinite(value)) {
      unread++;
      continue;
    }
    if (TOTAL_WORD.test(name.trim())) total = value;
    else addPart(breakdown, name, value);
  }
  const read = Object.keys(breakdown).length + (total === null ? 0 : 1);
  if (read === 0) return null;
  // Some parts named, some unreadable (`Lecture 9 hours | Labs TBD`): no partial number (the caller reports it).
  if (unread > 0) return { hours: null, breakdown: {} };
  const sum = Object.values(breakdown).reduce((a, b) => a + b, 0);
  return { hours: total ?? sum, breakdown };
}

function addPart(breakdown: Record<string, number>, rawName: string, value: number): void {
  const name = rawName.trim().toLowerCase().replace(/\s+/g, ' ');
  if (
    !name ||
    !Number.isFinite(value) ||
    /^(h|hrs?|hours?|total|weeks?|days?|months?|minutes?|mins?)$/.test(name)
  )
    return;
  if (name.split(' ').length > 3) return;
  breakdown[name] = (breakdown[name] ?? 0) + value;
}

/** `A, B; C and D / E` → five roles, as written (trimmed, no trailing period). */
export function parseRoles(text: string): string[] {
  const out: string[] = [];
  for (const part of text.slice(0, 2000).split(/\s*(?:[,;/|]|\band\b|\bor\b)\s*/i)) {
    const role = part.replace(/\.+$/, '').replace(/\s+/g, ' ').trim();
    if (role && !out.includes(role)) out.push(role);
  }
  return out;
}

/** `Principal AI Infrastructure Engineer` → `principal-ai-infrastructure-engineer`. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
