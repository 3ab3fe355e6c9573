// Spawns a CLI the way `npm run --silent <name>` does (tsx), capturing stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Each run parses documents in a fresh tsx process; on a loaded 2-core machine that can take many seconds. */
export const CLI_TIMEOUT_MS = 120_000;

export const ROOT = join(import.meta.dirname, '..', '..');

export function runCli(
  script: 'plan' | 'gaps',
  args: string[],
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, `src/cli/${script}.ts`), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: CLI_TIMEOUT_MS,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
