// Issue 7 "done when": a held-out batch of mutated and hostile documents mixed with good ones, through the real
// CLI (`npm run --silent catalog <folder>`): exit 0, every good document's node present, every bad file named
// in a diagnostic, in well under 30 s.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/types';
import { ROOT } from './run-cli';

const GOOD_DIR = join(ROOT, 'tests', 'fixtures', 'hostile', 'good');
/** Node ids each good document must yield (read by eye from the files; not computed by the parser). */
const GOOD_IDS = ['MOD-951', 'MOD-952', 'MOD-953', 'PROJ-95', 'MOD-960', 'PROJ-96'];

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}

/** The bad half of the batch: file name → content. Each must be named in at least one diagnostic. */
function badFiles(): Record<string, string | Buffer> {
  const good1 = readFileSync(join(GOOD_DIR, 'roadmap-sec-1.md'), 'utf8');
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return {
    'binary.md': Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256))),
    'empty.md': '',
    'whitespace-only.txt': '   \n\n\t\n',
    'truncated-master-plan.yaml':
      'role: Security Analyst\nmodules:\n  - id: MOD-970\n    title: "Held-out unterminated\n    prerequisites: [MOD-9',
    'alias-bomb.yaml': aliasBomb(),
    'five-mb-line.md': '# Module Roadmap\n\n- **Module ID**: MOD-980\n' + 'A'.repeat(5 * 1024 * 1024) + '\n',
    'deep-nesting.md':
      '# Module Roadmap\n\n' +
      Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') +
      '\n',
    'deep-brackets.yaml': 'role: X\nmodules: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n',
    'README.md': '# My side project\n\nRun `npm install` and enjoy.\n',
    'package.json': JSON.stringify(
      { name: 'unrelated', version: '1.0.0', dependencies: { leftpad: '1.0.0' } },
      null,
      2,
    ),
    'invalid-utf8.md': Buffer.concat([
      Buffer.from('# Module Roadmap\n'),
      Buffer.from(Array.from({ length: 2048 }, (_, i) => (i % 2 ? 0xc3 : 0xff))),
    ]),
    // Mutations of a good document: its id line removed; cut off inside the overview; bytes flipped into junk.
    'mutated-no-id.md': good1.replace(/- \*\*Module ID\*\*:.*\n/, ''),
    'mutated-shuffled.md': good1
      .split('\n')
      .reverse()
      .join('\n')
      .replace(/Module ID|Module Roadmap/g, 'M0dule 1D'),
  };
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('held-out hostile batch through the catalog CLI', () => {
  it('exit 0, every good document loads, every bad file is named in a diagnostic, well under 30 s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-batch-'));
    made.push(dir);
    cpSync(GOOD_DIR, join(dir, 'good'), { recursive: true });
    const bad = badFiles();
    mkdirSync(join(dir, 'bad'));
    for (const [name, content] of Object.entries(bad)) writeFileSync(join(dir, 'bad', name), content);

    const started = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'catalog', '--', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `hostile batch: ${readdirSync(join(dir, 'good')).length} good + ${Object.keys(bad).length} bad files, CLI took ${seconds.toFixed(2)} s`,
    );

    expect(r.status, r.stderr).toBe(0);
    const catalog = JSON.parse(r.stdout) as Catalog;
    const ids = new Set(catalog.nodes.filter((n) => n.kind !== 'placeholder').map((n) => n.id));
    for (const id of GOOD_IDS) expect(ids.has(id), `${id} from the good documents`).toBe(true);
    const named = new Set(catalog.diagnostics.map((d) => d.file ?? ''));
    const unnamed = Object.keys(bad).filter((name) => ![...named].some((f) => f.endsWith(`bad/${name}`)));
    expect(
      unnamed,
      `bad files without a diagnostic naming them; diagnostics:\n${catalog.diagnostics.map((d) => `${d.file}: ${d.code}`).join('\n')}`,
    ).toEqual([]);
    // No good document is blamed for the bad ones beside it.
    expect(catalog.diagnostics.filter((d) => d.severity === 'error' && d.file?.includes('/good/'))).toEqual(
      [],
    );
    expect(seconds).toBeLessThan(30); // a hang guard, not a benchmark; the measured time is printed above
  }, 150_000);
});
