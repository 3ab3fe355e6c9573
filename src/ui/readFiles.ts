// Files, folders and drops → source documents. Only text formats the parser understands are read.
import { SOURCE_EXTENSIONS, isSourceFile } from '../domain/limits';
import { nextTask } from '../store/catalogSlice';
import { screenFiles, type ScreenedDocuments } from '../store/importLimits';
import type { SourceDocument } from '../domain/types';

export const ACCEPTED_EXTENSIONS: readonly string[] = SOURCE_EXTENSIONS;

interface NamedFile {
  file: File;
  path: string;
}

export function isAccepted(name: string): boolean {
  return isSourceFile(name);
}

/**
 * Files picked together can share a name (six `master-plan.yaml` from six folders picked one by one):
 * later ones get ` (2)`, ` (3)` so they do not replace each other within one import.
 */
export function uniquePaths(paths: string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((p) => {
    const n = (seen.get(p) ?? 0) + 1;
    seen.set(p, n);
    return n === 1 ? p : `${p} (${n})`;
  });
}

// reliability (issue 7): size/count limits checked before reading; refused files travel along as `rejected`.
async function toDocuments(files: NamedFile[]): Promise<ScreenedDocuments> {
  // A picked file's size is read from disk when first asked (~0.1 ms each): 3,000 of them in one go were a
  // 300–400 ms task. Only files of a readable type need it, and the work yields every few milliseconds.
  const sized: (NamedFile & { size: number })[] = [];
  let slice = performance.now();
  for (const f of files) {
    if (performance.now() - slice > SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
    sized.push({ ...f, size: isAccepted(f.path) ? f.file.size : 0 });
  }
  const { accepted, rejected } = screenFiles(sized, (path) => isAccepted(path));
  const paths = uniquePaths(accepted.map((f) => f.path));
  // Starting a read costs ~0.2 ms: 2,000 started at once were one long task, so they start in slices too.
  const reads: Promise<SourceDocument>[] = [];
  slice = performance.now();
  for (let i = 0; i < accepted.length; i++) {
    if (performance.now() - slice > SLICE_MS) {
      await nextTask();
      slice = performance.now();
    }
    const path = paths[i]!;
    reads.push(accepted[i]!.file.text().then((text) => ({ path, text })));
  }
  const docs: ScreenedDocuments = await Promise.all(reads);
  docs.rejected = rejected;
  return docs;
}

/** More files than this: the change event's task only lists them; screening and reading start in the next. */
const READ_BATCH = 100;
/** Main-thread work between yields while screening picked files (well under the 50 ms of a long task). */
const SLICE_MS = 12;

export async function filesToDocuments(list: FileList | File[]): Promise<ScreenedDocuments> {
  const files = [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  // The change event's own task stays short: a 3,000-file folder is screened and read in the tasks after it.
  if (files.length > READ_BATCH) await nextTask();
  return toDocuments(files);
}

/** A drop may hold files and whole folders; folders are walked through the entries API. */
export async function dataTransferToDocuments(dt: DataTransfer): Promise<ScreenedDocuments> {
  const entries = [...dt.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e !== null)) {
    const files: NamedFile[] = [];
    for (const entry of entries) if (entry) await walk(entry, files);
    return toDocuments(files);
  }
  return filesToDocuments(dt.files);
}

async function walk(entry: FileSystemEntry, out: NamedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ file, path });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries per call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}
