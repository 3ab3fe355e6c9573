import { describe, expect, it } from 'vitest';
import { burnUp, completionDate, goalScope } from '../../src/domain/burnup';
import { indexCatalog } from '../../src/domain/graph';
import type { Goal } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

// MOD-1 (10 h) → MOD-2 (20 h) → MOD-3 (30 h); MOD-9 (5 h) is off the path. 7 h/week = 1 h a day.
const index = indexCatalog(
  catalogOf([
    node('MOD-1', { hours: 10 }),
    node('MOD-2', { hours: 20, prerequisites: ['MOD-1'] }),
    node('MOD-3', { hours: 30, prerequisites: ['MOD-2'] }),
    node('MOD-9', { hours: 5 }),
  ]),
);
const goal: Goal = { type: 'nodes', keys: ['MOD-3'] };
const pace = { hoursPerWeek: 7, startDate: '2027-01-04' };
const at = (date: string) => [{ status: 'completed' as const, at: `${date}T10:00:00.000Z` }];

describe('burn-up data (BU1–BU8)', () => {
  it('BU2: the planned line runs from the day before the start (0 h) to the planned finish (all hours) at the pace', () => {
    const b = burnUp(index, {}, {}, goal, pace, '2027-01-04')!;
    expect(b.totalHours).toBe(60);
    expect(b.planned).toEqual([
      { date: '2027-01-03', hours: 0 },
      { date: '2027-03-04', hours: 60 }, // 60 h at 1 h a day: days 0–59, as P5 dates the plan
    ]);
    expect(b.plannedFinish).toBe('2027-03-04');
    expect(b.behindDays).toBe(0); // on the start day nothing is due yet
    expect(b.projectedFinish).toBe('2027-03-04');
  });

  it('BU3/BU4/BU5: one completion 8 days late → the actual line steps on its date; 6 days behind; the projection says so', () => {
    const b = burnUp(
      index,
      { 'MOD-1': 'completed' },
      { 'MOD-1': at('2027-01-12') },
      goal,
      pace,
      '2027-01-20',
    )!;
    expect(b.actual).toEqual([
      { date: '2027-01-03', hours: 0 },
      { date: '2027-01-12', hours: 10 },
      { date: '2027-01-20', hours: 10 },
    ]);
    expect(b.doneHours).toBe(10);
    expect(b.hoursLeft).toBe(50);
    // By the end of yesterday (day 15) the plan expected 16 h; 10 h is where the plan was at the end of day 9.
    expect(b.behindDays).toBe(6);
    expect(b.projectedFinish).toBe('2027-03-10'); // 50 h from today at 1 h a day: days 0–49
    expect(b.projected).toEqual([
      { date: '2027-01-20', hours: 10 },
      { date: '2027-03-10', hours: 60 },
    ]);
  });

  it('BU4: ahead of the plan gives negative days', () => {
    const b = burnUp(
      index,
      { 'MOD-1': 'completed', 'MOD-2': 'completed' },
      { 'MOD-1': at('2027-01-08'), 'MOD-2': at('2027-01-15') },
      goal,
      pace,
      '2027-01-21',
    )!;
    expect(b.doneHours).toBe(30);
    // 30 h is the plan at the end of day 29 (2027-02-02); yesterday was day 16: 13 days ahead.
    expect(b.behindDays).toBe(-13);
    expect(b.projectedFinish).toBe('2027-02-19');
  });

  it('BU5: once everything is done, the finish is the last completion and ahead/behind compares it to the plan', () => {
    const b = burnUp(
      index,
      { 'MOD-1': 'completed', 'MOD-2': 'completed', 'MOD-3': 'completed' },
      { 'MOD-1': at('2027-01-10'), 'MOD-2': at('2027-01-20'), 'MOD-3': at('2027-02-20') },
      goal,
      pace,
      '2027-06-01',
    )!;
    expect(b.projectedFinish).toBe('2027-02-20');
    expect(b.behindDays).toBe(-12);
    expect(b.projected).toEqual([]);
    expect(b.actual.at(-1)).toEqual({ date: '2027-02-20', hours: 60 });
  });

  it('BU1: skipped nodes leave the work (and what only they needed); completed ones stay in the scope', () => {
    const b = burnUp(index, { 'MOD-2': 'skipped' }, {}, goal, pace, '2027-01-04')!;
    expect(goalScope(index, { 'MOD-2': 'skipped' }, goal)).toEqual(['MOD-2', 'MOD-3']);
    expect(b.totalHours).toBe(30);
    expect(b.plannedFinish).toBe('2027-02-02');
    expect(goalScope(index, {}, null)).toEqual(['MOD-1', 'MOD-2', 'MOD-3', 'MOD-9']);
    expect(burnUp(index, {}, {}, null, pace, '2027-01-04')!.totalHours).toBe(65);
  });

  it('BU1: completed work behind a skipped node stays; a not-done prerequisite only behind done nodes leaves', () => {
    expect(goalScope(index, { 'MOD-1': 'completed', 'MOD-2': 'skipped' }, goal)).toEqual([
      'MOD-1',
      'MOD-2',
      'MOD-3',
    ]);
    expect(goalScope(index, { 'MOD-2': 'completed' }, goal)).toEqual(['MOD-2', 'MOD-3']);
    const b = burnUp(
      index,
      { 'MOD-2': 'completed' },
      { 'MOD-2': at('2027-01-10') },
      goal,
      pace,
      '2027-01-20',
    )!;
    expect([b.totalHours, b.doneHours, b.hoursLeft]).toEqual([50, 20, 30]);
  });

  it('BU6: a completion with no date is counted on the start date and reported', () => {
    const b = burnUp(index, { 'MOD-1': 'completed' }, {}, goal, pace, '2027-01-14')!;
    expect(b.undated).toBe(1);
    expect(b.actual[1]).toEqual({ date: '2027-01-04', hours: 10 });
    expect(b.behindDays).toBe(0);
  });

  it('BU3: the last completed change counts (a node reopened and completed again)', () => {
    const history = {
      'MOD-1': [
        { status: 'completed' as const, at: '2027-01-05T08:00:00Z' },
        { status: 'not-started' as const, at: '2027-01-06T08:00:00Z' },
        { status: 'completed' as const, at: '2027-01-09T08:00:00Z' },
      ],
    };
    expect(completionDate(history, 'MOD-1')).toBe('2027-01-09');
    expect(completionDate({ 'MOD-1': [{ status: 'completed', at: 'garbage' }] }, 'MOD-1')).toBeNull();
  });

  it('BU7: before the start date nothing is behind; completions before it put the learner ahead', () => {
    expect(burnUp(index, {}, {}, goal, pace, '2026-12-20')!.behindDays).toBe(0);
    const early = burnUp(
      index,
      { 'MOD-1': 'completed' },
      { 'MOD-1': at('2026-12-28') },
      goal,
      pace,
      '2026-12-30',
    )!;
    expect(early.behindDays).toBe(-10);
    expect(early.actual[0]).toEqual({ date: '2026-12-27', hours: 0 });
  });

  it('BU8: without a pace (or with a bad date) there is no burn-up', () => {
    expect(burnUp(index, {}, {}, goal, null, '2027-01-04')).toBeNull();
    expect(
      burnUp(index, {}, {}, goal, { hoursPerWeek: 0, startDate: '2027-01-04' }, '2027-01-04'),
    ).toBeNull();
    expect(burnUp(index, {}, {}, goal, pace, 'today')).toBeNull();
  });
  it('BU1 with P9: an any-of group counts only the member the plan takes, or the done one', () => {
    const alt = indexCatalog(
      catalogOf([
        node('MOD-201', { hours: 10 }),
        node('MOD-202', { hours: 100 }),
        {
          ...node('MOD-203', { hours: 10, prerequisites: ['MOD-201', 'MOD-202'] }),
          prerequisiteGroups: [['MOD-201', 'MOD-202']],
        },
      ]),
    );
    const g: Goal = { type: 'nodes', keys: ['MOD-203'] };
    expect(goalScope(alt, {}, g)).toEqual(['MOD-201', 'MOD-203']);
    expect(goalScope(alt, { 'MOD-201': 'completed' }, g)).toEqual(['MOD-201', 'MOD-203']);
    expect(goalScope(alt, { 'MOD-202': 'skipped' }, g)).toEqual(['MOD-202', 'MOD-203']);
    expect(burnUp(alt, {}, {}, g, pace, '2027-01-04')!.totalHours).toBe(20);
  });
});
