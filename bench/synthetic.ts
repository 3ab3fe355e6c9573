// Deterministic synthetic curricula shaped like the real one: per role a track of ~14 modules with
// layered prerequisites and ~8 projects, cross-track prerequisites to earlier roles, competencies
// with levels. syntheticCatalog() builds the Catalog directly; syntheticDocuments() renders the same
// curriculum as module roadmaps, project plans and master-plan YAML for the real parser.
import type { Catalog, CatalogEdge, Competency, CurriculumNode, SourceDocument } from '../src/domain/types';
import { foldCompetencyKey, parseLevel } from '../src/domain/levels';

/** mulberry32: a tiny seeded PRNG so every run builds the same curriculum. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  'Data Platform',
  'ML Operations',
  'GPU Infrastructure',
  'Model Serving',
  'Cloud Security',
  'Observability',
  'Distributed Training',
  'Feature Store',
  'Edge Inference',
  'LLM Platform',
  'Data Quality',
  'Networking',
];
const TITLES = ['Engineer', 'Senior Engineer', 'Team Lead', 'Architect', 'Specialist', 'Principal Engineer'];
const TOPICS = [
  'Foundations',
  'Containers',
  'Kubernetes',
  'Pipelines',
  'Monitoring',
  'Security',
  'Scaling',
  'Cost Management',
  'Automation',
  'Reliability',
  'Storage',
  'Networking',
  'Governance',
  'Capstone Prep',
  'Incident Response',
  'Performance',
];
const COMPETENCIES = [
  'Cloud architecture',
  'Security & compliance',
  'Cost management',
  'Kubernetes operations',
  'GPU operations',
  'Observability',
  'Incident response',
  'Infrastructure as code',
  'Data engineering',
  'Model deployment',
  'Distributed systems',
  'Networking',
  'Leadership',
  'Stakeholder communication',
  'Performance tuning',
  'Reliability engineering',
  'MLOps tooling',
  'Storage systems',
  'Automation',
  'Technical writing',
];
const LEVEL_TARGETS = [
  'Awareness',
  'Working',
  'Proficient',
  'Advanced',
  'Expert',
  'Awareness/Working',
  'Working/Proficient',
  'Proficient/Advanced',
];

export interface SyntheticRole {
  name: string;
  slug: string;
  level: string;
  modules: CurriculumNode[];
  projects: CurriculumNode[];
}

function roleName(r: number): string {
  const base = `${AREAS[r % AREAS.length]} ${TITLES[Math.floor(r / AREAS.length) % TITLES.length]}`;
  const round = Math.floor(r / (AREAS.length * TITLES.length));
  return round === 0 ? base : `${base} ${round + 1}`;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function emptyNode(
  key: string,
  kind: 'module' | 'project',
  title: string,
  role: string,
  path: string,
): CurriculumNode {
  return {
    key,
    id: key,
    kind,
    title,
    roles: [role],
    hours: 0,
    hoursBreakdown: {},
    prerequisites: [],
    prerequisiteSkills: [],
    next: [],
    competencies: [],
    objectives: [],
    sources: [path],
    crossRole: [],
    outline: [],
    activities: [],
    assessments: [],
    deliverables: [],
    linkedProjects: [],
    sections: [],
  };
}

/** The curriculum as roles of modules and projects; both public generators render this. */
export function syntheticRoles(nodeCount: number, seed: number): SyntheticRole[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const roles: SyntheticRole[] = [];
  let made = 0;
  for (let r = 0; made < nodeCount; r++) {
    const name = roleName(r);
    const slug = slugOf(name);
    const moduleCount = Math.min(12 + Math.floor(rand() * 5), nodeCount - made);
    const projectCount = Math.min(
      Math.round(moduleCount * (0.5 + rand() * 0.2)),
      nodeCount - made - moduleCount,
    );
    const prefix = r + 1;
    const role: SyntheticRole = {
      name,
      slug,
      level: pick(['junior', 'mid', 'senior', 'lead', 'principal']),
      modules: [],
      projects: [],
    };
    for (let i = 0; i < moduleCount; i++) {
      const id = `MOD-${prefix}${String(i + 1).padStart(2, '0')}`;
      const node = emptyNode(
        id,
        'module',
        `${pick(TOPICS)} for ${AREAS[r % AREAS.length]} ${i + 1}`,
        name,
        `synthetic/${slug}/modules/module-${prefix}${String(i + 1).padStart(2, '0')}-roadmap.md`,
      );
      const lecture = 6 + Math.floor(rand() * 14);
      const lab = 8 + Math.floor(rand() * 16);
      node.hoursBreakdown = { lecture, lab, assessment: 2 };
      node.hours = lecture + lab + 2;
      // Layered prerequisites: the previous module, sometimes one further back in the same track.
      if (i > 0) node.prerequisites.push(role.modules[i - 1]!.id);
      if (i > 2 && rand() < 0.35) {
        const back = role.modules[i - 2 - Math.floor(rand() * Math.min(3, i - 2))]!.id;
        if (!node.prerequisites.includes(back)) node.prerequisites.push(back);
      }
      // Cross-track prerequisites: a module of one of the few preceding roles.
      if (r > 0 && rand() < (i === 0 ? 0.8 : 0.12)) {
        const other = roles[Math.max(0, r - 1 - Math.floor(rand() * 4))]!;
        const target = other.modules[Math.floor(rand() * other.modules.length)];
        if (target) node.prerequisites.push(target.id);
      }
      const compCount = 2 + Math.floor(rand() * 2);
      while (node.competencies.length < compCount) {
        const cname = pick(COMPETENCIES);
        if (node.competencies.some((x) => x.name === cname)) continue;
        const level = pick(LEVEL_TARGETS);
        const comp: Competency = {
          name: cname,
          key: foldCompetencyKey(cname),
          level,
          range: parseLevel(level),
          evidence: `${cname} review`,
          role: name,
        };
        node.competencies.push(comp);
      }
      node.objectives = [
        `Apply ${node.title.toLowerCase()} in a production setting.`,
        `Explain the trade-offs of ${pick(TOPICS).toLowerCase()}.`,
      ];
      role.modules.push(node);
    }
    for (let i = 0; i < moduleCount - 1; i++) role.modules[i]!.next.push(role.modules[i + 1]!.id);
    for (let i = 0; i < projectCount; i++) {
      const id = `PROJ-${prefix}${String(i + 1).padStart(2, '0')}`;
      const node = emptyNode(
        id,
        'project',
        `${pick(TOPICS)} project ${i + 1}`,
        name,
        `synthetic/${slug}/projects/project-${prefix}${String(i + 1).padStart(2, '0')}-plan.md`,
      );
      const project = 10 + Math.floor(rand() * 30);
      node.hoursBreakdown = { project };
      node.hours = project;
      const anchor = Math.min(moduleCount - 1, Math.floor(((i + 1) * moduleCount) / (projectCount + 1)));
      node.prerequisites.push(role.modules[anchor]!.id);
      if (anchor > 0 && rand() < 0.5) node.prerequisites.push(role.modules[anchor - 1]!.id);
      role.modules[anchor]!.linkedProjects.push(id);
      const cname = pick(COMPETENCIES);
      const level = pick(LEVEL_TARGETS);
      node.competencies.push({
        name: cname,
        key: foldCompetencyKey(cname),
        level,
        range: parseLevel(level),
        evidence: 'Project review',
        role: name,
      });
      node.deliverables = ['Working implementation', 'Design document'];
      role.projects.push(node);
    }
    made += moduleCount + projectCount;
    roles.push(role);
  }
  return roles;
}

export function syntheticCatalog(nodeCount: number, seed: number): Catalog {
  const roles = syntheticRoles(nodeCount, seed);
  const nodes = roles.flatMap((r) => [...r.modules, ...r.projects]);
  const edges: CatalogEdge[] = [];
  for (const node of nodes) {
    for (const p of node.prerequisites) edges.push({ from: p, to: node.key, type: 'prerequisite' });
    for (const n of node.next) edges.push({ from: node.key, to: n, type: 'next' });
  }
  return { nodes, edges, diagnostics: [] };
}

function durationText(node: CurriculumNode): string {
  const parts = Object.entries(node.hoursBreakdown).map(([k, v]) => `${v} ${k}`);
  return `${node.hours ?? 0} hours (${parts.join(', ')})`;
}

function competencyTable(node: CurriculumNode): string[] {
  return [
    '| Competency | Proficiency Target | Evidence / Assessment | Role Alignment |',
    '|------------|--------------------|-----------------------|----------------|',
    ...node.competencies.map(
      (c) => `| ${c.name} | ${c.level ?? ''} | ${c.evidence ?? ''} | ${c.role ?? ''} |`,
    ),
  ];
}

function moduleRoadmap(node: CurriculumNode, role: SyntheticRole): string {
  return [
    '# Module Roadmap',
    '',
    `> Synthetic module for the ${role.name} track.`,
    '',
    '## Module Overview',
    '',
    `- **Module ID**: ${node.id}`,
    `- **Module Title**: ${node.title}`,
    `- **Target Role(s)**: ${role.name}`,
    `- **Duration**: ${durationText(node)}`,
    `- **Prerequisites**: ${node.prerequisites.length ? node.prerequisites.join(', ') : 'None'}`,
    `- **Next Module(s)**: ${node.next.length ? node.next.join(', ') : 'None'}`,
    '',
    '## Learning Objectives',
    '',
    ...node.objectives.map((o) => `- ${o}`),
    '',
    '## Competency Alignment',
    '',
    ...competencyTable(node),
    '',
    '## Content Outline',
    '',
    `1. **Concepts** – the ideas behind ${node.title.toLowerCase()}.`,
    '2. **Practice** – guided labs.',
    '',
  ].join('\n');
}

function projectPlan(node: CurriculumNode, role: SyntheticRole): string {
  return [
    '# Project Plan',
    '',
    `> Synthetic project for the ${role.name} track.`,
    '',
    '## Project Overview',
    '',
    `- **Project ID**: ${node.id}`,
    `- **Project Title**: ${node.title}`,
    `- **Target Role(s)**: ${role.name}`,
    `- **Placement in Curriculum**: Capstone for Modules ${node.prerequisites.join(', ')}`,
    `- **Estimated Duration**: ${node.hours ?? 0} hours`,
    `- **Prerequisite Modules / Skills**: ${node.prerequisites.join(', ')}`,
    '',
    '## Competency Alignment',
    '',
    ...competencyTable(node),
    '',
    '## Deliverables',
    '',
    ...node.deliverables.map((d) => `- ${d}`),
    '',
  ].join('\n');
}

function yamlString(s: string): string {
  return JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
}

function masterPlan(role: SyntheticRole): string {
  const lines = [
    `role: ${yamlString(role.name)}`,
    `level: ${role.level}`,
    `program_name: ${yamlString(`${role.name} Curriculum`)}`,
    'program_structure:',
    `  total_duration_hours: ${role.modules.reduce((s, m) => s + (m.hours ?? 0), 0)}`,
    '  modules:',
  ];
  for (const m of role.modules) {
    lines.push(`  - id: ${m.id}`, `    title: ${yamlString(m.title)}`, '    duration_hours:');
    for (const [k, v] of Object.entries(m.hoursBreakdown)) lines.push(`      ${k}: ${v}`);
    lines.push('    role_focus:', `    - ${role.slug}`);
    lines.push(m.prerequisites.length ? '    prerequisites:' : '    prerequisites: []');
    for (const p of m.prerequisites) lines.push(`    - ${p}`);
    lines.push('    learning_objectives:', ...m.objectives.map((o) => `    - ${yamlString(o)}`));
    if (m.linkedProjects.length)
      lines.push('    linked_projects:', ...m.linkedProjects.map((p) => `    - ${p}`));
  }
  lines.push('project_portfolio:', '  anchor_projects:');
  for (const p of role.projects) {
    lines.push(`  - id: ${p.id}`, `    summary: ${yamlString(p.title)}`, '    assessed_competencies:');
    lines.push(
      ...p.competencies.map((c) => `    - ${c.key}`),
      `    integration_notes: Relies on ${p.prerequisites.join(', ')}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The same curriculum as syntheticCatalog, as the documents an organisation would import. */
export function syntheticDocuments(nodeCount: number, seed: number): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (const role of syntheticRoles(nodeCount, seed)) {
    docs.push({ path: `synthetic/${role.slug}/master-plan.yaml`, text: masterPlan(role) });
    for (const m of role.modules) docs.push({ path: m.sources[0]!, text: moduleRoadmap(m, role) });
    for (const p of role.projects) docs.push({ path: p.sources[0]!, text: projectPlan(p, role) });
  }
  return docs;
}
