// R44: which diagnostics mean "this whole file was skipped: it is not a curriculum document". A repository import
// yields thousands of them; the page summarizes them in one line instead of one row each.
import type { Diagnostic } from './types';

/** Codes (all `info`) for a file that holds no curriculum: unrelated text, another file type, empty or binary. */
export const SKIPPED_FILE_CODES: ReadonlySet<string> = new Set([
  'not-curriculum',
  'unsupported-file',
  'empty-file',
  'binary-file',
]);

/** R44: whether `d` says a file was skipped as not a curriculum document (an `error` never is). */
export function isSkippedFile(d: Diagnostic): boolean {
  return d.severity === 'info' && SKIPPED_FILE_CODES.has(d.code);
}

/**
 * R44: diagnostics split into the skipped files (one per file, in order) and everything else (kept in order).
 * Pure; O(n).
 */
export function splitSkippedFiles(diagnostics: readonly Diagnostic[]): {
  skipped: Diagnostic[];
  rest: Diagnostic[];
} {
  const skipped: Diagnostic[] = [];
  const rest: Diagnostic[] = [];
  for (const d of diagnostics) (isSkippedFile(d) ? skipped : rest).push(d);
  return { skipped, rest };
}
