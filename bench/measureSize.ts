// Gzip size of the initial JavaScript: the entry chunk of a vite build plus everything it imports
// statically (transitively), not the chunks loaded on demand with import().
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT =
  /(?:^|[;\n}])\s*import\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']|export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;

export interface SizeResult {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzipBytes: number;
  gzipKB: number;
}

export function initialJsSize(outDir: string): SizeResult {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = entries.map((src) => resolve(outDir, src.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec && spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
    }
  }
  const files = [...seen].sort().map((file) => {
    const buf = readFileSync(file);
    return {
      file: file.slice(outDir.length + 1),
      bytes: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
    };
  });
  const gzipBytes = files.reduce((s, f) => s + f.gzip, 0);
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes,
    gzipKB: Math.round((gzipBytes / 1024) * 10) / 10,
  };
}
