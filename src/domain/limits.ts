// Import limits, one copy for every reader: the command line (cli/load-sources.ts), the page's file picker and
// drop (store/importLimits.ts), and the parser itself (parse/guard.ts, in the worker too). Checked before anything
// is read where the size is known, so a huge file or folder never freezes the tab or the terminal (R13).

/** The document types the planner reads, by extension (lower case). */
export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt', '.yaml', '.yml', '.json'] as const;
/** Bytes per document file; larger ones are reported and skipped (also the parser's limit in characters). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * A built catalog (.json, as printed by `npm run catalog`) may be larger: the bench's 5,000-node catalog takes
 * 5.8 MB. JSON.parse is linear and runs in the worker, so this cannot stall the page.
 */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;
/** Files per import or CLI run; the rest are reported and skipped. */
export const MAX_FILES = 5000;

/** Whether a file name has one of SOURCE_EXTENSIONS (case-insensitive). */
export function isSourceFile(name: string): boolean {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** The byte limit for a file by its name: catalogs (.json) get MAX_CATALOG_BYTES, documents MAX_FILE_BYTES. */
export function byteLimitFor(path: string): number {
  return /\.json$/i.test(path) ? MAX_CATALOG_BYTES : MAX_FILE_BYTES;
}

/** "(.md, .markdown, .txt, .yaml, .yml, .json)" for messages. */
export const SOURCE_EXTENSION_LIST = `(${SOURCE_EXTENSIONS.join(', ')})`;

/** A pace (hours of study per week) the planner plans with: at least half an hour, at most the 168 hours of a week. */
export const MIN_PACE_HOURS = 0.5;
export const MAX_PACE_HOURS = 168;

/**
 * Why `hoursPerWeek` is not a pace to plan with, or null when it is (rule P10, docs/planning.md): a finite number
 * from MIN_PACE_HOURS to MAX_PACE_HOURS. A tiny pace would put every date centuries ahead; the CLI, the plan panel
 * and the share link use this one check.
 */
export function paceProblem(hoursPerWeek: number): string | null {
  if (!Number.isFinite(hoursPerWeek)) return 'the pace must be a number of hours per week';
  if (hoursPerWeek < MIN_PACE_HOURS || hoursPerWeek > MAX_PACE_HOURS)
    return `the pace must be from ${MIN_PACE_HOURS} to ${MAX_PACE_HOURS} hours per week (a week has ${MAX_PACE_HOURS} hours)`;
  return null;
}
