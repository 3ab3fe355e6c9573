// R19: the catalog CLI, spawned the way a user runs it (tsx on src/cli/catalog.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/types';
import { FIXTURE_DIR } from '../fixtures/docs/load';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const r = spawnSync(TSX, ['src/cli/catalog.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('catalog CLI', () => {
  it('R19: prints the catalog JSON for files and folders and exits 0 even with diagnostics', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-cli-'));
    writeFileSync(
      join(dir, 'roadmap.txt'),
      '# Module Roadmap\n\n- **Module ID**: MOD-9\n- **Module Title**: Nine\n- **Prerequisites**: MOD-8\n',
    );
    writeFileSync(join(dir, 'notes.bin'), 'ignored: not a source extension');
    writeFileSync(join(dir, 'empty.md'), '');
    const r = run(dir, join(FIXTURE_DIR, 'roadmap-mod-301.md'));
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Catalog;
    expect(Object.keys(c)).toEqual(['nodes', 'edges', 'diagnostics']);
    expect(c.nodes.filter((n) => n.kind !== 'placeholder').map((n) => n.id)).toEqual(['MOD-301', 'MOD-9']);
    const nine = c.nodes.find((n) => n.id === 'MOD-9');
    expect(nine).toMatchObject({
      key: 'MOD-9',
      kind: 'module',
      title: 'Nine',
      roles: [],
      hours: null,
      hoursBreakdown: {},
      prerequisites: ['MOD-8'],
      prerequisiteSkills: [],
      next: [],
      competencies: [],
      objectives: [],
    });
    expect(c.nodes.find((n) => n.id === 'MOD-8')?.kind).toBe('placeholder');
    expect(c.edges).toContainEqual({ from: 'MOD-8', to: 'MOD-9', type: 'prerequisite' });
    const empty = c.diagnostics.find((d) => d.code === 'empty-file');
    expect(empty).toMatchObject({ severity: 'info', line: null, nodeId: null });
    expect(empty?.file).toMatch(/empty\.md$/);
    expect(c.diagnostics.some((d) => d.file?.endsWith('notes.bin'))).toBe(false);
  }, 60_000);

  it('R19: an unreadable path is an error on stderr with a non-zero exit', () => {
    const r = run(join(FIXTURE_DIR, 'does-not-exist.md'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('does-not-exist.md');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('R19: no arguments is a usage error', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage');
  }, 60_000);
});
