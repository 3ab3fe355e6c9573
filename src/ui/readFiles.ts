// Files, folders and drops → source documents. Only text formats the parser understands are read.
import { SOURCE_EXTENSIONS, isSourceFile } from '../domain/limits';
import { screenFiles, type ScreenedDocuments } from '../store/importLimits';

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
  const { accepted, rejected } = screenFiles(
    files.map((f) => ({ ...f, size: f.file.size })),
    (path) => isAccepted(path),
  );
  const paths = uniquePaths(accepted.map((f) => f.path));
  const docs: ScreenedDocuments = await Promise.all(
    accepted.map(async (f, i) => ({ path: paths[i]!, text: await f.file.text() })),
  );
  docs.rejected = rejected;
  return docs;
}

export function filesToDocuments(list: FileList | File[]): Promise<ScreenedDocuments> {
  const files = [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
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
