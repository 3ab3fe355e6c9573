import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { pathOfPlan, pathSubgraph } from '../../src/domain/path';
import { learningPlan } from '../../src/domain/plan';
import type { Goal } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

// MOD-1 → MOD-2 → MOD-4 ← MOD-3; MOD-5 (other role) needs MOD-1; MOD-2 suggests MOD-3 next.
const index = indexCatalog(
  catalogOf([
    node('MOD-1'),
    node('MOD-2', { prerequisites: ['MOD-1'], next: ['MOD-3'] }),
    node('MOD-3'),
    node('MOD-4', { prerequisites: ['MOD-2', 'MOD-3'], roles: ['Lead'] }),
    node('MOD-5', { prerequisites: ['MOD-1'], roles: ['Other'] }),
  ]),
);
const goal: Goal = { type: 'role', role: 'Lead' };

describe('pathSubgraph', () => {
  it('PT1: the path is exactly the plan items, numbered in plan order', () => {
    const path = pathSubgraph(index, {}, goal);
    const plan = learningPlan(index, {}, goal);
    expect(path.keys).toEqual(plan.items.map((i) => i.key));
    expect(new Set(path.keys)).toEqual(new Set(['MOD-1', 'MOD-2', 'MOD-3', 'MOD-4']));
    path.keys.forEach((key, i) => expect(path.order.get(key)).toBe(i + 1));
    expect(path.order.has('MOD-5')).toBe(false);
    expect(path.done).toEqual([]);
  });

  it('PT2: done prerequisites directly before the path are kept as context, with the links among them', () => {
    const path = pathSubgraph(index, { 'MOD-1': 'completed', 'MOD-3': 'completed' }, goal);
    expect(path.keys).toEqual(['MOD-2', 'MOD-4']);
    expect(path.done).toEqual(['MOD-1', 'MOD-3']);
    const links = path.edges.map((e) => `${e.type}:${e.from}->${e.to}`).sort();
    expect(links).toEqual([
      'next:MOD-2->MOD-3',
      'prerequisite:MOD-1->MOD-2',
      'prerequisite:MOD-2->MOD-4',
      'prerequisite:MOD-3->MOD-4',
    ]);
  });

  it('PT1: a goal already reached has an empty path; pathOfPlan reuses a plan computed elsewhere', () => {
    const statuses = {
      'MOD-1': 'completed',
      'MOD-2': 'completed',
      'MOD-3': 'completed',
      'MOD-4': 'completed',
    } as const;
    const plan = learningPlan(index, statuses, goal);
    const path = pathOfPlan(index, statuses, plan);
    expect(path.plan).toBe(plan);
    expect(path.keys).toEqual([]);
    expect(path.edges).toEqual([]);
  });

  it('PT2: an alternative of an any-of group the plan did not pick is neither on the path nor done context', () => {
    const anyOf = indexCatalog(
      catalogOf([
        node('MOD-A', { hours: 5 }),
        node('MOD-B', { hours: 50 }),
        { ...node('MOD-9', { prerequisites: ['MOD-A', 'MOD-B'] }), prerequisiteGroups: [['MOD-A', 'MOD-B']] },
      ]),
    );
    const target: Goal = { type: 'nodes', keys: ['MOD-9'] };
    const fresh = pathSubgraph(anyOf, {}, target);
    expect(fresh.keys).toEqual(['MOD-A', 'MOD-9']);
    expect(fresh.done).toEqual([]);
    const withB = pathSubgraph(anyOf, { 'MOD-B': 'skipped' }, target);
    expect(withB.keys).toEqual(['MOD-9']);
    expect(withB.done).toEqual(['MOD-B']);
    expect(withB.edges.map((e) => e.from)).toEqual(['MOD-B']);
  });
});
