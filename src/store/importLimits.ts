// Import limits (domain/limits.ts) applied to files picked or dropped in the page, checked before anything is
// read, so a huge file or folder never freezes the tab. Each refusal names the file.
import { MAX_FILES, SOURCE_EXTENSION_LIST, byteLimitFor } from '../domain/limits';
import type { Diagnostic, SourceDocument } from '../domain/types';

export interface CandidateFile {
  path: string;
  size: number;
}

/** Documents read for an import, with the files refused before reading. */
export type ScreenedDocuments = SourceDocument[] & { rejected?: Diagnostic[] };

function refusal(code: string, file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: null, nodeId: null, message, code };
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
          `not a curriculum document type ${SOURCE_EXTENSION_LIST}; skipped`,
        ),
        severity: 'info',
      });
    } else if (f.size > byteLimitFor(f.path)) {
      rejected.push(
        refusal(
          'too-large',
          f.path,
          `file is ${f.size} bytes (limit ${byteLimitFor(f.path)}); skipped without reading`,
        ),
      );
    } else if (accepted.length >= MAX_FILES) {
      overCount++;
      if (overCount <= 20)
        rejected.push(
          refusal('too-many-files', f.path, `more than ${MAX_FILES} files in one import; skipped`),
        );
    } else accepted.push(f);
  }
  if (overCount > 20)
    rejected.push(
      refusal(
        'too-many-files',
        '(more files)',
        `${overCount - 20} more files over the ${MAX_FILES}-file limit were skipped`,
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
