// Module roadmaps and project plans share one layout: an overview of `Label: value` items,
// then sections. This reads that layout into one node draft.
import { extractIds, extractPrerequisites, normalizeId } from '../ids';
import type { CurriculumNode, Diagnostic, TextSection } from '../types';
import { isCompetencyTable, readCompetencies } from './competencies';
import { diagnostic, emptyNode, type NodeDraft } from './draft';
import { parseMarkdown, type MdField, type MdSection } from './markdown';
import { fieldOf, routeOf, type FieldName, type SectionRoute } from './sections';
import { parseDuration, parseRoles } from './values';

export interface MarkdownNodeResult {
  drafts: NodeDraft[];
  diagnostics: Diagnostic[];
}

const OVERVIEW_ONLY = new Set<FieldName>(['placement', 'relatedAssessments', 'title']);
const HEADING_ID = /^\s*(?:(?:mod|proj)(?:ule|ect)?\s?[-–]\s?\d+|(?:module|project)\s+#?\d+)\b/i;
const TEMPLATE_VALUE = /x{2,}|#{2,}|<[^>]*>|\{\{|\[[^\]]*\]|\b(?:tbd|todo|tba)\b|^\s*$/i;
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
  // R34: a README may carry its id only in its top heading (`# Module 861: Salt Marsh Surveying`).
  const headingId = HEADING_ID.exec(md.title ?? '');
  const id = idField
    ? (extractIds(idField.value).ids[0] ?? normalizeId(idField.value))
    : headingId
      ? (extractIds(headingId[0]).ids[0] ?? null)
      : null;
  if (!id) {
    // R35: a template's id label holds a placeholder (`MOD-XXX`, `<module-id>`, `{{id}}`): nothing to read yet.
    const idLabel = md.fields.find((f) => fieldOf(f.label) === 'id');
    const template = idLabel !== undefined && TEMPLATE_VALUE.test(idLabel.value);
    diagnostics.push(
      diagnostic(
        template ? 'template' : 'missing-field',
        template ? 'info' : 'error',
        path,
        template
          ? `skipped: looks like a ${KIND_WORD[kind].toLowerCase()} template (no ${KIND_WORD[kind]} ID with a MOD-/PROJ- id yet)`
          : `${KIND_WORD[kind]} document has no "${KIND_WORD[kind]} ID" label with a MOD-/PROJ- id; document skipped`,
        idLabel?.line ?? null,
      ),
    );
    return { drafts: [], diagnostics };
  }

  const node = emptyNode(id, kind);
  node.sources = [path];
  const titleField = fields.get('title');
  const headingTitle = md.title
    ?.replace(/^(module roadmap|project plan)\s*[:\-–—|]?\s*/i, '')
    .replace(HEADING_ID, '')
    .replace(/^\s*[:\-–—|.]\s*/, '')
    .trim();
  node.title = titleField?.value || headingTitle || id;
  if (!titleField?.value && !headingTitle)
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
    if (d.range) node.hoursRange = d.range;
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
  // R39: an authoring instruction in the opening blockquote is not the description; it is kept as a section.
  const summaryLines = (md.summary ?? '').split('\n').filter((l) => l.trim() !== '');
  const instructions = summaryLines.filter((l) => AUTHORING.test(l) && AUTHORING_OBJECT.test(l));
  const description = summaryLines.filter((l) => !instructions.includes(l));
  if (description.length) node.summary = description.join('\n');

  const sections: TextSection[] = [];
  const prerequisiteSections: MdSection[] = [];
  const nextSections: MdSection[] = [];
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
      case 'prerequisites':
      case 'next':
        (route === 'next' ? nextSections : prerequisiteSections).push(section);
        if (lines.length) sections.push({ heading: section.heading, lines });
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
  if (instructions.length) sections.unshift({ heading: 'Authoring note', lines: instructions });
  node.sections = sections;
  readSectionLinks(node, prerequisiteSections, nextSections, prereq, next, path, diagnostics);
  return {
    drafts: [
      {
        node,
        origin: 'document',
        path,
        line: idField?.line ?? null,
        statesPrerequisites: prereq !== undefined || prerequisiteSections.length > 0,
        prerequisitesLine: prereq?.line ?? prerequisiteSections[0]?.line ?? null,
      },
    ],
    diagnostics,
  };
}

const AUTHORING =
  /^\s*(?:create|duplicate|copy|replace|fill(?:\s+(?:in|out))?|use this|delete|remove|rename|update|add|edit|customi[sz]e|complete|populate|run|generate|keep this|todo)\b/i;
const AUTHORING_OBJECT =
  /template|metadata|this (?:file|document|section|readme)|each (?:module|project|role)|scaffold|placeholder|\.ya?ml\b|\.md\b|\.\/|alongside/i;
const ANY_OF_INTRO = /\b(?:one|any|either)\s+of\b/i;

/**
 * R38: `## Prerequisites` / `## Next Steps` / `## What's next` sections count like the labels: their ids are
 * unioned with the label's (a disagreement between both is reported), free text in Prerequisites is a skill.
 * An intro line ending in `:` is not a skill; after `one of the following:` the items are one any-of group.
 */
function readSectionLinks(
  node: CurriculumNode,
  prerequisiteSections: MdSection[],
  nextSections: MdSection[],
  prereqLabel: MdField | undefined,
  nextLabel: MdField | undefined,
  path: string,
  diagnostics: Diagnostic[],
): void {
  const report = (what: string, label: string[], section: string[], line: number | null) => {
    if (label.length === 0 || section.length === 0) return;
    if (label.length === section.length && label.every((x) => section.includes(x))) return;
    diagnostics.push(
      diagnostic(
        'disagreement',
        'warning',
        path,
        `${node.id}: ${what} differ: [${label.join(', ')}] in the label vs [${section.join(', ')}] in the section; kept both (union)`,
        line,
        node.id,
      ),
    );
  };
  for (const section of prerequisiteSections) {
    const clauses: string[] = [];
    let anyOf = false;
    for (const { text } of section.lines) {
      if (/[:：]\s*$/.test(text) && extractIds(text).ids.length === 0) {
        anyOf = ANY_OF_INTRO.test(text);
        continue;
      }
      if (anyOf && clauses.length > 0) clauses[clauses.length - 1] += `, ${text}`;
      else clauses.push(anyOf ? `one of ${text}` : text);
    }
    const read = extractPrerequisites(clauses.join('; '), { selfId: node.id });
    report('prerequisites', prereqLabel ? node.prerequisites : [], read.ids, section.line);
    node.prerequisites = [
      ...node.prerequisites,
      ...read.ids.filter((id) => !node.prerequisites.includes(id)),
    ];
    const grouped = new Set((node.prerequisiteGroups ?? []).flat());
    node.prerequisiteGroups = [
      ...(node.prerequisiteGroups ?? []),
      ...read.groups.filter((g) => !g.some((id) => grouped.has(id))),
    ];
    for (const skill of read.skills.filter((x) => !/^none\.?$/i.test(x)))
      if (!node.prerequisiteSkills.includes(skill)) node.prerequisiteSkills.push(skill);
  }
  for (const section of nextSections) {
    const ids = section.lines.flatMap((l) => extractIds(l.text, { selfId: node.id }).ids);
    report('next steps', nextLabel ? node.next : [], [...new Set(ids)], section.line);
    for (const id of ids) if (!node.next.includes(id)) node.next.push(id);
  }
}

function isKnownFieldLine(text: string): boolean {
  const m = /^\s*([^:：]{1,80}?)\s*[:：]/.exec(text);
  return m !== null && fieldOf(m[1] ?? '') !== null;
}
