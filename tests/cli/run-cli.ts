// Spawns a CLI the way `npm run --silent <name>` does (tsx), capturing stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

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
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
