// Import limits for files picked or dropped in the page: the same as the CLI (src/cli/load-sources.ts), checked
// before anything is read, so a huge file or folder never freezes the tab. Each refusal names the file.
import type { Diagnostic, SourceDocument } from '../domain/types';

/** Bytes per file (same as the CLI's MAX_FILE_BYTES). */
export const MAX_IMPORT_FILE_BYTES = 2 * 1024 * 1024;
/**
 * A built catalog (.json, as printed by `npm run catalog`) may be larger: the bench's 5,000-node catalog takes
 * 5.8 MB. It is parsed in the worker, so it does not freeze the page.
 */
export const MAX_IMPORT_CATALOG_BYTES = 16 * 1024 * 1024;
/** Files per import (same as the CLI's MAX_FILES). */
export const MAX_IMPORT_FILES = 5000;

export interface CandidateFile {
  path: string;
  size: number;
}

/** Documents read for an import, with the files refused before reading. */
export type ScreenedDocuments = SourceDocument[] & { rejected?: Diagnostic[] };

function refusal(code: string, file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: null, nodeId: null, message, code };
}

export function limitFor(path: string): number {
  return /\.json$/i.test(path) ? MAX_IMPORT_CATALOG_BYTES : MAX_IMPORT_FILE_BYTES;
}

/** Splits picked files into those to read and diagnostics for the rest (too large, too many, not a document type). */
export function screenFiles<T extends CandidateFile>(
  files: T[],
  isAccepted: (path: string) => boolean,
): { accepted: T[]; rejected: Diagnostic[] } {
  const accepted: T[] = [];
  const rejected: Diagnostic[] = [];
  let overCount = 0;
  for (const f of files) {
    if (!isAccepted(f.path)) {
      rejected.push({
        ...refusal(
          'unsupported-file',
          f.path,
          'not a curriculum document type (.md, .markdown, .txt, .yaml, .yml, .json); skipped',
        ),
        severity: 'info',
      });
    } else if (f.size > limitFor(f.path)) {
      rejected.push(
        refusal(
          'too-large',
          f.path,
          `file is ${f.size} bytes (limit ${limitFor(f.path)}); skipped without reading`,
        ),
      );
    } else if (accepted.length >= MAX_IMPORT_FILES) {
      overCount++;
      if (overCount <= 20)
        rejected.push(
          refusal('too-many-files', f.path, `more than ${MAX_IMPORT_FILES} files in one import; skipped`),
        );
    } else accepted.push(f);
  }
  if (overCount > 20)
    rejected.push(
      refusal(
        'too-many-files',
        '(more files)',
        `${overCount - 20} more files over the ${MAX_IMPORT_FILES}-file limit were skipped`,
      ),
    );
  return { accepted, rejected };
}

/** One line for the import notice: how many files were refused and the first few names. */
export function describeRejected(rejected: Diagnostic[]): string {
  const serious = rejected.filter((d) => d.severity !== 'info');
  if (!serious.length) return '';
  const names = serious.slice(0, 3).map((d) => `${d.file} (${d.code})`);
  const more = serious.length > 3 ? ` and ${serious.length - 3} more` : '';
  return ` Skipped ${serious.length} file${serious.length === 1 ? '' : 's'}: ${names.join(', ')}${more}; see Diagnostics.`;
}
