import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import type { Catalog, CurriculumNode } from '../../src/domain/types';
import { fixture, fixtures } from '../fixtures/docs/load';

const node = (c: Catalog, key: string) => c.nodes.find((n) => n.key === key) as CurriculumNode;
const edgeList = (c: Catalog) => c.edges.map((e) => `${e.from} -${e.type}-> ${e.to}`);

describe('merging sources into one catalog', () => {
  it("R10: a roadmap and its role's master plan make one node; the document wins single values", () => {
    const c = buildCatalog(fixtures('master-plan-cloud.yaml', 'roadmap-mod-301.md'));
    const n = node(c, 'MOD-301');
    expect(c.nodes.filter((x) => x.id === 'MOD-301')).toHaveLength(1);
    expect(n).toMatchObject({
      title: 'Cloud Foundations',
      hours: 40,
      roles: ['Cloud Architect'],
      level: 'senior',
    });
    expect(n.hoursBreakdown).toEqual({ lecture: 14, lab: 18, project: 6, assessment: 2 });
    expect(n.sources).toEqual(['roadmap-mod-301.md', 'master-plan-cloud.yaml']);
    expect(n.linkedProjects).toEqual(['PROJ-31']);
  });

  it('R10: prerequisite lists are unioned', () => {
    const n = node(buildCatalog(fixtures('roadmap-mod-301.md', 'master-plan-cloud.yaml')), 'MOD-301');
    expect(n.prerequisites).toEqual(['MOD-201', 'MOD-102', 'MOD-150']);
  });

  it('R10: every disagreement (title, hours, prerequisites, competencies) is reported', () => {
    const c = buildCatalog(
      fixtures('roadmap-mod-301.md', 'master-plan-cloud.yaml', 'project-plan-proj-31.md'),
    );
    const dis = c.diagnostics.filter((d) => d.code === 'disagreement');
    expect(dis.map((d) => [d.nodeId, d.message.split(':')[1]?.trim().split(' ')[0]])).toEqual([
      ['MOD-301', 'titles'],
      ['MOD-301', 'hours'],
      ['MOD-301', 'prerequisites'],
      ['PROJ-31', 'competencies'],
    ]);
    expect(dis[0]).toMatchObject({ file: 'master-plan-cloud.yaml', line: 6, severity: 'warning' });
    expect(dis[1]?.message).toContain('40');
    expect(dis[1]?.message).toContain('32');
  });

  it("R10: a document's competencies win; a master plan's bare names fill in only when it has none", () => {
    const c = buildCatalog(fixtures('project-plan-proj-31.md', 'master-plan-cloud.yaml'));
    expect(node(c, 'PROJ-31').competencies.map((x) => [x.key, x.level])).toEqual([
      ['cloud-architecture', 'Expert'],
    ]);
    expect(node(c, 'PROJ-32').competencies.map((x) => [x.key, x.level])).toEqual([['finops', null]]);
    const bare = fixture('project-plan-proj-31.md').text.replace(
      /## Competency Alignment[\s\S]*?## Project Narrative/,
      '## Project Narrative',
    );
    const filled = buildCatalog([{ path: 'bare.md', text: bare }, fixture('master-plan-cloud.yaml')]);
    expect(node(filled, 'PROJ-31').competencies.map((x) => x.key)).toEqual([
      'cloud-architecture',
      'governance',
    ]);
    expect(filled.diagnostics.filter((d) => d.code === 'disagreement')).toEqual([]);
  });

  it('R10: the same document given twice (a seed and its copy) is one node with both sources and no disagreement', () => {
    const doc = fixture('roadmap-mod-301.md');
    const c = buildCatalog([doc, { ...doc, path: 'copy/roadmap.txt' }]);
    expect(node(c, 'MOD-301').sources).toEqual(['copy/roadmap.txt', 'roadmap-mod-301.md']);
    expect(c.diagnostics.filter((d) => d.code === 'disagreement')).toEqual([]);
  });

  it('R15: two definitions of one id for different roles are both kept with distinct keys', () => {
    const c = buildCatalog(fixtures('project-plan-proj-01-platform.md', 'project-plan-proj-01-junior.md'));
    expect(c.nodes.map((n) => n.key)).toEqual([
      'PROJ-01@junior-engineer',
      'PROJ-01@platform-engineer',
      'MOD-001',
      'MOD-002',
    ]);
    expect(node(c, 'PROJ-01@junior-engineer')).toMatchObject({
      id: 'PROJ-01',
      title: 'Simple Model API',
      hours: 60,
    });
    expect(node(c, 'PROJ-01@platform-engineer')).toMatchObject({
      id: 'PROJ-01',
      title: 'Platform Bootstrap',
      hours: 30,
    });
  });

  it('R15: an id defined once keeps key = id', () => {
    const c = buildCatalog(fixtures('roadmap-mod-301.md'));
    expect(node(c, 'MOD-301').key).toBe('MOD-301');
  });

  it('R16: a reference resolves to the definition of the same role first', () => {
    const c = buildCatalog(
      fixtures(
        'project-plan-proj-01-platform.md',
        'project-plan-proj-01-junior.md',
        'roadmap-junior-001.md',
        'roadmap-platform-002.md',
      ),
    );
    expect(edgeList(c)).toContain('MOD-001 -next-> PROJ-01@junior-engineer');
    expect(edgeList(c)).toContain('MOD-002 -next-> PROJ-01@platform-engineer');
    expect(c.diagnostics.filter((d) => d.code === 'ambiguous-reference')).toEqual([]);
  });

  it('R16: a reference no role decides is linked to the first definition and reported', () => {
    const c = buildCatalog(
      fixtures(
        'project-plan-proj-01-platform.md',
        'project-plan-proj-01-junior.md',
        'project-plan-proj-31.md',
      ),
    );
    expect(edgeList(c)).toContain('PROJ-01@junior-engineer -prerequisite-> PROJ-31');
    expect(c.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'ambiguous-reference',
        file: 'project-plan-proj-31.md',
        nodeId: 'PROJ-31',
      }),
    );
  });

  it('R17: an id referenced but defined nowhere becomes a placeholder node', () => {
    const c = buildCatalog(fixtures('roadmap-junior-001.md'));
    expect(node(c, 'MOD-999')).toMatchObject({
      key: 'MOD-999',
      id: 'MOD-999',
      kind: 'placeholder',
      title: 'MOD-999',
      roles: [],
      hours: null,
    });
    expect(edgeList(c)).toContain('MOD-001 -next-> MOD-999');
  });

  it('R18: a prerequisite cycle is reported and the catalog still loads', () => {
    const c = buildCatalog(fixtures('cycle-a.md', 'cycle-b.md'));
    expect(c.nodes.map((n) => n.key)).toEqual(['MOD-501', 'MOD-502']);
    expect(edgeList(c).sort()).toEqual([
      'MOD-501 -prerequisite-> MOD-502',
      'MOD-502 -prerequisite-> MOD-501',
    ]);
    expect(c.diagnostics).toEqual([
      expect.objectContaining({
        code: 'cycle',
        file: 'cycle-a.md',
        message: expect.stringContaining('MOD-501, MOD-502'),
      }),
    ]);
  });

  it('R46: a cycle diagnostic names one link of the cycle with the file and line that state it', () => {
    const c = buildCatalog(fixtures('cycle-a.md', 'cycle-b.md'));
    const cycle = c.diagnostics.find((d) => d.code === 'cycle')!;
    // MOD-501 needs MOD-502, stated on line 6 of cycle-a.md.
    expect(cycle).toMatchObject({ file: 'cycle-a.md', line: 6, nodeId: 'MOD-501', severity: 'warning' });
    expect(cycle.message).toMatch(/MOD-501 needs MOD-502 \(stated in cycle-a\.md:6\)/);
  });

  it('R46: in a longer cycle beside a node outside it, the named link is one of the cycle and its line is the prerequisites label', () => {
    const loop = (id: string, prereq: string, line = 11) =>
      ({
        path: `loop/${id}.md`,
        text: [
          '# Module Roadmap',
          '',
          '> Fixture Loop | A module in a loop.',
          '',
          '## Module Overview',
          '',
          `- **Module ID**: ${id}`,
          `- **Module Title**: ${id} title`,
          '- **Target Role(s)**: Fixture Loop',
          '- **Duration**: 4 hours',
          ...(line === 11 ? [] : ['- **Level**: Working']),
          `- **Prerequisites**: ${prereq}`,
        ].join('\n'),
      }) as const;
    const c = buildCatalog([
      loop('MOD-300', 'None'),
      loop('MOD-303', 'MOD-302, MOD-300', 12),
      loop('MOD-301', 'MOD-303'),
      loop('MOD-302', 'MOD-301'),
    ]);
    const cycles = c.diagnostics.filter((d) => d.code === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ file: 'loop/MOD-301.md', line: 11, nodeId: 'MOD-301' });
    expect(cycles[0]!.message).toMatch(
      /^prerequisite cycle among MOD-301, MOD-302, MOD-303; MOD-301 needs MOD-303/,
    );
    expect(cycles[0]!.message).not.toMatch(/MOD-300/);
  });

  it('edges run from prerequisite to dependent and from a node to what comes next', () => {
    const c = buildCatalog(fixtures('roadmap-mod-301.md'));
    expect(edgeList(c)).toEqual([
      'MOD-201 -prerequisite-> MOD-301',
      'MOD-102 -prerequisite-> MOD-301',
      'MOD-301 -next-> MOD-302',
      'MOD-301 -next-> MOD-304',
    ]);
  });

  it('every node has every array field, so the JSON shape is stable', () => {
    const c = buildCatalog(fixtures('roadmap-junior-001.md', 'master-plan-flat.yaml'));
    for (const n of c.nodes) {
      for (const f of [
        'roles',
        'prerequisites',
        'prerequisiteSkills',
        'next',
        'competencies',
        'objectives',
        'sources',
        'crossRole',
        'outline',
        'activities',
        'assessments',
        'deliverables',
        'linkedProjects',
        'sections',
      ] as const) {
        expect(Array.isArray(n[f]), `${n.key}.${f}`).toBe(true);
      }
      expect(typeof n.hoursBreakdown).toBe('object');
    }
  });

  it('R14: a printed catalog reads back to the same nodes and edges', () => {
    const original = buildCatalog(
      fixtures(
        'roadmap-mod-301.md',
        'master-plan-cloud.yaml',
        'project-plan-proj-31.md',
        'project-plan-proj-01-platform.md',
        'project-plan-proj-01-junior.md',
        'cycle-a.md',
        'cycle-b.md',
      ),
    );
    const json = JSON.parse(JSON.stringify(original)) as Catalog;
    const back = buildCatalog([{ path: 'x.json', text: JSON.stringify(original) }]);
    expect(back.nodes).toEqual(json.nodes);
    expect(back.edges).toEqual(json.edges);
    expect(back.diagnostics.map((d) => d.code).sort()).toEqual(
      original.diagnostics.map((d) => d.code).sort(),
    );
  });

  it('R14: a printed catalog merged with documents is recomputed, keeping its nodes', () => {
    const printed = JSON.stringify(buildCatalog(fixtures('roadmap-mod-301.md')));
    const c = buildCatalog([{ path: 'saved.json', text: printed }, fixture('roadmap-variants.md')]);
    expect(c.nodes.filter((n) => n.kind !== 'placeholder').map((n) => n.key)).toEqual(['MOD-301', 'MOD-305']);
    expect(edgeList(c)).toContain('MOD-301 -prerequisite-> MOD-305');
  });

  it('the result does not depend on the order documents are given in', () => {
    const docs = fixtures(
      'roadmap-mod-301.md',
      'master-plan-cloud.yaml',
      'project-plan-proj-01-platform.md',
      'project-plan-proj-01-junior.md',
      'project-plan-proj-31.md',
    );
    const a = buildCatalog(docs);
    const b = buildCatalog([...docs].reverse());
    expect(b.nodes).toEqual(a.nodes);
    expect([...b.edges].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual(
      [...a.edges].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    );
  });
});
