import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/domain/csv';
import { indexCatalog } from '../../src/domain/graph';
import { learningPlan } from '../../src/domain/plan';
import { planIcs, planIcsSteps } from '../../src/domain/planCalendar';
import { planCsv, planEvents, planEventSummary, planEventUid } from '../../src/domain/planExport';
import type { Statuses } from '../../src/domain/types';
import { parseIcs } from '../support/icalEvents';
import { catalogOf, node } from './catalog-builder';

const index = indexCatalog(
  catalogOf([
    node('MOD-1', { title: 'Linux, "the" basics', hours: 10 }),
    node('MOD-2', { title: 'Containers', hours: 12, prerequisites: ['MOD-1'] }),
    node('MOD-3', { title: '=HYPERLINK("x")', hours: null, prerequisites: ['MOD-1', 'MOD-2'] }),
    node('MOD-1', { key: 'MOD-1@other/file.md', title: 'Other one', hours: 1.5 }),
  ]),
);
const pace = { hoursPerWeek: 7, startDate: '2027-01-04' };
const goal = { type: 'nodes' as const, keys: ['MOD-3', 'MOD-1@other/file.md'] };

function icsOf(statuses: Statuses, learner = 'profile-1') {
  const plan = learningPlan(index, statuses, goal, pace);
  const { events, error } = planEvents(index, plan, {
    learner,
    statuses,
    plannerUrl: 'https://planner.example/app/',
  });
  expect(error).toBeNull();
  const written = planIcs(events, { name: 'Learning plan: MOD-3', timestamp: Date.UTC(2027, 0, 1) });
  expect(written.error).toBeNull();
  return { plan, events, text: written.text!, parsed: parseIcs(written.text!) };
}

describe('plan → calendar (X1–X5)', () => {
  it('X1/X2: one all-day event per plan item; start = planned start, end = the day after the planned finish', () => {
    const { plan, parsed } = icsOf({});
    expect(plan.items.length).toBe(4);
    expect(parsed.name).toBe('Learning plan: MOD-3');
    expect(parsed.events).toHaveLength(plan.items.length);
    const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
    parsed.events.forEach((event, i) => {
      const item = plan.items[i]!;
      expect(event.allDay).toBe(true);
      expect(event.start).toBe(item.start);
      expect(event.end).toBe(dayAfter(item.finish!));
    });
    // 1.5 h at 1 h/day: day 0 to day 1; the 10-hour MOD-1 starts on day 1 (2027-01-05) and ends on day 11.
    expect(parsed.events.map((e) => [e.start, e.end])).toEqual([
      ['2027-01-04', '2027-01-06'],
      ['2027-01-05', '2027-01-16'],
      ['2027-01-15', '2027-01-28'],
      ['2027-01-27', '2027-01-28'],
    ]);
  });

  it('X4: summary "ID Title (12 h)"; unknown hours read "? h"; commas and quotes survive the round trip', () => {
    const { parsed } = icsOf({});
    expect(parsed.events.map((e) => e.summary)).toEqual([
      'MOD-1 Other one (1.5 h)',
      'MOD-1 Linux, "the" basics (10 h)',
      'MOD-2 Containers (12 h)',
      'MOD-3 =HYPERLINK("x") (? h)',
    ]);
  });

  it('X5: the description names the prerequisites (with their status), the planned dates and the planner link', () => {
    const { parsed } = icsOf({ 'MOD-2': 'in-progress' });
    const mod3 = parsed.events.find((e) => e.summary.startsWith('MOD-3'))!;
    expect(mod3.description).toContain(
      'Prerequisites: MOD-1 Linux, "the" basics; MOD-2 Containers (in progress)',
    );
    expect(mod3.description).toContain('Open in the planner: https://planner.example/app/');
    const mod1 = parsed.events.find((e) => e.summary.startsWith('MOD-1 Linux'))!;
    expect(mod1.description).toContain('Prerequisites: none');
    expect(mod1.description).toMatch(/Planned 2027-01-05 → 2027-01-15/);
  });

  it('X3: UIDs come from learner + node key: the same after progress changes, different per learner', () => {
    const before = icsOf({});
    const after = icsOf({ 'MOD-1': 'completed' });
    const uidOf = (r: typeof before) =>
      new Map(r.parsed.events.map((e) => [e.summary.split(' (')[0], e.uid]));
    const a = uidOf(before);
    const b = uidOf(after);
    expect(after.parsed.events).toHaveLength(3);
    for (const [summary, uid] of b) expect(a.get(summary)).toBe(uid);
    expect(new Set(before.parsed.events.map((e) => e.uid)).size).toBe(4);
    expect(planEventUid('profile-1', 'MOD-1@other/file.md')).toBe(
      planEventUid('profile-1', 'MOD-1@other/file.md'),
    );
    expect(planEventUid('profile-1', 'MOD-1@other/file.md')).toMatch(
      /^plan-[0-9a-f]{8}-MOD-1_40other_2ffile\.md@/,
    );
    expect(planEventUid('profile-2', 'MOD-1')).not.toBe(planEventUid('profile-1', 'MOD-1'));
    expect(icsOf({}, 'profile-2').parsed.events[0]!.uid).not.toBe(before.parsed.events[0]!.uid);
  });

  it('X7: a plan without dates gives no events and says why', () => {
    const plan = learningPlan(index, {}, goal);
    const result = planEvents(index, plan, { learner: 'x' });
    expect(result.events).toEqual([]);
    expect(result.error).toMatch(/set a pace/);
  });

  it('an empty plan is still a valid, empty calendar', () => {
    const plan = learningPlan(
      index,
      { 'MOD-1': 'completed', 'MOD-2': 'completed', 'MOD-3': 'completed' },
      {
        type: 'nodes',
        keys: ['MOD-3'],
      },
    );
    const { events } = planEvents(index, plan, { learner: 'x' });
    const written = planIcs(events, { name: 'Empty', timestamp: 0 });
    expect(parseIcs(written.text!).events).toEqual([]);
  });

  it('summary of an undescribed placeholder is its id alone', () => {
    const item = {
      ...learningPlan(index, {}, goal, pace).items[0]!,
      id: 'MOD-9',
      title: 'MOD-9',
      hoursKnown: false,
    };
    expect(planEventSummary(item)).toBe('MOD-9 (? h)');
  });
});

describe('plan → CSV (X6)', () => {
  it('X6: id, title, hours, cumulative hours, start, finish, status; RFC 4180 quoting; formulas defused', () => {
    const plan = learningPlan(index, { 'MOD-2': 'in-progress' }, goal, pace);
    const csv = planCsv(plan, { 'MOD-2': 'in-progress' });
    expect(csv.split('\r\n')).toEqual([
      'id,title,hours,cumulative hours,start,finish,status',
      'MOD-1,Other one,1.5,1.5,2027-01-04,2027-01-05,not-started',
      'MOD-1,"Linux, ""the"" basics",10,11.5,2027-01-05,2027-01-15,not-started',
      'MOD-2,Containers,12,23.5,2027-01-15,2027-01-27,in-progress',
      `MOD-3,"'=HYPERLINK(""x"")",,23.5,2027-01-27,2027-01-27,not-started`,
      '',
    ]);
  });

  it('X6: without a pace start and finish are empty; cells with line breaks are quoted', () => {
    const csv = planCsv(learningPlan(index, {}, { type: 'nodes', keys: ['MOD-2'] }));
    expect(csv).toContain('MOD-2,Containers,12,22,,,not-started');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('-5 apples')).toBe("'-5 apples");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });
});

describe('plan → calendar in steps', () => {
  it('X1: a 250-item plan is written in 3 steps (fractions rising to 1) and still parses as 250 events', () => {
    const nodes = Array.from({ length: 250 }, (_, i) =>
      node(`MOD-${1000 + i}`, { hours: 3, prerequisites: i > 0 ? [`MOD-${999 + i}`] : [] }),
    );
    const big = indexCatalog(catalogOf(nodes));
    const plan = learningPlan(big, {}, { type: 'nodes', keys: ['MOD-1249'] }, pace);
    const { events } = planEvents(big, plan, { learner: 'x' });
    const steps = planIcsSteps(events, { name: 'Big', timestamp: 0 });
    const fractions: number[] = [];
    let step = steps.next();
    while (!step.done) {
      fractions.push(step.value);
      step = steps.next();
    }
    expect(fractions).toEqual([0.4, 0.8, 1]);
    const parsed = parseIcs(step.value.text!);
    expect(parsed.events).toHaveLength(250);
    expect(parsed.events.map((e) => e.start)).toEqual(plan.items.map((i) => i.start));
    expect(step.value.text).toBe(planIcs(events, { name: 'Big', timestamp: 0 }).text);
    expect(step.value.text!.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
  });
});
