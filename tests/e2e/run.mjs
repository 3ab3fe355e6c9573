#!/usr/bin/env node
// Browser tests: build if needed, serve dist/ with `vite preview`, run the node:test specs in real Chromium,
// and stop the server by its PID whatever happens. Exits with the test runner's code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The whole suite normally takes well under 3 minutes; past this it is stopped and fails. */
const SUITE_LIMIT_MS = Number(process.env.E2E_SUITE_LIMIT_MS ?? 15 * 60_000);

function log(line) {
  process.stdout.write(`[e2e] ${line}\n`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

if (!existsSync(CHROMIUM)) {
  log(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) and re-run.`);
  process.exit(1);
}

// E2E_OUT_DIR serves another build folder (used to check the harness itself); default dist/.
const outDir = process.env.E2E_OUT_DIR ? resolve(process.env.E2E_OUT_DIR) : join(root, 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  log('dist/ missing: building first (vite build)');
  const build = spawnSync(bin('vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    log(`build failed with code ${build.status}`);
    process.exit(build.status ?? 1);
  }
}

const specs = readdirSync(join(root, 'tests', 'e2e'))
  .filter((f) => f.endsWith('.spec.ts'))
  .filter((f) => !process.env.E2E_ONLY || f.includes(process.env.E2E_ONLY))
  .sort()
  .map((f) => join('tests', 'e2e', f));
if (specs.length === 0) {
  log('no spec files found in tests/e2e');
  process.exit(1);
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}/`;
const server = spawn(
  bin('vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
log(`vite preview started, pid ${server.pid}, ${baseUrl}`);

let stopped = false;
function stopServer() {
  if (stopped) return;
  stopped = true;
  if (server.exitCode === null && server.pid) {
    try {
      process.kill(server.pid, 'SIGTERM');
      log(`stopped vite preview (pid ${server.pid})`);
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
}

let code = 1;
try {
  await waitForHttp(baseUrl, server, 30_000);
  const started = Date.now();
  const tests = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-timeout=120000',
      '--test-reporter=spec',
      ...specs,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      // Own process group, so a hung spec (and the Chromium it started) can be stopped as a whole by its PID.
      detached: true,
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_CHROMIUM: CHROMIUM },
    },
  );
  const guard = setTimeout(() => {
    log(
      `browser tests still running after ${SUITE_LIMIT_MS / 1000} s: stopping them (process group ${tests.pid})`,
    );
    try {
      process.kill(-tests.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, SUITE_LIMIT_MS);
  code = await new Promise((ok) => tests.on('exit', (c, sig) => ok(c ?? (sig ? 1 : 0))));
  clearTimeout(guard);
  log(`browser tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s with exit code ${code}`);
} catch (err) {
  log(String(err instanceof Error ? err.message : err));
  if (serverLog) log(`vite preview output:\n${serverLog}`);
  code = 1;
} finally {
  stopServer();
}
process.exit(code);
