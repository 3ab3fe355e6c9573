// A tiny static server on 127.0.0.1 for the browser bench: /app/ → the app build, /base/ → the
// baseline build, /data/ → generated JSON and catalog files. Stopped by the harness with close().
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

export async function serve(
  roots: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, mount = '', ...rest] = path.split('/');
    const root = roots[mount];
    const rel = normalize(rest.join('/') || 'index.html');
    if (!root || rel.startsWith('..')) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(root, rel)).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
