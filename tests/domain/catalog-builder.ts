// Tiny hand-built catalogs for unit tests: `node('MOD-1', { prerequisites: ['MOD-0'] })`.
import type { Catalog, CatalogEdge, Competency, CurriculumNode, LevelRange } from '../../src/domain/types';
import { LEVELS } from '../../src/domain/types';

export interface NodeSpec {
  key?: string;
  kind?: CurriculumNode['kind'];
  title?: string;
  roles?: string[];
  hours?: number | null;
  /** Prerequisite KEYS (edges are built from these). */
  prerequisites?: string[];
  /** Any-of groups of prerequisite keys (R21); prerequisites in no group are required alone. */
  groups?: string[][];
  next?: string[];
  /** `['gpu-operations', 'Awareness/Working']` pairs; level null = no level given. */
  competencies?: [string, string | null][];
}

/** `Awareness/Working` → {0,1}; unknown words → null. Mirrors the parser's rule for the tests' purposes. */
export function rangeOf(level: string | null): LevelRange | null {
  if (level === null) return null;
  const ranks = level
    .split('/')
    .map((part) => LEVELS.findIndex((name) => name.toLowerCase() === part.trim().toLowerCase()));
  if (ranks.length === 0 || ranks.some((rank) => rank < 0)) return null;
  return { min: Math.min(...ranks), max: Math.max(...ranks) };
}

export function competency(name: string, level: string | null, role: string | null = null): Competency {
  return {
    name,
    key: name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    level,
    range: rangeOf(level),
    evidence: null,
    role,
  };
}

export function node(id: string, spec: NodeSpec = {}): CurriculumNode {
  const key = spec.key ?? id;
  return {
    key,
    id,
    kind: spec.kind ?? (id.startsWith('PROJ') ? 'project' : 'module'),
    title: spec.title ?? `Title of ${key}`,
    roles: spec.roles ?? [],
    hours: spec.hours === undefined ? 10 : spec.hours,
    hoursBreakdown: {},
    prerequisites: spec.prerequisites ?? [],
    ...(spec.groups ? { prerequisiteGroups: spec.groups } : {}),
    prerequisiteSkills: [],
    next: spec.next ?? [],
    competencies: (spec.competencies ?? []).map(([name, level]) => competency(name, level)),
    objectives: [],
    sources: [`${key}.md`],
    crossRole: [],
    outline: [],
    activities: [],
    assessments: [],
    deliverables: [],
    linkedProjects: [],
    sections: [],
  };
}

/** Builds edges from each node's `prerequisites` (keys) and `next` (keys). */
export function catalogOf(nodes: CurriculumNode[]): Catalog {
  const edges: CatalogEdge[] = [];
  for (const n of nodes) {
    for (const from of n.prerequisites) edges.push({ from, to: n.key, type: 'prerequisite' });
    for (const to of n.next) edges.push({ from: n.key, to, type: 'next' });
  }
  return { nodes, edges, diagnostics: [] };
}
