import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { learningPlan } from '../../src/domain/plan';
import { eligibility, updateEligibility } from '../../src/domain/progress';
import type { CurriculumNode, Status, Statuses } from '../../src/domain/types';
import { STATUSES } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

interface RandomCatalog {
  nodes: CurriculumNode[];
  statuses: Statuses;
  goal: string[];
}

/** Random catalogs: ids collide on purpose (keys stay unique); acyclic when edges only point from lower to higher index. */
function randomCatalog(acyclic: boolean): fc.Arbitrary<RandomCatalog> {
  return fc.integer({ min: 1, max: 30 }).chain((n) =>
    fc
      .record({
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
        hours: fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), {
          minLength: n,
          maxLength: n,
        }),
        placeholders: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        statuses: fc.array(fc.constantFrom<Status>(...STATUSES), { minLength: n, maxLength: n }),
        goal: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
      })
      .map(({ edges, hours, placeholders, statuses, goal }) => {
        const keyOf = (i: number) => `MOD-${i % 7}@${i}`;
        const prerequisites: string[][] = Array.from({ length: n }, () => []);
        for (const [a, b] of edges) {
          if (acyclic && a >= b) continue;
          prerequisites[b]!.push(keyOf(a));
        }
        const nodes = Array.from({ length: n }, (_, i) =>
          node(`MOD-${i % 7}`, {
            key: keyOf(i),
            hours: hours[i]!,
            kind: placeholders[i] ? 'placeholder' : 'module',
            prerequisites: [...new Set(prerequisites[i])],
          }),
        );
        const statusMap: Statuses = {};
        statuses.forEach((status, i) => {
          if (status !== 'not-started') statusMap[keyOf(i)] = status;
        });
        return { nodes, statuses: statusMap, goal: goal.map(keyOf) };
      }),
  );
}

const done = (status: Status | undefined) => status === 'completed' || status === 'skipped';

/** P2 oracle: the ancestors still to do — recursion that stops at done nodes. */
function remainingAncestorsOf(
  nodes: CurriculumNode[],
  statuses: Statuses,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  if (done(statuses[key])) return seen;
  const n = nodes.find((candidate) => candidate.key === key)!;
  for (const prerequisite of n.prerequisites) {
    if (seen.has(prerequisite)) continue;
    seen.add(prerequisite);
    remainingAncestorsOf(nodes, statuses, prerequisite, seen);
  }
  return seen;
}

/** Marks `todo` completed wherever eligible (E1/E6) until nothing changes; returns the final statuses. */
function completeWhatCanBe(nodes: CurriculumNode[], statuses: Statuses, todo: Set<string>): Statuses {
  const current: Statuses = { ...statuses };
  for (let changed = true; changed;) {
    changed = false;
    for (const n of nodes) {
      if (!todo.has(n.key) || done(current[n.key])) continue;
      if (n.prerequisites.every((p) => done(current[p]))) {
        current[n.key] = 'completed';
        changed = true;
      }
    }
  }
  return current;
}

describe('learning plan properties on random catalogs', () => {
  it('P2/P3: an acyclic plan is exactly the goal nodes and ancestors still to do, each prerequisite (even transitive) first', () => {
    fc.assert(
      fc.property(randomCatalog(true), ({ nodes, statuses, goal }) => {
        const index = indexCatalog(catalogOf(nodes));
        const plan = learningPlan(index, statuses, { type: 'nodes', keys: goal });
        const wanted = new Set(goal);
        for (const key of goal)
          for (const ancestor of remainingAncestorsOf(nodes, statuses, key)) wanted.add(ancestor);
        const expected = [...wanted].filter((key) => !done(statuses[key])).sort();
        const keys = plan.items.map((item) => item.key);
        expect([...keys].sort()).toEqual(expected);
        const position = new Map(keys.map((key, i) => [key, i]));
        for (const key of keys) {
          for (const ancestor of remainingAncestorsOf(nodes, statuses, key)) {
            if (position.has(ancestor)) expect(position.get(ancestor)!).toBeLessThan(position.get(key)!);
          }
        }
        let running = 0;
        for (const item of plan.items) {
          running += item.hours;
          expect(item.cumulativeHours).toBe(running);
        }
        expect(plan.totalHours).toBe(running);
        expect(plan.cycles).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('P4: with cycles the plan still lists every unmet ancestor exactly once and reports a cycle when one exists', () => {
    fc.assert(
      fc.property(randomCatalog(false), ({ nodes, statuses, goal }) => {
        const index = indexCatalog(catalogOf(nodes));
        const plan = learningPlan(index, statuses, { type: 'nodes', keys: goal });
        const wanted = new Set(goal);
        for (const key of goal)
          for (const ancestor of remainingAncestorsOf(nodes, statuses, key)) wanted.add(ancestor);
        const keys = plan.items.map((item) => item.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual([...wanted].filter((key) => !done(statuses[key])).sort());
        const hasCycle = [...wanted].some(
          (key) => !done(statuses[key]) && remainingAncestorsOf(nodes, statuses, key).has(key),
        );
        expect(plan.cycles.length > 0).toBe(hasCycle);
        // Outside a cycle, a prerequisite still comes first.
        const inCycle = new Set(plan.cycles.flat());
        const position = new Map(keys.map((key, i) => [key, i]));
        for (const n of nodes) {
          for (const prerequisite of n.prerequisites) {
            if (inCycle.has(n.key) && inCycle.has(prerequisite)) continue;
            if (position.has(n.key) && position.has(prerequisite)) {
              expect(position.get(prerequisite)!).toBeLessThan(position.get(n.key)!);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('P2: the plan is exactly what must still be completed for the goal to become completed under E1/E6', () => {
    fc.assert(
      fc.property(randomCatalog(true), ({ nodes, statuses, goal }) => {
        const index = indexCatalog(catalogOf(nodes));
        const plan = learningPlan(index, statuses, { type: 'nodes', keys: goal });
        const items = new Set(plan.items.map((item) => item.key));
        // Sufficient: completing the items in plan order, each is eligible at its turn, and the goal ends completed.
        const current: Statuses = { ...statuses };
        for (const item of plan.items) {
          const n = nodes.find((candidate) => candidate.key === item.key)!;
          expect(n.prerequisites.every((p) => done(current[p]))).toBe(true);
          current[item.key] = 'completed';
        }
        for (const key of goal) expect(done(current[key])).toBe(true);
        // Necessary: leave any one item undone and, whatever else is completed, some goal node never completes.
        for (const left of items) {
          const others = new Set([...items].filter((key) => key !== left));
          const after = completeWhatCanBe(nodes, statuses, others);
          expect(goal.every((key) => done(after[key]))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('E4: incremental eligibility equals a full recomputation after every random status change', () => {
    fc.assert(
      fc.property(
        randomCatalog(false),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom<Status>(...STATUSES)), { minLength: 1, maxLength: 20 }),
        ({ nodes, statuses }, changes) => {
          const index = indexCatalog(catalogOf(nodes));
          let current: Statuses = { ...statuses };
          let incremental = eligibility(index, current);
          for (const [pick, status] of changes) {
            const key = nodes[pick % nodes.length]!.key;
            current = { ...current, [key]: status };
            incremental = updateEligibility(incremental, index, current, key);
            expect(incremental).toEqual(eligibility(index, current));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
