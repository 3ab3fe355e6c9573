// The README's command-line examples run as written in a fresh clone: every `npm run --silent …` line of its bash
// blocks, from a scratch folder that links the repository's package.json, sources and examples (so `> catalog.json`
// lands there, not in the repository). Nothing from ../shared is needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Lines starting with `npm run --silent` inside ```bash blocks, in order. */
function readmeCommands(markdown: string): string[] {
  const lines: string[] = [];
  for (const block of markdown.matchAll(/```bash\n([\s\S]*?)```/g))
    for (const line of block[1]!.split('\n'))
      if (line.startsWith('npm run --silent ')) lines.push(line.trim());
  return lines;
}

const commands = readmeCommands(readFileSync(join(REPO, 'README.md'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'readme-cli-'));
for (const name of ['package.json', 'node_modules', 'src', 'examples', 'tsconfig.json'])
  symlinkSync(join(REPO, name), join(scratch, name));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README command-line examples', () => {
  it('the README has command-line examples, and none reads ../shared', () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const c of commands) expect(c).not.toContain('../shared');
  });

  it.each(commands)(
    'exits 0 with output: %s',
    (command) => {
      const r = spawnSync('bash', ['-c', command], { cwd: scratch, encoding: 'utf8', timeout: 90_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // Output goes to stdout or, redirected, to a file in the scratch folder.
      const redirected = /> *(\S+)\s*(#.*)?$/.exec(command)?.[1];
      const out = redirected ? readFileSync(join(scratch, redirected), 'utf8') : r.stdout;
      expect(out.trim().length).toBeGreaterThan(0);
    },
    120_000,
  );
});
