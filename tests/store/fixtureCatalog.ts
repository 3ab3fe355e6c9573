import type { StoreDeps } from '../../src/store/deps';
// A tiny stand-in parser for store/storage/UI tests: each document line `ID | title | prereq,prereq | role | hours` is a node.
import type { Catalog, CatalogEdge, CurriculumNode, SourceDocument } from '../../src/domain/types';
import { createPlannerStore } from '../../src/store/store';
import type { PlannerStore } from '../../src/store/store';

export function fixtureNode(id: string, over: Partial<CurriculumNode> = {}): CurriculumNode {
  return {
    key: id,
    id,
    kind: id.startsWith('PROJ') ? 'project' : 'module',
    title: `Title of ${id}`,
    roles: ['Engineer'],
    hours: 10,
    hoursBreakdown: {},
    prerequisites: [],
    prerequisiteSkills: [],
    next: [],
    competencies: [],
    objectives: [],
    sources: ['fixture'],
    crossRole: [],
    outline: [],
    activities: [],
    assessments: [],
    deliverables: [],
    linkedProjects: [],
    sections: [],
    ...over,
  };
}

export function fixtureBuild(docs: SourceDocument[]): Catalog {
  const byId = new Map<string, CurriculumNode>();
  for (const doc of docs) {
    for (const line of doc.text.split('\n')) {
      const [id, title, prereqs, role, hours] = line.split('|').map((s) => s.trim());
      if (!id) continue;
      byId.set(
        id,
        fixtureNode(id, {
          title: title || `Title of ${id}`,
          prerequisites: prereqs
            ? prereqs
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : [],
          roles: role ? [role] : ['Engineer'],
          hours: hours ? Number(hours) : 10,
          sources: [doc.path],
        }),
      );
    }
  }
  const edges: CatalogEdge[] = [];
  for (const n of byId.values()) {
    for (const p of n.prerequisites) {
      if (!byId.has(p))
        byId.set(p, fixtureNode(p, { kind: 'placeholder', title: p, roles: [], hours: null }));
      edges.push({ from: p, to: n.key, type: 'prerequisite' });
    }
  }
  return { nodes: [...byId.values()], edges, diagnostics: [] };
}

/** A → B → C chain plus D needing A and C, role Engineer; E is an Analyst module with no prerequisites. */
export const FIXTURE_SEEDS: SourceDocument[] = [
  {
    path: 'seed-1.md',
    text: 'MOD-1 | Foundations | | Engineer | 10\nMOD-2 | Operations | MOD-1 | Engineer | 20\nMOD-3 | Scaling | MOD-2 | Engineer | 30',
  },
  {
    path: 'seed-2.md',
    text: 'PROJ-1 | Capstone | MOD-1, MOD-3 | Engineer | 40\nMOD-9 | Reporting | | Analyst | 5',
  },
];

export function fixtureStore(
  over: {
    build?: (docs: SourceDocument[]) => Catalog;
    seeds?: SourceDocument[];
    layout?: StoreDeps['layout'];
  } = {},
): {
  store: PlannerStore;
  parses: () => number;
} {
  let parses = 0;
  const store = createPlannerStore({
    seeds: over.seeds ?? FIXTURE_SEEDS,
    loadBuildCatalog: async () => (docs) => {
      parses++;
      return (over.build ?? fixtureBuild)(docs);
    },
    ...(over.layout && { layout: over.layout }),
  });
  return { store, parses: () => parses };
}
