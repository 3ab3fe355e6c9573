// Several sources of one node become one node (R10): the document's single values win,
// prerequisite lists are unioned, and every disagreement is reported.
import { foldTitle } from '../text';
import type { CurriculumNode, Diagnostic } from '../types';
import { diagnostic, type NodeDraft } from '../parse/draft';
import type { Definition } from './definitions';

const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))];
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** R30 with R10: the first source's groups stand; another source's group joins only when none of its ids is grouped yet. */
function unionGroups(ours: string[][], theirs: string[][]): string[][] {
  const grouped = new Set(ours.flat());
  const out = ours.map((g) => [...g]);
  for (const g of theirs) {
    if (g.some((id) => grouped.has(id))) continue;
    g.forEach((id) => grouped.add(id));
    out.push([...g]);
  }
  return out;
}

export function mergeDefinition(def: Definition): { node: CurriculumNode; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const [primary, ...others] = def.drafts;
  if (!primary) throw new Error('a definition has at least one draft');
  const node: CurriculumNode = structuredClone(primary.node);
  node.key = def.key;
  node.sources = [primary.path];
  const from = (d: NodeDraft) => `${d.origin === 'master-plan' ? 'master plan' : 'document'} ${d.path}`;
  // R10: "hours differ: 44 h in document … vs 42 h in master plan …; kept 44 h". Prerequisite lists where one holds
  // the other (none, or fewer) are `info` (the union simply adds); lists that each name an id the other does not are a
  // `warning`.
  const differ = (
    d: NodeDraft,
    what: string,
    ours: string,
    theirs: string,
    severity: 'warning' | 'info' = 'warning',
  ) =>
    diagnostics.push(
      diagnostic(
        'disagreement',
        severity,
        d.path,
        `${node.id}: ${what} differ: ${ours} in ${from(primary)} vs ${theirs} in ${from(d)}; kept ${what === 'prerequisites' ? 'both (union)' : ours}`,
        d.line,
        node.id,
      ),
    );

  for (const d of others) {
    const o = d.node;
    if (!node.sources.includes(d.path)) node.sources.push(d.path);
    if ((node.title === node.id || !node.title) && o.title && o.title !== o.id) node.title = o.title;
    else if (o.title && o.title !== o.id && foldTitle(o.title) !== foldTitle(node.title))
      differ(d, 'titles', `"${node.title}"`, `"${o.title}"`);

    if (node.hours === null && o.hours !== null) {
      node.hours = o.hours;
      node.hoursBreakdown = { ...o.hoursBreakdown };
      if (o.hoursRange) node.hoursRange = { ...o.hoursRange };
    } else if (o.hours !== null && node.hours !== null && o.hours !== node.hours)
      differ(d, 'hours', `${node.hours} h`, `${o.hours} h`);
    if (Object.keys(node.hoursBreakdown).length === 0 && node.hours === o.hours)
      node.hoursBreakdown = { ...o.hoursBreakdown };

    if (node.roles.length === 0) node.roles = [...o.roles];

    // A source that says nothing about prerequisites does not disagree with one that does.
    const bothState = primary.statesPrerequisites !== false && d.statesPrerequisites !== false;
    if (bothState && !same(node.prerequisites, o.prerequisites)) {
      // One list inside the other (one source lists none, or fewer): the union just adds → info. Each source naming
      // an id the other does not → warning.
      const within = (a: string[], b: string[]) => a.every((x) => b.includes(x));
      const oneEmpty =
        within(node.prerequisites, o.prerequisites) || within(o.prerequisites, node.prerequisites);
      differ(
        d,
        'prerequisites',
        `[${node.prerequisites.join(', ')}]`,
        `[${o.prerequisites.join(', ')}]`,
        oneEmpty ? 'info' : 'warning',
      );
    }
    node.prerequisites = union(node.prerequisites, o.prerequisites);
    node.prerequisiteGroups = unionGroups(node.prerequisiteGroups ?? [], o.prerequisiteGroups ?? []);
    node.prerequisiteSkills = union(node.prerequisiteSkills, o.prerequisiteSkills);
    node.next = union(node.next, o.next);

    // A document's table carries levels; a master plan's bare names only fill in when it has none.
    if (node.competencies.length === 0) node.competencies = structuredClone(o.competencies);
    else if (o.competencies.length > 0) {
      const ours = node.competencies.map((c) => c.key);
      const theirs = o.competencies.map((c) => c.key);
      if (!same(ours, theirs)) differ(d, 'competencies', `[${ours.join(', ')}]`, `[${theirs.join(', ')}]`);
    }

    for (const f of [
      'objectives',
      'crossRole',
      'outline',
      'activities',
      'assessments',
      'deliverables',
    ] as const) {
      if (node[f].length === 0) node[f] = [...o[f]];
    }
    node.linkedProjects = union(node.linkedProjects, o.linkedProjects);
    for (const f of ['summary', 'level', 'placement', 'relatedAssessments'] as const) {
      if (node[f] === undefined && o[f] !== undefined) node[f] = o[f];
    }
    for (const s of o.sections)
      if (!node.sections.some((x) => x.heading === s.heading)) node.sections.push(structuredClone(s));
  }
  return { node, diagnostics };
}
