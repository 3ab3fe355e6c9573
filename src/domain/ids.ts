// Curriculum ids inside free text (R1–R5 in docs/curriculum-spec.md).
// Only MOD- and PROJ- ids exist in these curricula; a broader pattern would invent ids from
// `GPT-4` or `SHA-256`, so anything else stays free text.

export interface ExtractedIds {
  /** Ids in order of appearance, upper-cased, digit width kept, duplicates removed. */
  ids: string[];
  /** Comma/semicolon-separated parts that hold no id, trimmed, as written. */
  skills: string[];
}

export interface IdContext {
  /** The id of the node whose field is being read: it is dropped from the result (R5). */
  selfId?: string;
}

/** A range wider than this is not expanded (only its ends are kept): protects against `MOD-1–999999`. */
export const MAX_RANGE = 200;

const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2212]';
// MOD-302, PROJ-401–405, MOD-401-PROJ-405 (rare), MOD-509/510
// R2/R33: slugs too (`project-821-lighthouse-capstone`, `mod-301-intro`): the long prefixes need their dash.
const ID_RE = new RegExp(
  `\\b(MOD|PROJ|MODULE(?=${DASH})|PROJECT(?=${DASH}))\\s?${DASH}\\s?(\\d{1,6})(?:\\s*${DASH}\\s*(?:(?:MOD|PROJ)\\s?${DASH}\\s?)?(\\d{1,6})(?!\\d))?((?:\\s*/\\s*\\d{1,6}\\b)*)`,
  'gi',
);
// Modules 001-005, Project 01, Modules 007-008
const TAIL = `(?:\\s*(?:\\band\\b|&|\\bor\\b|/)\\s*\\d{1,6}(?:\\s*${DASH}\\s*\\d{1,6})?(?![\\w-]))*`;
const WORD_RE = new RegExp(
  `\\b(modules?|projects?)\\s+(?:#\\s*)?(\\d{1,6})(?:\\s*${DASH}\\s*(\\d{1,6})(?!\\d))?(?![\\w-])(${TAIL})`,
  'gi',
);
// A bare number continuing a word list: `Modules 001, 003-004`.
const BARE_RE = new RegExp(`^(?:(?:and|&|or)\\s+)?(\\d{1,6})(?:\\s*${DASH}\\s*(\\d{1,6}))?$`, 'i');
const TAIL_SPLIT = /\s*(?:\band\b|&|\bor\b|\/)\s*/i;

/** `001, 003-004 and 006` after `Modules`: every bare number or range, or null when the text is not that. */
function bareList(prefix: string, text: string): string[] | null {
  const out: string[] = [];
  for (const piece of text.split(TAIL_SPLIT)) {
    if (!piece.trim()) continue;
    const m = BARE_RE.exec(piece.trim());
    if (!m) return null;
    out.push(...expandRange(prefix, m[1] ?? '', m[2]));
  }
  return out.length ? out : null;
}

function prefixOf(word: string): 'MOD' | 'PROJ' {
  return /^mod/i.test(word) ? 'MOD' : 'PROJ';
}

/** Every id from `start` to `end`, keeping the width of the written digits (`001–005`). */
export function expandRange(prefix: string, start: string, end: string | undefined): string[] {
  const width = start.length;
  const a = Number(start);
  if (end === undefined) return [`${prefix}-${start}`];
  const b = Number(end);
  if (!(b >= a) || b - a > MAX_RANGE) return [`${prefix}-${start}`, `${prefix}-${end.padStart(width, '0')}`];
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(`${prefix}-${String(n).padStart(width, '0')}`);
  return out;
}

function idsInPart(part: string, carry: { prefix: 'MOD' | 'PROJ' | null }): string[] {
  const found: { at: number; ids: string[] }[] = [];
  for (const m of part.matchAll(ID_RE)) {
    const prefix = prefixOf(m[1] ?? 'MOD');
    const ids = expandRange(prefix, m[2] ?? '', m[3]);
    for (const extra of (m[4] ?? '')
      .split('/')
      .map((s) => s.trim())
      .filter(Boolean)) {
      ids.push(`${prefix}-${extra.padStart((m[2] ?? '').length, '0')}`);
    }
    found.push({ at: m.index, ids });
    carry.prefix = prefix === 'MOD' ? 'MOD' : 'PROJ';
  }
  for (const m of part.matchAll(WORD_RE)) {
    const prefix = prefixOf(m[1] ?? '');
    const ids = expandRange(prefix, m[2] ?? '', m[3]);
    ids.push(...(bareList(prefix, m[4] ?? '') ?? []));
    found.push({ at: m.index, ids });
    carry.prefix = prefix;
  }
  if (found.length === 0 && carry.prefix) {
    const bare = bareList(carry.prefix, part);
    if (bare) return bare;
  }
  if (found.length === 0) carry.prefix = null;
  return found.sort((x, y) => x.at - y.at).flatMap((f) => f.ids);
}

/**
 * Reads ids from a label value such as `MOD-102 (cloud provisioning), Projects 01-02, Module 006`.
 * Parts without an id are kept as free-text skills, never turned into ids.
 */
export function extractIds(text: string, context: IdContext = {}): ExtractedIds {
  const self = context.selfId?.toUpperCase();
  const ids: string[] = [];
  const skills: string[] = [];
  const seen = new Set<string>();
  const carry: { prefix: 'MOD' | 'PROJ' | null } = { prefix: null };
  // Split on commas/semicolons outside parentheses: `MOD-105 (Data Pipelines, Kafka)` is one part.
  for (const raw of splitTopLevel(text.slice(0, 20_000))) {
    const part = raw.trim();
    if (!part) continue;
    const partIds = idsInPart(part, carry);
    if (partIds.length === 0) {
      const skill = part.replace(/[.\s]+$/, '').trim();
      if (skill) skills.push(skill);
      continue;
    }
    for (const id of partIds) {
      if (id === self || seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
  }
  return { ids, skills };
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** True for a string that is exactly one id (`MOD-001`, `proj-01`). */
export function isId(text: string): boolean {
  return new RegExp(`^(MOD|PROJ)${DASH}\\d{1,6}$`, 'i').test(text.trim());
}

/** Canonical spelling of a single id: upper case, ASCII hyphen. */
export function normalizeId(text: string): string {
  return text.trim().toUpperCase().replace(new RegExp(DASH, 'g'), '-').replace(/\s+/g, '');
}

export interface ExtractedPrerequisites extends ExtractedIds {
  /**
   * R30: every id in `ids`, grouped: an inner list of one id is required; a longer list is an any-of
   * group (`MOD-741 or MOD-742`, `either …`, `one of A, B`, `any of A, B, C`): any one member satisfies it.
   */
  groups: string[][];
}

// `one of`, `any of`, `any one of`, `at least one of`, `either of`: the rest of the clause is one group.
const ANY_OF_RE = /\b(?:(?:at\s+least\s+|any\s+)?one|any|either)\s+of\b(?:\s+the\s+following)?\s*:?/i;
const OR_SPLIT = /\s*\b(?:and\s*\/\s*or|or)\b\s*/i;

/** Splits on `sep` outside parentheses and brackets (`MOD-105 (Data, Kafka)` is one part). */
function splitOutside(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && sep.test(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Text outside parentheses: `(either language)` or `(cloud or on-prem)` never forms a group. */
function outsideParens(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** The alternatives of `A or B or C` when each names exactly one id (a bare number continues the prefix). */
function orAlternatives(part: string, selfId: string | undefined): string[] | null {
  const pieces = outsideParens(part).split(OR_SPLIT);
  if (pieces.length < 2) return null;
  const ids: string[] = [];
  let prefix: string | null = null;
  for (const piece of pieces) {
    const found = extractIds(piece, { selfId }).ids;
    if (found.length === 0 && prefix && /^\s*\d{1,6}\s*$/.test(piece))
      found.push(`${prefix}-${piece.trim()}`);
    // `MOD-101 and MOD-102 or MOD-103` is not an any-of of single ids: every id stays required.
    if (found.length > 1) return null;
    if (found.length === 1) {
      ids.push(found[0]!);
      prefix = found[0]!.split('-')[0]!;
    }
  }
  return ids.length > 1 ? ids : null;
}

/**
 * R30: a prerequisite value → ids, free-text skills (as `extractIds`) and any-of groups.
 * Clauses are split on `;` (and line breaks); `one of` / `any of` takes the rest of its clause as one group;
 * otherwise each comma part with `or` between single ids is a group, and `A, B or C` (a list of bare ids
 * ending in `or`) is one group. Ids in no group are required alone, in order of appearance.
 */
export function extractPrerequisites(text: string, context: IdContext = {}): ExtractedPrerequisites {
  const { ids, skills } = extractIds(text, context);
  const self = context.selfId?.toUpperCase();
  const groups: string[][] = [];
  const grouped = new Set<string>();
  const addGroup = (list: string[]) => {
    const fresh = [...new Set(list)].filter((id) => id !== self && !grouped.has(id) && ids.includes(id));
    if (fresh.length < 2) return;
    fresh.forEach((id) => grouped.add(id));
    groups.push(fresh);
  };
  if (/\b(?:or|of)\b/i.test(text)) {
    for (const clause of splitOutside(text.slice(0, 20_000), /[;\n]/)) {
      const anyOf = ANY_OF_RE.exec(outsideParens(clause));
      if (anyOf) {
        const rest = outsideParens(clause).slice(anyOf.index + anyOf[0].length);
        addGroup(extractIds(rest, context).ids);
        continue;
      }
      const parts = splitOutside(clause, /,/);
      const last = parts[parts.length - 1] ?? '';
      // `A, B or C`: a list of single ids whose last part joins with `or` is one group.
      const lastAlternatives = parts.length > 1 ? orAlternatives(last, self) : null;
      const listOr =
        lastAlternatives !== null &&
        parts.slice(0, -1).every((p) => extractIds(p, context).ids.length === 1 && onlyIds(outsideParens(p)));
      if (listOr) {
        addGroup(parts.flatMap((p) => extractIds(p, context).ids));
        continue;
      }
      for (const part of parts) {
        const alternatives = orAlternatives(part, self);
        if (alternatives) addGroup(alternatives);
      }
    }
  }
  const byFirst = new Map<string, string[]>();
  for (const group of groups) byFirst.set(group[0]!, group);
  const ordered: string[][] = [];
  for (const id of ids) {
    if (byFirst.has(id)) ordered.push(byFirst.get(id)!);
    else if (!grouped.has(id)) ordered.push([id]);
  }
  return { ids, skills, groups: ordered };
}

/** True when nothing but ids, `either` and punctuation is left in a list part. */
function onlyIds(text: string): boolean {
  const rest = text
    .replace(ID_RE, ' ')
    .replace(WORD_RE, ' ')
    .replace(/\beither\b/gi, ' ');
  return !/[a-z]/i.test(rest);
}
