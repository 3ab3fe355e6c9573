// Any-of prerequisite groups (R30), the eligibility rule over them (E7), the plan's choice (P9), and
// contradictions between prerequisite and next (R31).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import { buildCatalog } from '../../src/domain/catalog';
import { indexCatalog } from '../../src/domain/graph';
import { extractPrerequisites } from '../../src/domain/ids';
import { learningPlan } from '../../src/domain/plan';
import { eligibility, eligibilityOf, isEligibleNow } from '../../src/domain/progress';
import type { SourceDocument, Statuses } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

const FOLDER = join(import.meta.dirname, '..', 'fixtures', 'alternatives');
const folderDocs = (): SourceDocument[] =>
  readdirSync(FOLDER)
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(FOLDER, name), 'utf8') }));

/** The ../shared planning cases, when the repository is cloned beside them (like tests/conformance: absent in a fresh clone). */
const HAS_SHARED_CASES = besideRepo(
  join(import.meta.dirname, '..', '..', '..', 'shared', 'cases', 'planning'),
  'the ../shared planning cases (E7, R31)',
);
describe('R30: alternatives in a prerequisite value form any-of groups', () => {
  const groups = (text: string, selfId?: string) => extractPrerequisites(text, { selfId }).groups;
  it('R30: "A or B", "either A or B", "one of A, B", "any of A, B, C"', () => {
    expect(groups('MOD-741 or MOD-742 (either language)')).toEqual([['MOD-741', 'MOD-742']]);
    expect(groups('Either MOD-611 or MOD-612; MOD-613')).toEqual([['MOD-611', 'MOD-612'], ['MOD-613']]);
    expect(groups('One of MOD-741, MOD-742')).toEqual([['MOD-741', 'MOD-742']]);
    expect(groups('any of MOD-1, MOD-2, PROJ-3')).toEqual([['MOD-1', 'MOD-2', 'PROJ-3']]);
    expect(groups('MOD-101, MOD-102 or MOD-103')).toEqual([['MOD-101', 'MOD-102', 'MOD-103']]);
    expect(groups('MOD-100; any one of the following: MOD-101, MOD-102')).toEqual([
      ['MOD-100'],
      ['MOD-101', 'MOD-102'],
    ]);
    expect(groups('Module 301 or 302')).toEqual([['MOD-301', 'MOD-302']]);
    expect(groups('MOD-1 and/or MOD-2')).toEqual([['MOD-1', 'MOD-2']]);
  });
  it('R30: every id stays in `prerequisites`; ids in no group are required alone', () => {
    const read = extractPrerequisites('MOD-100, Docker fundamentals, MOD-101 or MOD-102');
    expect(read.ids).toEqual(['MOD-100', 'MOD-101', 'MOD-102']);
    expect(read.skills).toEqual(['Docker fundamentals']);
    expect(read.groups).toEqual([['MOD-100'], ['MOD-101', 'MOD-102']]);
  });
  it('R30: "or" that does not join single ids is not a group', () => {
    expect(groups('MOD-860 (Field Safety) or equivalent experience')).toEqual([['MOD-860']]);
    expect(groups('MOD-102 (cloud or on-prem provisioning), MOD-103')).toEqual([['MOD-102'], ['MOD-103']]);
    expect(groups('MOD-101 and MOD-102 or MOD-103')).toEqual([['MOD-101'], ['MOD-102'], ['MOD-103']]);
    expect(groups('MOD-001–003 or MOD-010')).toEqual([['MOD-001'], ['MOD-002'], ['MOD-003'], ['MOD-010']]);
    expect(groups('MOD-5 or MOD-6', 'MOD-5')).toEqual([['MOD-6']]);
  });
  it('R30: the catalog keeps `prerequisites` and adds `prerequisiteGroups`', () => {
    const catalog = buildCatalog(folderDocs());
    const m614 = catalog.nodes.find((n) => n.id === 'MOD-614')!;
    expect(m614.prerequisites).toEqual(['MOD-611', 'MOD-612', 'MOD-613']);
    expect(m614.prerequisiteGroups).toEqual([['MOD-611', 'MOD-612'], ['MOD-613']]);
  });
  it('R30: a master plan list item may hold alternatives; other items are required', () => {
    const text = [
      'role: Fixture Analyst',
      'modules:',
      '  - id: MOD-900',
      '    title: Base',
      '  - id: MOD-901',
      '    title: Next',
      '    prerequisites: ["MOD-898 or MOD-899", MOD-900]',
    ].join('\n');
    const catalog = buildCatalog([{ path: 'master-plan.yaml', text }]);
    const m901 = catalog.nodes.find((n) => n.id === 'MOD-901')!;
    expect(m901.prerequisiteGroups).toEqual([['MOD-898', 'MOD-899'], ['MOD-900']]);
  });
  it('R30/R14: the groups survive the catalog JSON round trip; an older catalog without them requires every id', () => {
    const catalog = buildCatalog(folderDocs());
    const back = buildCatalog([{ path: 'catalog.json', text: JSON.stringify(catalog) }]);
    expect(back.nodes.find((n) => n.id === 'MOD-614')!.prerequisiteGroups).toEqual([
      ['MOD-611', 'MOD-612'],
      ['MOD-613'],
    ]);
    const old = JSON.parse(JSON.stringify(catalog)) as { nodes: Record<string, unknown>[] };
    for (const n of old.nodes) delete n.prerequisiteGroups;
    const oldIndex = indexCatalog(buildCatalog([{ path: 'old.json', text: JSON.stringify(old) }]));
    expect(oldIndex.prerequisiteGroupsOf.get('MOD-614')).toEqual([['MOD-611'], ['MOD-612'], ['MOD-613']]);
  });
});

describe('E7: eligibility over any-of groups', () => {
  const index = indexCatalog(buildCatalog(folderDocs()));
  it('E7: a node is eligible when every group has a completed member', () => {
    const statuses: Statuses = { 'MOD-611': 'completed', 'MOD-613': 'completed' };
    expect(eligibilityOf(index, statuses, 'MOD-614')).toEqual({
      eligible: true,
      blockedBy: [],
      blockedByGroups: [],
    });
    expect(isEligibleNow(index, statuses, 'MOD-614')).toBe(true);
    expect(isEligibleNow(index, statuses, 'MOD-616')).toBe(true);
    expect(isEligibleNow(index, statuses, 'MOD-617')).toBe(true);
  });
  it('E7: an unmet group blocks as a group ("MOD-611 or MOD-612"); one completed member is enough', () => {
    const statuses: Statuses = { 'MOD-613': 'completed' };
    expect(eligibilityOf(index, statuses, 'MOD-614')).toEqual({
      eligible: false,
      blockedBy: ['MOD-611', 'MOD-612'],
      blockedByGroups: [['MOD-611', 'MOD-612']],
    });
    expect(eligibility(index, { 'MOD-612': 'completed' }).get('MOD-614')!.blockedByGroups).toEqual([
      ['MOD-613'],
    ]);
  });
  it.skipIf(!HAS_SHARED_CASES)(
    'E7: the ../shared case: with MOD-741 done both "or" forms are eligible',
    () => {
      const dir = join(
        import.meta.dirname,
        '..',
        '..',
        '..',
        'shared',
        'cases',
        'planning',
        'or-prerequisites',
      );
      const docs = readdirSync(dir).map((name) => ({
        path: name,
        text: readFileSync(join(dir, name), 'utf8'),
      }));
      const shared = indexCatalog(buildCatalog(docs));
      const statuses: Statuses = { 'MOD-741': 'completed' };
      expect(isEligibleNow(shared, statuses, 'MOD-743')).toBe(true);
      expect(isEligibleNow(shared, statuses, 'MOD-744')).toBe(true);
      expect(
        learningPlan(shared, statuses, { type: 'nodes', keys: ['MOD-743', 'MOD-744'] }).items.map(
          (i) => i.id,
        ),
      ).toEqual(['MOD-743', 'MOD-744']);
    },
  );
});

describe('P9: the plan chooses one member of each unmet group', () => {
  const index = indexCatalog(buildCatalog(folderDocs()));
  const ids = (statuses: Statuses, goal: string[]) =>
    learningPlan(index, statuses, { type: 'nodes', keys: goal }).items.map((i) => i.id);
  it('P9: plan --goal MOD-614 --done MOD-611,MOD-613 lists MOD-614 alone', () => {
    expect(ids({ 'MOD-611': 'completed', 'MOD-613': 'completed' }, ['MOD-614'])).toEqual(['MOD-614']);
  });
  it('P9: with nothing done, the member with the fewest total hours is chosen and the others named', () => {
    const plan = learningPlan(index, {}, { type: 'nodes', keys: ['MOD-614'] });
    expect(plan.items.map((i) => i.id)).toEqual(['MOD-613', 'MOD-612', 'MOD-614']);
    expect(plan.items.find((i) => i.id === 'MOD-612')!.alternatives).toEqual(['MOD-611']);
    expect(plan.choices).toEqual([{ dependent: 'MOD-614', chosen: 'MOD-612', alternatives: ['MOD-611'] }]);
  });
  it('P9: a member in progress is chosen over a cheaper one', () => {
    expect(ids({ 'MOD-611': 'in-progress' }, ['MOD-614'])).toEqual(['MOD-613', 'MOD-611', 'MOD-614']);
  });
  it("P9: a member's own unmet ancestors count towards its hours; ties go to the smaller id", () => {
    const catalog = catalogOf([
      node('MOD-1', { hours: 20 }),
      node('MOD-2', { hours: 5, prerequisites: ['MOD-1'] }),
      node('MOD-3', { hours: 10 }),
      node('MOD-4', { hours: 10 }),
      node('MOD-9', { hours: 1, prerequisites: ['MOD-2', 'MOD-3'], groups: [['MOD-2', 'MOD-3']] }),
      node('MOD-8', { hours: 1, prerequisites: ['MOD-4', 'MOD-3'], groups: [['MOD-4', 'MOD-3']] }),
    ]);
    const idx = indexCatalog(catalog);
    const goal = (k: string) => learningPlan(idx, {}, { type: 'nodes', keys: [k] }).items.map((i) => i.id);
    expect(goal('MOD-9')).toEqual(['MOD-3', 'MOD-9']); // MOD-2 is 5 h, but 25 h with MOD-1
    expect(goal('MOD-8')).toEqual(['MOD-3', 'MOD-8']); // 10 h each: MOD-3 by id
    expect(
      learningPlan(idx, { 'MOD-1': 'completed' }, { type: 'nodes', keys: ['MOD-9'] }).items.map((i) => i.id),
    ).toEqual(['MOD-2', 'MOD-9']);
  });
  it('P9: groups inside a cycle still give a plan (no loop, no exception)', () => {
    const catalog = catalogOf([
      node('MOD-1', { prerequisites: ['MOD-2', 'MOD-3'], groups: [['MOD-2', 'MOD-3']] }),
      node('MOD-2', { prerequisites: ['MOD-1', 'MOD-4'], groups: [['MOD-1', 'MOD-4']] }),
      node('MOD-3', { prerequisites: ['MOD-1'] }),
      node('MOD-4', {}),
    ]);
    const plan = learningPlan(indexCatalog(catalog), {}, { type: 'nodes', keys: ['MOD-1'] });
    expect(new Set(plan.items.map((i) => i.id)).has('MOD-1')).toBe(true);
  });
});

describe('R31: a node both prerequisite and next step of the same node', () => {
  const dir = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'shared',
    'cases',
    'planning',
    'prerequisite-and-next',
  );
  const docs = () =>
    readdirSync(dir).map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
  it.skipIf(!HAS_SHARED_CASES)(
    'R31: a contradiction warning names it; the prerequisite wins (no next edge, not in `next`)',
    () => {
      const catalog = buildCatalog(docs());
      const found = catalog.diagnostics.filter((d) => d.code === 'contradiction');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', file: 'm721.md', nodeId: 'MOD-721' });
      expect(found[0]!.message).toContain('MOD-722');
      expect(catalog.edges).toEqual([{ from: 'MOD-722', to: 'MOD-721', type: 'prerequisite' }]);
      expect(catalog.nodes.find((n) => n.id === 'MOD-721')!.next).toEqual([]);
    },
  );
  it('R31: the contradiction is found across documents too (next in one, prerequisite in the other)', () => {
    const a =
      '# Module Roadmap\n\n- **Module ID**: MOD-1\n- **Module Title**: A\n- **Next Module(s)**: MOD-2\n';
    const b =
      '# Module Roadmap\n\n- **Module ID**: MOD-2\n- **Module Title**: B\n- **Next Module(s)**: MOD-1\n- **Prerequisites**: None\n';
    const c =
      '# Module Roadmap\n\n- **Module ID**: MOD-1\n- **Module Title**: A\n- **Prerequisites**: MOD-2\n';
    const catalog = buildCatalog([
      { path: 'a.md', text: a },
      { path: 'b.md', text: b },
    ]);
    expect(catalog.diagnostics.filter((d) => d.code === 'contradiction')).toEqual([]);
    const both = buildCatalog([
      { path: 'a.md', text: a },
      { path: 'b.md', text: b },
      { path: 'c.md', text: c },
    ]);
    expect(both.diagnostics.filter((d) => d.code === 'contradiction')).toHaveLength(1);
    expect(both.edges.filter((e) => e.type === 'next')).toEqual([
      { from: 'MOD-2', to: 'MOD-1', type: 'next' },
    ]);
  });
});
