// Checks made before any parser sees a text (R13): empty, binary, oversized, gigantic lines.
import type { Diagnostic } from '../types';
import { MAX_CATALOG_BYTES, MAX_FILE_BYTES } from '../limits';
import { diagnostic } from './draft';

/** Texts longer than this are not parsed, in characters (domain/limits.ts: the files' byte limit). */
export const MAX_TEXT_LENGTH = MAX_FILE_BYTES;
/** A built catalog JSON (what `npm run catalog` prints) may be larger (domain/limits.ts). */
export const MAX_CATALOG_TEXT_LENGTH = MAX_CATALOG_BYTES;
/** Lines longer than this are cut before parsing so one line cannot stall the Markdown parser. */
export const MAX_LINE_LENGTH = 10_000;

export type Guarded =
  { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function guardText(path: string, raw: string): Guarded {
  if (typeof raw !== 'string')
    return { ok: false, diagnostics: [diagnostic('bad-file', 'error', path, 'document has no text', null)] };
  const limit = /^\uFEFF?\s*\{/.test(raw.slice(0, 256)) ? MAX_CATALOG_TEXT_LENGTH : MAX_TEXT_LENGTH;
  if (raw.length > limit) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'too-large',
          'error',
          path,
          `file is too large (${raw.length} characters; limit ${limit}); skipped`,
          null,
        ),
      ],
    };
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '')
    return {
      ok: false,
      diagnostics: [diagnostic('empty-file', 'info', path, 'skipped: file is empty', null)],
    };
  if (looksBinary(text))
    return {
      ok: false,
      diagnostics: [
        diagnostic('binary-file', 'info', path, 'skipped: file is binary or not UTF-8 text', null),
      ],
    };

  if (text.includes('\u0000')) {
    return {
      ok: true,
      text: text.split('\u0000').join(''),
      diagnostics: [
        diagnostic('control-characters', 'warning', path, 'stray NUL characters were removed', null),
      ],
    };
  }
  return { ok: true, text, diagnostics: [] };
}

/** Markdown only: lines over the limit are cut (JSON and YAML keep theirs; their parsers are linear). */
export function cutLongLines(path: string, text: string): { text: string; diagnostics: Diagnostic[] } {
  // A text no longer than the limit cannot hold a longer line: skip splitting it (most documents).
  if (text.length <= MAX_LINE_LENGTH) return { text, diagnostics: [] };
  let cut = 0;
  let firstLong: number | null = null;
  const lines = text.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.length > MAX_LINE_LENGTH) {
      cut++;
      firstLong ??= i + 1;
      lines[i] = l.slice(0, MAX_LINE_LENGTH);
    }
  }
  if (cut === 0) return { text, diagnostics: [] };
  return {
    text: lines.join('\n'),
    diagnostics: [
      diagnostic(
        'long-line',
        'warning',
        path,
        `${cut} line(s) longer than ${MAX_LINE_LENGTH} characters were cut`,
        firstLong,
      ),
    ],
  };
}

// Many NUL bytes, replacement or control characters (a decoded binary) mean not text; a stray
// one in a text document does not (it is removed and reported instead).
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let bad = 0;
  let nul = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) nul++;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  if (nul > 0 && (nul >= 8 || nul / sample.length > 0.005)) return true;
  return bad > 8 && bad / sample.length > 0.02;
}
