// The official templates' and READMEs' formats (R32–R42): labels joined on one line, ids in slugs and
// headings, durations in every style, master plan lists, sections, placeholders, fences, skipped files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import { buildCatalog } from '../../src/domain/catalog';
import { extractIds } from '../../src/domain/ids';
import { labelPairs } from '../../src/domain/parse/markdown';
import { parseDuration } from '../../src/domain/parse/values';
import type { Catalog, CurriculumNode, SourceDocument } from '../../src/domain/types';

const read = (dir: string): SourceDocument[] =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'templates');
const CASES = join(import.meta.dirname, '..', '..', '..', 'shared', 'cases', 'parsing');
/** The ../shared cases are beside the repository in CI and a developer's checkout, not in a fresh clone (then these tests say they are skipped, like tests/conformance). */
const HAS_SHARED_CASES = besideRepo(CASES, 'the ../shared parsing cases (R32, R33, R36, R37, R38)');
const byId = (c: Catalog, id: string) => c.nodes.find((n) => n.id === id) as CurriculumNode;
const catalog = buildCatalog(read(FIXTURES));
const codes = (c: Catalog, file: string) => c.diagnostics.filter((d) => d.file === file).map((d) => d.code);

describe('R32: several labels on one line', () => {
  it('R32: pairs joined by " | ", "·" or "•" are all read; a value ends at the next label', () => {
    const O = '\uE000';
    const C = '\uE001';
    expect(labelPairs(`${O}Duration${C}: 35 hours | ${O}Module ID${C}: mod-812-x`)).toEqual([
      { label: 'Duration', value: '35 hours' },
      { label: 'Module ID', value: 'mod-812-x' },
    ]);
    expect(labelPairs(`${O}Module ID:${C} MOD-1 · ${O}Duration:${C} 2 h • Prerequisites: MOD-0`)).toEqual([
      { label: 'Module ID', value: 'MOD-1' },
      { label: 'Duration', value: '2 h' },
      { label: 'Prerequisites', value: 'MOD-0' },
    ]);
    // A piece that is no label belongs to the value before it.
    expect(labelPairs(`${O}Duration${C}: Lecture ⏱ 9 hours | Labs ⏱ 12 hours`)).toEqual([
      { label: 'Duration', value: 'Lecture ⏱ 9 hours | Labs ⏱ 12 hours' },
    ]);
    // Bold text inside a value is not a label.
    expect(labelPairs(`${O}Prerequisites${C}: ${O}MOD-101${C} and MOD-102`)).toEqual([
      { label: 'Prerequisites', value: 'MOD-101 and MOD-102' },
    ]);
  });
  it.skipIf(!HAS_SHARED_CASES)(
    'R32: the ../shared case: module and project READMEs are found and every label on the line is read',
    () => {
      const c = buildCatalog(read(join(CASES, 'pipe-joined-labels')));
      expect([byId(c, 'MOD-812').hours, byId(c, 'PROJ-820').hours, byId(c, 'MOD-813').hours]).toEqual([
        35, 60, 20,
      ]);
      expect(byId(c, 'MOD-813').prerequisites).toEqual(['MOD-812']);
      expect(byId(c, 'MOD-812').title).toBe('Coastal Weather Routing');
      expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    },
  );
  it('R32: labels joined by "·" in a README (fixture)', () => {
    expect(byId(catalog, 'MOD-401')).toMatchObject({
      title: 'Orbital Mechanics Primer',
      hours: 28,
      roles: ['Flight Dynamics Analyst'],
    });
  });
});

describe('R33/R34: ids in slugs, words and headings', () => {
  it.skipIf(!HAS_SHARED_CASES)(
    'R33: project-821-… → PROJ-821 like mod-301-… → MOD-301; Module 301 as before',
    () => {
      expect(extractIds('project-821-lighthouse-capstone').ids).toEqual(['PROJ-821']);
      expect(extractIds('mod-301-intro').ids).toEqual(['MOD-301']);
      expect(extractIds('Module 301, Project 12').ids).toEqual(['MOD-301', 'PROJ-12']);
      expect(extractIds('Project-based learning, module-level view').ids).toEqual([]);
      const c = buildCatalog(read(join(CASES, 'project-id-slug')));
      expect(byId(c, 'PROJ-821')).toMatchObject({ kind: 'project', hours: 50 });
    },
  );
  it('R34: a top heading starting with an id names the document (`# Module 403: Attitude Control`)', () => {
    expect(byId(catalog, 'MOD-403')).toMatchObject({ kind: 'module', title: 'Attitude Control' });
  });
});

describe('R35: templates', () => {
  it('R35: a template whose id label holds a placeholder is skipped as info, not an error', () => {
    expect(catalog.diagnostics.filter((d) => d.file === 'blank-template.md')).toEqual([
      expect.objectContaining({ code: 'template', severity: 'info' }),
    ]);
  });
});

describe('R36: durations in every template style', () => {
  it.skipIf(!HAS_SHARED_CASES)('R36: named parts joined by | are summed with the breakdown', () => {
    expect(parseDuration('Lecture ⏱ 9 hours | Labs ⏱ 12 hours | Assessments ⏱ 3 hours')).toEqual({
      hours: 24,
      breakdown: { lecture: 9, labs: 12, assessments: 3 },
    });
    expect(parseDuration('Build ⏱ 18 hours | Review ⏱ 5 hours').hours).toBe(23);
    expect(parseDuration('Lecture: 9 h · Labs: 12 h · Total: 21 h').hours).toBe(21);
    expect(parseDuration('9 hours lecture + 12 hours lab').hours).toBe(21);
    const c = buildCatalog(read(join(CASES, 'template-duration')));
    expect(byId(c, 'MOD-830')).toMatchObject({
      hours: 24,
      hoursBreakdown: { lecture: 9, labs: 12, assessments: 3 },
    });
    expect(byId(c, 'PROJ-840').hours).toBe(23);
  });
  it('R36: a range keeps both ends and plans with the upper one', () => {
    expect(parseDuration('40–50 hours')).toEqual({ hours: 50, breakdown: {}, range: { min: 40, max: 50 } });
    expect(byId(catalog, 'PROJ-421')).toMatchObject({ hours: 50, hoursRange: { min: 40, max: 50 } });
    expect(byId(catalog, 'MOD-405')).toMatchObject({ hours: 12, hoursRange: { min: 10, max: 12 } });
  });
  it('R36: a partly unreadable duration gives no number and a diagnostic', () => {
    expect(parseDuration('Lecture ⏱ 9 hours | Labs TBD').hours).toBeNull();
    const text =
      '# Module Roadmap\n\n- **Module ID**: MOD-1\n- **Module Title**: A\n- **Duration**: Lecture ⏱ 9 hours | Labs TBD\n';
    const c = buildCatalog([{ path: 'm.md', text }]);
    expect(byId(c, 'MOD-1').hours).toBeNull();
    expect(c.diagnostics).toEqual([expect.objectContaining({ code: 'bad-value', file: 'm.md', line: 5 })]);
  });
});

describe('R37: master plan lists', () => {
  it.skipIf(!HAS_SHARED_CASES)(
    'R37: every project list under project_portfolio becomes project nodes; other lists are read too',
    () => {
      expect(['PROJ-421', 'PROJ-422', 'PROJ-423'].map((id) => byId(catalog, id)?.kind)).toEqual([
        'project',
        'project',
        'project',
      ]);
      expect(byId(catalog, 'MOD-405').kind).toBe('module');
      const c = buildCatalog(read(join(CASES, 'stretch-projects')));
      expect(byId(c, 'PROJ-845')).toMatchObject({
        kind: 'project',
        title: 'Offshore array maintenance schedule',
      });
    },
  );
  it('R37: a key that holds no list of items is reported, never dropped silently', () => {
    expect(catalog.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unread-key', severity: 'info', file: 'master-plan.yaml' }),
    );
  });
});

describe('R38: prerequisites and next steps as sections', () => {
  it.skipIf(!HAS_SHARED_CASES)(
    'R38: ids in the sections count; free text stays a prerequisite skill; intro lines are not skills',
    () => {
      expect(byId(catalog, 'MOD-403')).toMatchObject({
        prerequisites: ['MOD-402'],
        prerequisiteSkills: ['Linear algebra refresher'],
        next: ['MOD-404'],
      });
      const c = buildCatalog(read(join(CASES, 'section-prerequisites')));
      expect(byId(c, 'MOD-861')).toMatchObject({
        prerequisites: ['MOD-860'],
        prerequisiteSkills: ['Basic GPS handling'],
        next: ['MOD-862'],
      });
    },
  );
  it('R38: a label and a section are unioned and a disagreement is reported', () => {
    const text = [
      '# Module Roadmap',
      '',
      '- **Module ID**: MOD-5',
      '- **Module Title**: Five',
      '- **Prerequisites**: MOD-1',
      '',
      '## Prerequisites',
      '',
      'One of the following:',
      '',
      '- MOD-2',
      '- MOD-3',
    ].join('\n');
    const c = buildCatalog([{ path: 'five.md', text }]);
    expect(byId(c, 'MOD-5').prerequisites).toEqual(['MOD-1', 'MOD-2', 'MOD-3']);
    expect(byId(c, 'MOD-5').prerequisiteGroups).toEqual([['MOD-1'], ['MOD-2', 'MOD-3']]);
    expect(codes(c, 'five.md')).toEqual(['disagreement']);
  });
});

describe('R39/R41: placeholder text is not data', () => {
  it('R39: an authoring instruction in the opening blockquote is not the description (kept as a note)', () => {
    const node = byId(catalog, 'MOD-402');
    expect(node.summary).toBe('Launch windows and the rules that bound them.');
    expect(node.sections.find((s) => s.heading === 'Authoring note')?.lines[0]).toMatch(/^Create metadata/);
  });
  it('R41: "See skills matrix", "TBD" competencies are reported and left out', () => {
    expect(byId(catalog, 'MOD-402').competencies.map((c) => c.key)).toEqual(['orbit-determination']);
    expect(codes(catalog, 'module-template.md').filter((c) => c === 'placeholder-value')).toHaveLength(2);
  });
});

describe('R40/R42: diagnostics people can act on', () => {
  it.skipIf(!HAS_SHARED_CASES)('R40: a fenced code block never raises deep-nesting', () => {
    expect(codes(catalog, 'module-template.md')).not.toContain('deep-nesting');
    const c = buildCatalog(read(join(CASES, 'code-block-diagram')));
    expect(c.diagnostics).toEqual([]);
  });
  it('R42: a file that is not a curriculum document is info "skipped: not a curriculum document"', () => {
    expect(catalog.diagnostics.filter((d) => d.file === 'notes.md')).toEqual([
      expect.objectContaining({
        code: 'not-curriculum',
        severity: 'info',
        message: expect.stringMatching(/^skipped: not a curriculum document/),
      }),
    ]);
    expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
