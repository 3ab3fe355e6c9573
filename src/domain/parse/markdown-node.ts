// Module roadmaps and project plans share one layout: an overview of `Label: value` items,
// then sections. This reads that layout into one node draft.
import { extractIds, extractPrerequisites, normalizeId } from '../ids';
import type { Diagnostic, TextSection } from '../types';
import { isCompetencyTable, readCompetencies } from './competencies';
import { diagnostic, emptyNode, type NodeDraft } from './draft';
import { parseMarkdown, type MdField } from './markdown';
import { fieldOf, routeOf, type FieldName, type SectionRoute } from './sections';
import { parseDuration, parseRoles } from './values';

export interface MarkdownNodeResult {
  drafts: NodeDraft[];
  diagnostics: Diagnostic[];
}

const OVERVIEW_ONLY = new Set<FieldName>(['placement', 'relatedAssessments', 'title']);
const KIND_WORD: Record<'module' | 'project', string> = { module: 'Module', project: 'Project' };

export function parseMarkdownNode(
  path: string,
  text: string,
  kind: 'module' | 'project',
): MarkdownNodeResult {
  const diagnostics: Diagnostic[] = [];
  const md = parseMarkdown(text);
  if (md.flattened > 0) {
    diagnostics.push(
      diagnostic(
        'deep-nesting',
        'warning',
        path,
        `${md.flattened} line(s) nested deeper than the parser reads were flattened`,
        null,
      ),
    );
  }

  // Labels are read from the overview (the section holding the id) first; the core labels may
  // also come from elsewhere when the overview lacks them, but `Placement:` under a solutions
  // plan is not the node's placement.
  const known = md.fields
    .map((f) => ({ f, name: fieldOf(f.label) }))
    .filter(
      (x): x is { f: MdField; name: FieldName } =>
        x.name !== null && (x.name !== 'id' || extractIds(x.f.value).ids.length > 0),
    );
  const home = known.find((x) => x.name === 'id')?.f.section;
  const fields = new Map<FieldName, MdField>();
  for (const { f, name } of known) if (f.section === home && !fields.has(name)) fields.set(name, f);
  for (const { f, name } of known) {
    if (!fields.has(name) && !OVERVIEW_ONLY.has(name) && (f.section === -1 || f.section >= (home ?? -1)))
      fields.set(name, f);
  }
  const idField = fields.get('id');
  const id = idField ? (extractIds(idField.value).ids[0] ?? normalizeId(idField.value)) : null;
  if (!id) {
    diagnostics.push(
      diagnostic(
        'missing-field',
        'error',
        path,
        `${KIND_WORD[kind]} document has no "${KIND_WORD[kind]} ID" label with a MOD-/PROJ- id; document skipped`,
        null,
      ),
    );
    return { drafts: [], diagnostics };
  }

  const node = emptyNode(id, kind);
  node.sources = [path];
  const titleField = fields.get('title');
  const headingTitle = md.title?.replace(/^(module roadmap|project plan)\s*[:\-–—|]?\s*/i, '').trim();
  node.title = titleField?.value || headingTitle || id;
  if (!titleField?.value)
    diagnostics.push(
      diagnostic('missing-field', 'warning', path, `${id}: no title label`, idField?.line ?? null, id),
    );

  const rolesField = fields.get('roles');
  if (rolesField) node.roles = parseRoles(rolesField.value);
  else if (md.summary && md.summary.includes('|')) node.roles = parseRoles(md.summary.split('|')[0] ?? '');

  const durationField = fields.get('duration');
  if (durationField) {
    const d = parseDuration(durationField.value);
    node.hours = d.hours;
    node.hoursBreakdown = d.breakdown;
    if (d.hours === null && durationField.value.trim()) {
      diagnostics.push(
        diagnostic(
          'bad-value',
          'warning',
          path,
          `${id}: could not read hours from "${durationField.value.slice(0, 80)}"`,
          durationField.line,
          id,
        ),
      );
    }
  }

  const prereq = fields.get('prerequisites');
  if (prereq) {
    const read = extractPrerequisites(prereq.value, { selfId: id });
    node.prerequisites = read.ids;
    node.prerequisiteGroups = read.groups;
    node.prerequisiteSkills = read.skills;
  }
  const next = fields.get('next');
  if (next) node.next = extractIds(next.value, { selfId: id }).ids;
  const placement = fields.get('placement');
  if (placement?.value) node.placement = placement.value;
  const related = fields.get('relatedAssessments');
  if (related?.value) node.relatedAssessments = related.value;
  if (md.summary) node.summary = md.summary;

  const sections: TextSection[] = [];
  const routes = new Map<string, SectionRoute | null>();
  for (const section of md.sections) {
    // A subheading that is not a known section belongs to its parent (`### Milestone Schedule`).
    const own = routeOf(section.heading);
    const route = own ?? (section.parent !== null ? (routes.get(section.parent) ?? null) : null);
    routes.set(section.heading, route);
    const lines = section.lines.map((l) => l.text);
    switch (route) {
      case 'objectives':
        node.objectives.push(...lines);
        break;
      case 'crossRole':
        node.crossRole.push(...lines);
        break;
      case 'outline':
        node.outline.push(...lines);
        break;
      case 'activities':
        node.activities.push(...lines);
        break;
      case 'assessments':
        node.assessments.push(...lines);
        break;
      case 'deliverables':
        node.deliverables.push(...lines);
        break;
      case 'overview': {
        const rest = section.lines.filter((l) => !isKnownFieldLine(l.text)).map((l) => l.text);
        if (rest.length) sections.push({ heading: section.heading, lines: rest });
        break;
      }
      case 'competencies':
        break;
      default:
        if (lines.length) sections.push({ heading: section.heading, lines });
    }
    for (const table of section.tables) {
      if (isCompetencyTable(table)) {
        const read = readCompetencies(table, path, id);
        node.competencies.push(...read.value);
        diagnostics.push(...read.diagnostics);
      }
    }
    if (route === 'competencies' && section.tables.length === 0 && lines.length) {
      sections.push({ heading: section.heading, lines });
    }
  }
  node.sections = sections;
  return {
    drafts: [
      {
        node,
        origin: 'document',
        path,
        line: idField?.line ?? null,
        statesPrerequisites: prereq !== undefined,
      },
    ],
    diagnostics,
  };
}

function isKnownFieldLine(text: string): boolean {
  const m = /^\s*([^:：]{1,80}?)\s*[:：]/.exec(text);
  return m !== null && fieldOf(m[1] ?? '') !== null;
}
