// Conformance: the CLIs on the real curriculum (../shared/curriculum, never copied into the repo)
// against an independent, deliberately naive computation over the same catalog.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import { buildCatalog } from '../../src/domain/catalog';
import { LEVELS, type Catalog } from '../../src/domain/types';
import { loadSources } from '../../src/cli/load-sources';
import { CLI_TIMEOUT_MS, ROOT, runCli } from './run-cli';

const CURRICULUM = join(ROOT, '..', 'shared', 'curriculum');
const present = besideRepo(CURRICULUM, 'plan and gaps CLIs on the real curriculum');

const fold = (role: string) => role.trim().replace(/\s+/g, ' ').toLowerCase();

/** P2: ancestors still to do — the walk stops at done nodes (their own prerequisites are not needed). */
function naiveAncestors(
  catalog: Catalog,
  key: string,
  done: Set<string>,
  seen = new Set<string>(),
): Set<string> {
  if (done.has(key)) return seen;
  for (const edge of catalog.edges) {
    if (edge.type === 'prerequisite' && edge.to === key && !seen.has(edge.from)) {
      seen.add(edge.from);
      naiveAncestors(catalog, edge.from, done, seen);
    }
  }
  return seen;
}

describe.skipIf(!present)(
  'plan and gaps CLIs on the real curriculum',
  { timeout: CLI_TIMEOUT_MS },
  async () => {
    const loaded = present ? await loadSources([CURRICULUM]) : { docs: [] };
    const catalog = buildCatalog(loaded.docs);
    const roles = [...new Set(catalog.nodes.flatMap((n) => n.roles))]
      .filter((r) => r.includes('AI Infrastructure'))
      .slice(0, 6);
    // Completed: every other node of the junior track, by id (so no plan is trivially empty).
    const doneIds = catalog.nodes
      .filter((n) => n.roles.some((r) => /junior/i.test(r)))
      .filter((_, i) => i % 2 === 0)
      .map((n) => n.id);
    const done = new Set(catalog.nodes.filter((n) => doneIds.includes(n.id)).map((n) => n.key));

    it('finds roles to plan for', () => {
      expect(roles.length).toBeGreaterThan(0);
    });

    it.each(roles.slice(0, 2))(
      'P2/P3: the plan for %s is the unmet role nodes and the ancestors still to do, prerequisites first',
      (role) => {
        const result = runCli('plan', [
          '--goal',
          role,
          '--done',
          doneIds.join(','),
          '--pace',
          '12',
          '--start',
          '2025-03-03',
          CURRICULUM,
        ]);
        expect(result.code, result.stderr).toBe(0);
        const out = JSON.parse(result.stdout) as {
          items: { key: string; hours: number; cumulativeHours: number }[];
          totalHours: number;
        };
        const goal = catalog.nodes
          .filter((n) => n.roles.some((r) => fold(r) === fold(role)))
          .map((n) => n.key);
        const wanted = new Set(goal);
        for (const key of goal) for (const a of naiveAncestors(catalog, key, done)) wanted.add(a);
        const expected = [...wanted].filter((k) => !done.has(k)).sort();
        const keys = out.items.map((i) => i.key);
        expect([...keys].sort()).toEqual(expected);
        const at = new Map(keys.map((k, i) => [k, i]));
        for (const edge of catalog.edges) {
          if (edge.type === 'prerequisite' && at.has(edge.from) && at.has(edge.to))
            expect(at.get(edge.from)!).toBeLessThan(at.get(edge.to)!);
        }
        const hours = new Map(catalog.nodes.map((n) => [n.key, n.hours ?? 0]));
        expect(out.totalHours).toBe(keys.reduce((sum, k) => sum + hours.get(k)!, 0));
      },
    );

    it.each(roles.slice(1, 3))('G1–G4: the gaps for %s match a naive computation', (role) => {
      const result = runCli('gaps', ['--role', role, '--done', doneIds.join(','), CURRICULUM]);
      expect(result.code, result.stderr).toBe(0);
      const out = JSON.parse(result.stdout) as {
        gaps: { competency: string; required: string; attained: string | null; closedBy: string[] }[];
        met: { competency: string }[];
      };
      const rank = (name: string | null) =>
        name === null ? -1 : LEVELS.indexOf(name as (typeof LEVELS)[number]);
      const roleNodes = catalog.nodes.filter((n) => n.roles.some((r) => fold(r) === fold(role)));
      const required = new Map<string, number>();
      for (const n of roleNodes)
        for (const c of n.competencies)
          if (c.range) required.set(c.key, Math.max(required.get(c.key) ?? -1, c.range.max));
      expect(new Set([...out.gaps, ...out.met].map((g) => g.competency))).toEqual(new Set(required.keys()));
      for (const gap of out.gaps) {
        expect(rank(gap.required)).toBe(required.get(gap.competency));
        let attained = -1;
        const closers = new Set<string>();
        for (const n of catalog.nodes) {
          for (const c of n.competencies) {
            if (c.key !== gap.competency || !c.range) continue;
            if (done.has(n.key)) attained = Math.max(attained, c.range.max);
            else if (c.range.max >= required.get(gap.competency)!) closers.add(n.id);
          }
        }
        expect(rank(gap.attained)).toBe(attained);
        expect(new Set(gap.closedBy)).toEqual(closers);
      }
    });
  },
);
