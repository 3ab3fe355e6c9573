import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, runCli } from './run-cli';

const FIXTURES = 'tests/fixtures/plan';

interface PlanOutput {
  goal: string;
  items: {
    id: string;
    key: string;
    title: string;
    kind: string;
    hours: number;
    cumulativeHours: number;
    start: string | null;
    finish: string | null;
    alternatives?: string[];
  }[];
  totalHours: number;
  finish: string | null;
  cycles: string[][];
  unknown: string[];
  unknownDone: string[];
}

const plan = (args: string[]): PlanOutput => {
  const result = runCli('plan', args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as PlanOutput;
};

describe('plan CLI', { timeout: CLI_TIMEOUT_MS }, () => {
  it('P3/P5: a role goal prints every item in order with hours, cumulative hours and dates at the pace', () => {
    const out = plan(['--goal', 'fixture lead', '--pace', '10', '--start', '2025-01-06', FIXTURES]);
    expect(out.goal).toBe('fixture lead');
    expect(out.items.map((i) => [i.id, i.hours, i.cumulativeHours, i.start, i.finish])).toEqual([
      ['MOD-099', 0, 0, '2025-01-06', '2025-01-06'], // placeholder: eligible now, no hours known
      ['MOD-103', 8, 8, '2025-01-06', '2025-01-11'],
      ['MOD-101', 10, 18, '2025-01-11', '2025-01-18'],
      ['MOD-102', 20, 38, '2025-01-18', '2025-02-01'],
      ['PROJ-101', 30, 68, '2025-02-01', '2025-02-22'],
    ]);
    expect(out.items[0]!.kind).toBe('placeholder');
    expect(out.totalHours).toBe(68);
    expect(out.finish).toBe('2025-02-22');
  });

  it('--done marks ids completed (case-insensitive); without --pace dates are null; unknown done ids are listed', () => {
    const out = plan(['--goal', 'PROJ-101', '--done', 'mod-101,MOD-103,MOD-777', FIXTURES]);
    expect(out.items.map((i) => i.id)).toEqual(['MOD-099', 'MOD-102', 'PROJ-101']);
    expect(out.totalHours).toBe(50);
    expect(out.items.every((i) => i.start === null && i.finish === null)).toBe(true);
    expect(out.unknownDone).toEqual(['MOD-777']);
  });

  it('P2: --skipped marks ids skipped: `plan --goal MOD-201 --skipped MOD-101` lists MOD-201 alone', () => {
    const out = plan(['--goal', 'MOD-201', '--skipped', 'mod-101,MOD-778', FIXTURES]);
    expect(out.items.map((i) => i.id)).toEqual(['MOD-201']);
    expect((out as PlanOutput & { unknownSkipped: string[] }).unknownSkipped).toEqual(['MOD-778']);
  });

  it('P2: a completed node’s own prerequisites are not in the plan (the walk stops at it)', () => {
    // MOD-102 needs MOD-101; with MOD-102 done, the plan to PROJ-101 does not bring MOD-101 back.
    const out = plan(['--goal', 'PROJ-101', '--done', 'MOD-102', FIXTURES]);
    expect(out.items.map((i) => i.id)).not.toContain('MOD-101');
  });

  it('--pace without --start starts today (read in the CLI shell only)', () => {
    const today = new Date().toISOString().slice(0, 10);
    const out = plan(['--goal', 'MOD-201', '--pace', '6', FIXTURES]);
    expect(out.items.map((i) => i.id)).toEqual(['MOD-101', 'MOD-201']);
    expect(out.items[0]!.start).toBe(today);
  });

  it('P4: cycles are reported and the plan still ends', () => {
    const out = plan(['--goal', 'Fixture Loop', `${FIXTURES}/cycle`]);
    expect(out.items.map((i) => i.id)).toEqual(['MOD-300', 'MOD-301', 'MOD-302', 'MOD-303']);
    expect(out.cycles).toEqual([['MOD-301', 'MOD-302', 'MOD-303']]);
  });

  it('an unknown goal gives an empty plan that names it, not a failure', () => {
    const out = plan(['--goal', 'Astronaut', FIXTURES]);
    expect(out).toMatchObject({ items: [], totalHours: 0, unknown: ['Astronaut'] });
  });

  it.each([
    [['--pace', '10', FIXTURES], '--goal is required'],
    [['--goal', 'MOD-101'], 'at least one file'],
    [['--goal', 'MOD-101', '--pace', '-3', FIXTURES], '--pace'],
    [['--goal', 'MOD-101', '--pace', '0.01', FIXTURES], 'from 0.5 to 168 hours per week'],
    [['--goal', 'MOD-101', '--pace', '200', FIXTURES], 'from 0.5 to 168 hours per week'],
    [['--goal', 'MOD-101', '--pace', '5', '--start', '2025-02-30', FIXTURES], '--start'],
    [['--goal', 'MOD-101', '--bogus', 'x', FIXTURES], 'bogus'],
    [['--goal', 'MOD-101', 'tests/fixtures/plan/nope'], 'nope'],
  ])('usage errors go to stderr with exit 2: %j', (args, message) => {
    const result = runCli('plan', args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('P9: --goal MOD-614 --done MOD-611,MOD-613 ("Either MOD-611 or MOD-612; MOD-613") lists MOD-614 alone', () => {
    const out = plan(['--goal', 'MOD-614', '--done', 'MOD-611,MOD-613', 'tests/fixtures/alternatives']);
    expect(out.items.map((i) => i.id)).toEqual(['MOD-614']);
  });

  it('P9: the output names the chosen alternative and the others', () => {
    const result = runCli('plan', ['--goal', 'MOD-614', 'tests/fixtures/alternatives']);
    const out = JSON.parse(result.stdout) as PlanOutput & {
      choices: { for: string; chosen: string; alternatives: string[] }[];
    };
    expect(out.items.map((i) => [i.id, i.alternatives])).toEqual([
      ['MOD-613', []],
      ['MOD-612', ['MOD-611']],
      ['MOD-614', []],
    ]);
    expect(out.choices).toEqual([{ for: 'MOD-614', chosen: 'MOD-612', alternatives: ['MOD-611'] }]);
  });
});
