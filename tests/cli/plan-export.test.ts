// X1–X7 through the CLI: `plan --format ics|csv` against the JSON plan of the same run, read back by ical.js.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import { parseIcs } from '../support/icalEvents';
import { CLI_TIMEOUT_MS, ROOT, runCli } from './run-cli';

const FIXTURES = 'tests/fixtures/plan';
const CURRICULUM = join(ROOT, '..', 'shared', 'curriculum');

interface JsonPlan {
  items: { id: string; key: string; title: string; hours: number; start: string; finish: string }[];
}

function run(args: string[]) {
  const result = runCli('plan', args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

function expectCalendarMatchesPlan(args: string[]) {
  const json = JSON.parse(run(args)) as JsonPlan;
  const ics = run([...args, '--format', 'ics', '--learner', 'Ana']);
  const { events } = parseIcs(ics);
  expect(json.items.length).toBeGreaterThan(0);
  expect(events).toHaveLength(json.items.length);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  events.forEach((event, i) => {
    const item = json.items[i]!;
    expect(event.allDay).toBe(true);
    expect(event.start).toBe(item.start);
    expect(event.end).toBe(dayAfter(item.finish));
    expect(event.summary.startsWith(`${item.id} `)).toBe(true);
  });
  return { json, ics, events };
}

describe('plan CLI --format', { timeout: CLI_TIMEOUT_MS }, () => {
  it('X1/X2: --format ics gives one all-day event per plan item with the JSON plan dates (fixtures)', () => {
    const { events, ics } = expectCalendarMatchesPlan([
      '--goal',
      'fixture lead',
      '--done',
      'MOD-103',
      '--pace',
      '7',
      '--start',
      '2027-01-04',
      FIXTURES,
    ]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(events.find((e) => e.summary.startsWith('MOD-101'))?.summary).toMatch(/^MOD-101 .+ \(10 h\)$/);
    // X3: the same run again gives the same UIDs.
    const again = parseIcs(
      run([
        '--goal',
        'fixture lead',
        '--done',
        'MOD-103',
        '--pace',
        '7',
        '--start',
        '2027-01-04',
        '--format',
        'ics',
        '--learner',
        'Ana',
        FIXTURES,
      ]),
    );
    expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it.skipIf(!besideRepo(CURRICULUM, 'plan exports on the real curriculum'))(
    'X1/X2: the same on the real curriculum (documents the suite did not write)',
    () => {
      expectCalendarMatchesPlan([
        '--goal',
        'AI Infrastructure Team Lead',
        '--done',
        'MOD-001,MOD-002',
        '--pace',
        '7',
        '--start',
        '2027-01-04',
        CURRICULUM,
      ]);
    },
  );

  it('X6: --format csv prints the plan rows with the JSON plan dates', () => {
    const args = ['--goal', 'PROJ-101', '--pace', '10', '--start', '2025-01-06', FIXTURES];
    const json = JSON.parse(run(args)) as JsonPlan;
    const lines = run([...args, '--format', 'csv'])
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,title,hours,cumulative hours,start,finish,status');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(json.items.map((i) => i.id));
    const last = json.items.at(-1)!;
    expect(lines.at(-1)).toContain(`,${last.start},${last.finish},not-started`);
  });

  it.each([
    [['--goal', 'MOD-101', '--format', 'pdf', FIXTURES], '--format must be one of json, ics, csv'],
    [['--goal', 'MOD-101', '--format', 'ics', FIXTURES], '--format ics needs --pace'],
  ])('X7: usage errors exit 2: %j', (args, message) => {
    const result = runCli('plan', args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
