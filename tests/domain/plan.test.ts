import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { learningPlan, resolveGoal } from '../../src/domain/plan';
import type { Goal, Statuses } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

const ids = (plan: { items: { id: string }[] }) => plan.items.map((item) => item.id);
const keys = (plan: { items: { key: string }[] }) => plan.items.map((item) => item.key);

describe('resolveGoal', () => {
  const index = indexCatalog(
    catalogOf([
      node('MOD-1', { roles: ['Team Lead'] }),
      node('MOD-2', { key: 'MOD-2@a' }),
      node('MOD-2', { key: 'MOD-2@b' }),
    ]),
  );
  it('P1: an id names every node carrying it, case-insensitively; several ids may be comma-separated', () => {
    expect(resolveGoal(index, 'mod-2')).toEqual({ type: 'nodes', keys: ['MOD-2@a', 'MOD-2@b'] });
    expect(resolveGoal(index, 'MOD-1, MOD-2@b')).toEqual({ type: 'nodes', keys: ['MOD-1', 'MOD-2@b'] });
  });
  it('P1: anything else is a role name; an id-shaped unknown stays a node goal and is reported unknown', () => {
    expect(resolveGoal(index, ' team lead ')).toEqual({ type: 'role', role: 'team lead' });
    const goal = resolveGoal(index, 'MOD-99');
    expect(goal).toEqual({ type: 'nodes', keys: ['MOD-99'] });
    expect(learningPlan(index, {}, goal).unknown).toEqual(['MOD-99']);
    expect(learningPlan(index, {}, { type: 'role', role: 'Nobody' })).toMatchObject({
      items: [],
      unknown: ['Nobody'],
    });
  });
});

describe('learningPlan', () => {
  it('P2: the goal plus every prerequisite still to do; the walk stops at completed and skipped nodes', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-1'),
        node('MOD-2', { prerequisites: ['MOD-1'] }),
        node('MOD-3', { prerequisites: ['MOD-2'] }),
        node('MOD-4', { prerequisites: ['MOD-3'], next: ['MOD-9'] }),
        node('MOD-9'),
      ]),
    );
    const plan = learningPlan(index, { 'MOD-2': 'completed' }, { type: 'nodes', keys: ['MOD-4'] });
    // MOD-1 is MOD-2's own prerequisite: with MOD-2 done it is not left to do. MOD-9 is only `next`.
    expect(ids(plan)).toEqual(['MOD-3', 'MOD-4']);
    expect(ids(learningPlan(index, { 'MOD-3': 'skipped' }, { type: 'nodes', keys: ['MOD-4'] }))).toEqual([
      'MOD-4',
    ]);
    expect(ids(learningPlan(index, {}, { type: 'nodes', keys: ['MOD-4'] }))).toEqual([
      'MOD-1',
      'MOD-2',
      'MOD-3',
      'MOD-4',
    ]);
    expect(
      learningPlan(
        index,
        { 'MOD-4': 'completed', 'MOD-3': 'completed', 'MOD-2': 'completed', 'MOD-1': 'completed' },
        { type: 'nodes', keys: ['MOD-4'] },
      ).items,
    ).toEqual([]);
  });

  it('P3: ties among available items — eligible now first, then fewest hours (unknown = 0), then id, then key', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-0'),
        node('MOD-5', { hours: 1, prerequisites: ['MOD-0'] }), // blocked: MOD-0 not completed
        node('MOD-6', { hours: 30 }),
        node('MOD-7', { hours: null }),
        node('MOD-8', { hours: 30 }),
        node('MOD-3', { key: 'MOD-3@b', hours: 30 }),
        node('MOD-3', { key: 'MOD-3@a', hours: 30 }),
        node('GOAL-1', { prerequisites: ['MOD-5', 'MOD-6', 'MOD-7', 'MOD-8', 'MOD-3@b', 'MOD-3@a'] }),
      ]),
    );
    const plan = learningPlan(index, {}, { type: 'nodes', keys: ['GOAL-1'] });
    // MOD-0 (10 h, eligible) comes before MOD-3…; MOD-5 becomes available only after MOD-0 and is then not eligible now.
    expect(keys(plan)).toEqual(['MOD-7', 'MOD-0', 'MOD-3@a', 'MOD-3@b', 'MOD-6', 'MOD-8', 'MOD-5', 'GOAL-1']);
    expect(plan.items.map((i) => i.eligibleNow)).toEqual([true, true, true, true, true, true, false, false]);
    expect(plan.items[0]).toMatchObject({ hours: 0, hoursKnown: false });
  });

  it('P3: hours and cumulative hours; totalHours counts the items only', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-1', { hours: 12 }),
        node('MOD-2', { hours: 8, prerequisites: ['MOD-1'] }),
        node('MOD-3', { hours: 5, prerequisites: ['MOD-2'] }),
      ]),
    );
    const plan = learningPlan(index, { 'MOD-1': 'completed' }, { type: 'nodes', keys: ['MOD-3'] });
    expect(plan.items.map((i) => [i.id, i.hours, i.cumulativeHours])).toEqual([
      ['MOD-2', 8, 8],
      ['MOD-3', 5, 13],
    ]);
    expect(plan.totalHours).toBe(13);
  });

  it('P6: placeholders are listed (kind placeholder) and a completed placeholder is not', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-210', { kind: 'placeholder', hours: null }),
        node('MOD-705', { prerequisites: ['MOD-210'], roles: ['Principal'] }),
      ]),
    );
    const plan = learningPlan(index, {}, { type: 'role', role: 'principal' });
    expect(plan.items.map((i) => [i.id, i.kind, i.eligibleNow])).toEqual([
      ['MOD-210', 'placeholder', true],
      ['MOD-705', 'module', false],
    ]);
    expect(ids(learningPlan(index, { 'MOD-210': 'completed' }, { type: 'role', role: 'Principal' }))).toEqual(
      ['MOD-705'],
    );
  });

  it('P7: an id defined twice is two nodes (keys), each planned once', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-1', { key: 'MOD-1@lead' }),
        node('MOD-1', { key: 'MOD-1@principal' }),
        node('MOD-2', { prerequisites: ['MOD-1@principal'] }),
      ]),
    );
    const goal = resolveGoal(index, 'MOD-1');
    expect(keys(learningPlan(index, {}, goal))).toEqual(['MOD-1@lead', 'MOD-1@principal']);
    expect(
      keys(learningPlan(index, { 'MOD-1@lead': 'completed' }, { type: 'nodes', keys: ['MOD-2'] })),
    ).toEqual(['MOD-1@principal', 'MOD-2']);
  });

  it('P4: cycles are reported, never loop, and their nodes appear once, after what they need', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-0'),
        node('MOD-1', { prerequisites: ['MOD-0', 'MOD-3'] }),
        node('MOD-2', { prerequisites: ['MOD-1'] }),
        node('MOD-3', { prerequisites: ['MOD-2'] }),
        node('MOD-4', { prerequisites: ['MOD-3', 'MOD-4'] }),
        node('MOD-5', { prerequisites: ['MOD-4'] }),
      ]),
    );
    const plan = learningPlan(index, {}, { type: 'nodes', keys: ['MOD-5'] });
    expect(ids(plan)).toEqual(['MOD-0', 'MOD-1', 'MOD-2', 'MOD-3', 'MOD-4', 'MOD-5']);
    expect(plan.cycles.map((c) => [...c].sort())).toEqual(
      expect.arrayContaining([['MOD-1', 'MOD-2', 'MOD-3'], ['MOD-4']]),
    );
    expect(plan.cycles).toHaveLength(2);
  });

  it('P5: at a pace, an item spanning work hours [C, C′] runs from start+floor(7C/pace) to start+max(that, ceil(7C′/pace)−1) days', () => {
    const index = indexCatalog(
      catalogOf([
        node('MOD-1', { hours: 10 }),
        node('MOD-2', { hours: 0, prerequisites: ['MOD-1'] }),
        node('MOD-3', { hours: 1, prerequisites: ['MOD-2'] }),
        node('MOD-4', { hours: 29, prerequisites: ['MOD-3'] }),
      ]),
    );
    const plan = learningPlan(
      index,
      {},
      { type: 'nodes', keys: ['MOD-4'] },
      { hoursPerWeek: 10, startDate: '2025-02-24' },
    );
    expect(plan.items.map((i) => [i.id, i.start, i.finish])).toEqual([
      ['MOD-1', '2025-02-24', '2025-03-02'], // hours 0–10: days 0–6, a week
      ['MOD-2', '2025-03-03', '2025-03-03'], // zero hours: starts and finishes the same day
      ['MOD-3', '2025-03-03', '2025-03-03'], // hours 10–11: day 7 (0.7 of a day)
      ['MOD-4', '2025-03-03', '2025-03-23'], // hours 11–40: day 7 to day 27 (ceil(28)−1)
    ]);
    expect(plan.finish).toBe('2025-03-23');
  });

  it('P5: without a usable pace (none, ≤ 0 hours/week, bad date) there are no dates', () => {
    const index = indexCatalog(catalogOf([node('MOD-1')]));
    const goal: Goal = { type: 'nodes', keys: ['MOD-1'] };
    for (const pace of [
      undefined,
      { hoursPerWeek: 0, startDate: '2025-01-01' },
      { hoursPerWeek: 5, startDate: '2025-02-30' },
    ]) {
      const plan = learningPlan(index, {}, goal, pace);
      expect(plan.items[0]).toMatchObject({ start: null, finish: null });
      expect(plan.finish).toBeNull();
    }
  });

  it('P8: statuses are keyed by node key; in-progress items stay in the plan', () => {
    const index = indexCatalog(catalogOf([node('MOD-1'), node('MOD-2', { prerequisites: ['MOD-1'] })]));
    const statuses: Statuses = { 'MOD-1': 'in-progress' };
    expect(ids(learningPlan(index, statuses, { type: 'nodes', keys: ['MOD-2'] }))).toEqual([
      'MOD-1',
      'MOD-2',
    ]);
  });
});
