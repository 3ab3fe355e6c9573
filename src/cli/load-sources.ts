// Node-only: files and folders → SourceDocuments for the one domain parser (R19).
// Folders are searched recursively; order is deterministic; size and count are limited.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { diagnostic } from '../domain/parse/draft';
import { MAX_FILES, byteLimitFor, isSourceFile } from '../domain/limits';
import type { Diagnostic, SourceDocument } from '../domain/types';

export interface LoadedSources {
  docs: SourceDocument[];
  diagnostics: Diagnostic[];
  /** Paths given by the user that do not exist or cannot be read (a usage error for the CLIs). */
  unreadable: string[];
}

export async function loadSources(paths: string[], cwd: string = process.cwd()): Promise<LoadedSources> {
  const diagnostics: Diagnostic[] = [];
  const unreadable: string[] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) files.push(...(await walk(p)));
      else files.push(p);
    } catch {
      unreadable.push(p);
    }
  }
  const unique = [...new Set(files)].sort(byPath);
  if (unique.length > MAX_FILES) {
    diagnostics.push(
      diagnostic(
        'too-many-files',
        'error',
        null,
        `${unique.length} files found; only the first ${MAX_FILES} were read`,
      ),
    );
  }
  const docs: SourceDocument[] = [];
  for (const file of unique.slice(0, MAX_FILES)) {
    const shown = displayPath(file, cwd);
    try {
      const s = await stat(file);
      if (s.size > byteLimitFor(file)) {
        diagnostics.push(
          diagnostic(
            'too-large',
            'error',
            shown,
            `file is ${s.size} bytes (limit ${byteLimitFor(file)}); skipped`,
          ),
        );
        continue;
      }
      const bytes = await readFile(file);
      docs.push({ path: shown, text: decode(bytes) });
    } catch (err) {
      if (paths.includes(file)) unreadable.push(file);
      else
        diagnostics.push(
          diagnostic('unreadable', 'error', shown, `could not be read: ${(err as Error).message}`),
        );
    }
  }
  return { docs, diagnostics, unreadable };
}

// Invalid UTF-8 becomes U+FFFD, which the parser's binary check counts.
function decode(bytes: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const todo = [dir];
  while (todo.length) {
    const d = todo.pop() as string;
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) todo.push(full);
      else if (e.isFile() && isSourceFile(e.name)) out.push(full);
    }
    if (out.length > MAX_FILES * 2) break;
  }
  return out;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}
