// The one notice an import leaves (R45): what was read, what changed on the map, and the problems of this import's
// files, in one message that replaces the previous import's — import messages never pile up over the map.
import { isSkippedFile } from '../domain/skippedFiles';
import type { Catalog, Diagnostic } from '../domain/types';
import type { Notice } from './types';

/** The notice slot every import writes to: a new import's notice replaces the last one. */
export const IMPORT_NOTICE_SLOT = 'import';

export interface ImportCounts {
  /** Files of this import that were read (picked files minus those refused before reading). */
  files: number;
  /** Files that gave at least one module or project. */
  documentsRead: number;
  added: string[];
  changed: string[];
  removed: string[];
  warnings: number;
  errors: number;
  /** Files skipped as not curriculum documents (R44). */
  skipped: number;
}

/**
 * R45: counts for one import. `paths` are the imported documents' paths; `rejected` the files refused before
 * reading. Diagnostics count when they name one of this import's files (the seeds' and older imports' do not).
 */
export function importCounts(
  catalog: Catalog,
  paths: readonly string[],
  rejected: readonly Diagnostic[],
  diff: { added: string[]; changed: string[]; removed: string[] },
): ImportCounts {
  const mine = new Set(paths);
  for (const d of rejected) if (d.file) mine.add(d.file);
  const read = new Set<string>();
  for (const node of catalog.nodes) for (const source of node.sources) if (mine.has(source)) read.add(source);
  let warnings = 0;
  let errors = 0;
  let skipped = 0;
  for (const d of catalog.diagnostics) {
    if (!d.file || !mine.has(d.file)) continue;
    if (isSkippedFile(d)) skipped++;
    else if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { files: paths.length, documentsRead: read.size, ...diff, warnings, errors, skipped };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function listed(label: string, ids: string[]): string {
  if (!ids.length) return '';
  return ` ${label}: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ` and ${ids.length - 6} more` : ''}.`;
}

/**
 * R45: "Imported 12 files: 3 documents read; nodes +2 added, 1 changed; 1 warning, 0 errors; 9 files skipped (not
 * curriculum documents)." followed by the ids, replaced versions, refused files and progress moves (`extra`).
 * Tone: `warning` when a file of this import gave an error (it stays until dismissed), else `info`.
 */
export function importNotice(counts: ImportCounts, extra: string[]): { tone: Notice['tone']; text: string } {
  const c = counts;
  const nodes = [`+${c.added.length} added`, `${c.changed.length} changed`];
  if (c.removed.length) nodes.push(`${c.removed.length} removed`);
  const text =
    `Imported ${plural(c.files, 'file')}: ${plural(c.documentsRead, 'document')} read; nodes ${nodes.join(', ')}; ` +
    `${plural(c.warnings, 'warning')}, ${plural(c.errors, 'error')}; ${plural(c.skipped, 'file')} skipped (not curriculum documents).` +
    listed('Added', c.added) +
    listed('Removed', c.removed) +
    listed('Changed', c.changed) +
    extra
      .filter(Boolean)
      .map((s) => ` ${s.trim()}`)
      .join('');
  return { tone: c.errors > 0 ? 'warning' : 'info', text };
}
