import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, runCli } from './run-cli';

const FIXTURES = 'tests/fixtures/plan';

interface GapsOutput {
  role: string;
  gaps: { competency: string; required: string; attained: string | null; gap: number; closedBy: string[] }[];
  met: { competency: string; required: string; attained: string | null; gap: number }[];
}

const gaps = (args: string[]): GapsOutput => {
  const result = runCli('gaps', args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as GapsOutput;
};

describe('gaps CLI', { timeout: CLI_TIMEOUT_MS }, () => {
  it('G1–G5: required from the role, attained from completed nodes, closers eligible first', () => {
    const out = gaps(['--role', 'Fixture Lead', '--done', 'MOD-101', FIXTURES]);
    expect(out.role).toBe('Fixture Lead');
    expect(out.gaps.map((g) => [g.competency, g.required, g.attained, g.gap, g.closedBy])).toEqual([
      ['culture', 'Advanced', null, 4, ['MOD-201', 'PROJ-101']],
      ['mentorship', 'Advanced', 'Working', 2, ['MOD-102', 'MOD-201']],
      ['performance-management', 'Working', null, 2, ['MOD-103']],
    ]);
    expect(out.met).toEqual([]);
  });

  it('G3: --skipped counts the skipped node’s levels as attained, like --done', () => {
    const done = gaps(['--role', 'Fixture Lead', '--done', 'MOD-101', FIXTURES]);
    const skipped = gaps(['--role', 'Fixture Lead', '--skipped', 'MOD-101', FIXTURES]);
    expect(skipped.gaps).toEqual(done.gaps);
    expect(skipped.met).toEqual(done.met);
  });

  it('G3/G6: a completed node of another role can meet the requirement', () => {
    const out = gaps(['--role', 'fixture lead', '--done', 'MOD-101,MOD-201,MOD-103', FIXTURES]);
    expect(out.gaps).toEqual([]);
    expect(out.met.map((g) => [g.competency, g.attained, g.gap])).toEqual([
      ['culture', 'Advanced', 0],
      ['mentorship', 'Expert', -1],
      ['performance-management', 'Working', 0],
    ]);
  });

  it('usage errors go to stderr with exit 2', () => {
    for (const args of [[FIXTURES], ['--role', 'Fixture Lead'], ['--role', 'X', '--pace', '3', FIXTURES]]) {
      const result = runCli('gaps', args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('usage:');
    }
  });
});
