// Which known part of a node a heading or a label feeds (R12: everything else is kept as text).

export type SectionRoute =
  | 'overview'
  | 'objectives'
  | 'competencies'
  | 'crossRole'
  | 'outline'
  | 'activities'
  | 'assessments'
  | 'deliverables'
  | 'prerequisites'
  | 'next';

const ROUTES: [RegExp, SectionRoute][] = [
  // R38: prerequisites and next steps written as sections.
  [/^(?:prerequisites?|pre-requisites?|requirements|before you (?:start|begin))\b/i, 'prerequisites'],
  [
    /^(?:next steps?|what['’]?s next|where next|next modules?(?:\s*\/\s*projects?)?|up next|continue with)\b/i,
    'next',
  ],
  [/competenc|skills? (matrix|alignment)/i, 'competencies'],
  [/overview|at a glance|metadata|^details$/i, 'overview'],
  [/objective|outcome/i, 'objectives'],
  [/cross.?role|progression/i, 'crossRole'],
  [/outline|syllabus|topics|^content/i, 'outline'],
  [/deliverable/i, 'deliverables'],
  [/hands.?on|activit|practical|^labs?\b|exercise|milestone/i, 'activities'],
  [/^assess|assessments?\b|rubric|evaluation|grading/i, 'assessments'],
];

export function routeOf(heading: string): SectionRoute | null {
  for (const [re, route] of ROUTES) if (re.test(heading)) return route;
  return null;
}

export type FieldName =
  'id' | 'title' | 'roles' | 'duration' | 'prerequisites' | 'next' | 'placement' | 'relatedAssessments';

/** `Target Role(s)` → `targetroles`: labels compare without case, spaces or punctuation. */
export function foldLabel(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function fieldOf(label: string): FieldName | null {
  const f = foldLabel(label);
  if (/^(module|project|course)?(id|code|identifier|number)$/.test(f)) return 'id';
  if (/^(module|project|course)?(title|name)$/.test(f)) return 'title';
  if (/^(target)?roles?$|^targetroless?$|^(target)?audience$|^roletarget$/.test(f)) return 'roles';
  if (/^(estimated|total|expected)?(duration|hours|time|effort)(hours)?$/.test(f)) return 'duration';
  if (/^prereq/.test(f) || /^requires$|^dependencies$/.test(f)) return 'prerequisites';
  if (/^next(modules?|steps?|projects?|modulesprojects)?$|^leadsto$|^unlocks$/.test(f)) return 'next';
  if (/^placement/.test(f)) return 'placement';
  if (/^relatedassessments?$/.test(f)) return 'relatedAssessments';
  return null;
}
