import { describe, expect, it } from 'vitest';
import { parseDocument, detectKind } from '../../src/domain/parse/index';
import { parseDuration, parseRoles } from '../../src/domain/parse/values';
import type { CurriculumNode } from '../../src/domain/types';
import { fixture } from '../fixtures/docs/load';

function only(path: string, text?: string): CurriculumNode {
  const doc = text === undefined ? fixture(path) : { path, text };
  const parsed = parseDocument(doc);
  expect(parsed.drafts).toHaveLength(1);
  return (parsed.drafts[0] as { node: CurriculumNode }).node;
}

describe('module roadmaps and project plans', () => {
  it('reads every overview field of a module roadmap', () => {
    const n = only('roadmap-mod-301.md');
    expect(n).toMatchObject({
      id: 'MOD-301',
      kind: 'module',
      title: 'Cloud Foundations',
      roles: ['Cloud Architect'],
      hours: 40,
      hoursBreakdown: { lecture: 14, lab: 18, project: 6, assessment: 2 },
      prerequisites: ['MOD-201', 'MOD-102'],
      prerequisiteSkills: ['Docker fundamentals'],
      next: ['MOD-302', 'MOD-304'],
      summary: 'Cloud Architect | Module 301 fixture written for the parser tests.',
    });
    expect(n.objectives).toEqual(['Design landing zones.', 'Operate shared networking.']);
    expect(n.crossRole).toEqual(['Builds on platform modules.']);
    expect(n.outline).toEqual(['Landing zones – accounts, guardrails.', 'Networking – hub and spoke.']);
    expect(n.activities).toEqual(['Build a landing zone.']);
    expect(n.assessments).toEqual(['Design review.']);
    expect(n.competencies[0]).toEqual({
      name: 'GPU operations',
      key: 'gpu-operations',
      level: 'Awareness/Working',
      range: { min: 0, max: 1 },
      evidence: 'Lab report',
      role: 'Cloud Architect',
    });
  });

  it('R7: an unknown level in a competency table is kept and reported with its line', () => {
    const parsed = parseDocument(fixture('roadmap-mod-301.md'));
    const story = parsed.drafts[0]?.node.competencies.find((c) => c.key === 'storytelling');
    expect(story).toMatchObject({ level: 'Wizard', range: null });
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'unknown-level',
        file: 'roadmap-mod-301.md',
        line: 29,
        nodeId: 'MOD-301',
      }),
    );
  });

  it('R8: durations give the total and the breakdown', () => {
    expect(parseDuration('40 hours (14 lecture, 18 lab, 6 project, 2 assessment)')).toEqual({
      hours: 40,
      breakdown: { lecture: 14, lab: 18, project: 6, assessment: 2 },
    });
    expect(parseDuration('40h').hours).toBe(40);
    expect(parseDuration('40 hrs (lab-heavy breakdown to follow)').hours).toBe(40);
    expect(parseDuration('14h lecture, 18h lab')).toEqual({ hours: 32, breakdown: { lecture: 14, lab: 18 } });
    expect(parseDuration('3 weeks').hours).toBeNull();
  });

  it('R9: labels in any order, bold with the colon inside, several roles, headings at other levels', () => {
    const n = only('roadmap-variants.md');
    expect(n).toMatchObject({
      id: 'MOD-305',
      title: 'Storage Patterns',
      roles: ['Cloud Architect', 'Platform Engineer', 'SRE', 'Data Engineer'],
      hours: 36,
      prerequisites: ['MOD-301', 'MOD-302', 'MOD-303'],
      next: [],
    });
    expect(parseRoles('A / B and C; D, E')).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('R9: plain `Label: value` lines in a paragraph and two-column tables are labels too', () => {
    const text =
      '# Module Roadmap\n\nModule ID: MOD-9\nModule Title: Plain\n\n| Field | Value |\n|---|---|\n| Duration | 12 hours |\n| Target Role(s) | Tester |\n';
    expect(only('plain.md', text)).toMatchObject({
      id: 'MOD-9',
      title: 'Plain',
      hours: 12,
      roles: ['Tester'],
    });
  });

  it('R9: CRLF line endings and a BOM change nothing', () => {
    const base = fixture('roadmap-mod-301.md');
    const crlf = only('crlf.md', '\uFEFF' + base.text.replace(/\n/g, '\r\n'));
    const plain = only('roadmap-mod-301.md');
    expect({ ...crlf, sources: [] }).toEqual({ ...plain, sources: [] });
  });

  it('R12: competency table columns are matched by header name, in any order, with extra columns', () => {
    const n = only('roadmap-variants.md');
    expect(n.competencies.map((c) => [c.name, c.level, c.evidence, c.role])).toEqual([
      ['Storage design', 'Proficient', 'Quiz', 'Cloud Architect'],
      ['Backup & recovery', 'Expert', 'Lab', 'Cloud Architect'],
    ]);
    expect(n.activities).toEqual(['Lab | Snapshot lab | Passes checks']);
  });

  it('R12: unknown sections are kept as plain text; known subsections feed their field', () => {
    const roadmap = only('roadmap-mod-301.md');
    expect(roadmap.sections).toEqual([
      { heading: 'Shared Assets & Legacy Mapping', lines: ['Shares guardrails with the security track.'] },
    ]);
    const plan = only('project-plan-proj-31.md');
    expect(plan.deliverables).toEqual(['Terraform modules', 'Runbook']);
    expect(plan.activities).toEqual(['Week 1: Design.']);
    expect(plan.sections).toContainEqual({
      heading: 'Problem Statement',
      lines: ['A bank needs a landing zone.'],
    });
  });

  it('reads a project plan: placement, estimated duration, prerequisite modules/skills, related assessments', () => {
    expect(only('project-plan-proj-31.md')).toMatchObject({
      id: 'PROJ-31',
      kind: 'project',
      title: 'Landing Zone Capstone',
      roles: ['Cloud Architect'],
      hours: 60,
      placement: 'After MOD-301',
      relatedAssessments: 'Architecture review',
      prerequisites: ['PROJ-01', 'PROJ-02', 'MOD-006'],
      prerequisiteSkills: ['All previous projects and modules'],
    });
  });

  it('R21: a roadmap without an id is skipped with a missing-field diagnostic', () => {
    const parsed = parseDocument({
      path: 'no-id.md',
      text: '# Module Roadmap\n\n- **Module Title**: Orphan\n',
    });
    expect(parsed.drafts).toEqual([]);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'missing-field', file: 'no-id.md' }),
    ]);
  });
});

describe('master plans', () => {
  it('R20: reads program_structure.modules and project_portfolio.anchor_projects', () => {
    const parsed = parseDocument(fixture('master-plan-cloud.yaml'));
    const byId = Object.fromEntries(parsed.drafts.map((d) => [d.node.id, d]));
    expect(Object.keys(byId)).toEqual(['MOD-301', 'MOD-306', 'PROJ-31', 'PROJ-32']);
    expect(byId['MOD-301']?.node).toMatchObject({
      kind: 'module',
      title: 'Cloud Foundations (legacy title)',
      roles: ['Cloud Architect'],
      level: 'senior',
      hours: 32,
      hoursBreakdown: { lecture: 14, lab: 16, assessment: 2 },
      prerequisites: ['MOD-201', 'MOD-102', 'MOD-150'],
      objectives: ['Design landing zones'],
      linkedProjects: ['PROJ-31'],
    });
    expect(byId['MOD-301']?.line).toBe(6);
    expect(byId['MOD-306']?.node.hours).toBe(20);
    expect(byId['PROJ-32']?.node).toMatchObject({ kind: 'project', title: 'Cost Dashboard', hours: null });
    expect(byId['PROJ-32']?.node.competencies).toEqual([
      { name: 'FinOps', key: 'finops', level: null, range: null, evidence: null, role: null },
    ]);
  });

  it('R20: reads top-level modules and a project_portfolio list', () => {
    const parsed = parseDocument(fixture('master-plan-flat.yaml'));
    expect(parsed.drafts.map((d) => [d.node.id, d.node.kind, d.node.title, d.node.hours])).toEqual([
      ['MOD-401', 'module', 'Streaming Basics', 20],
      ['PROJ-41', 'project', 'Stream Processor', null],
    ]);
  });
});

describe('kind detection', () => {
  it('R11: the kind comes from the content, not the file name', () => {
    const roadmap = fixture('roadmap-mod-301.md').text;
    expect(detectKind(roadmap)).toBe('module-roadmap');
    expect(parseDocument({ path: 'looks-like.yaml', text: roadmap }).kind).toBe('module-roadmap');
    expect(detectKind(fixture('project-plan-proj-31.md').text)).toBe('project-plan');
    expect(parseDocument({ path: 'plan.txt', text: fixture('master-plan-flat.yaml').text }).kind).toBe(
      'master-plan',
    );
    expect(detectKind('{"nodes": [], "edges": [], "diagnostics": []}')).toBe('catalog-json');
    expect(detectKind(fixture('unrelated-readme.md').text)).toBeNull();
    expect(detectKind(fixture('unrelated-package.json').text)).toBeNull();
    expect(detectKind('### module roadmap\n- **Module ID**: MOD-1')).toBe('module-roadmap');
  });
});
