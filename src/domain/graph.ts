// The catalog, indexed once so eligibility, plans and gaps never scan the node list per question.
import type { Catalog, CurriculumNode } from './types';

export interface CatalogIndex {
  catalog: Catalog;
  /** Node key → node. */
  byKey: Map<string, CurriculumNode>;
  /** Curriculum id as written → every key carrying it (more than one when an id is defined twice). */
  keysById: Map<string, string[]>;
  /** Key → keys of its prerequisites (only `prerequisite` edges; `next` edges never gate anything). */
  prerequisitesOf: Map<string, string[]>;
  /** Key → keys of the nodes that list it as a prerequisite. */
  dependentsOf: Map<string, string[]>;
  /** Nodes that list the role, matched case- and whitespace-insensitively, in catalog order. */
  nodesOfRole(role: string): CurriculumNode[];
  /** Distinct role names (first spelling wins), sorted. */
  roles: string[];
}

/** `  AI Infrastructure  team lead ` and `AI Infrastructure Team Lead` name the same role. */
export function foldRole(role: string): string {
  return role.trim().replace(/\s+/g, ' ').toLowerCase();
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const byKey = new Map<string, CurriculumNode>();
  const keysById = new Map<string, string[]>();
  const prerequisitesOf = new Map<string, string[]>();
  const dependentsOf = new Map<string, string[]>();
  const byRole = new Map<string, CurriculumNode[]>();
  const roleNames = new Map<string, string>();

  for (const node of catalog.nodes) {
    if (byKey.has(node.key)) continue; // keys are unique by contract; a duplicate is ignored, not fatal
    byKey.set(node.key, node);
    push(keysById, node.id, node.key);
    prerequisitesOf.set(node.key, []);
    dependentsOf.set(node.key, []);
    const seenRoles = new Set<string>();
    for (const role of node.roles) {
      const folded = foldRole(role);
      if (folded === '' || seenRoles.has(folded)) continue;
      seenRoles.add(folded);
      if (!roleNames.has(folded)) roleNames.set(folded, role.trim().replace(/\s+/g, ' '));
      const list = byRole.get(folded);
      if (list) list.push(node);
      else byRole.set(folded, [node]);
    }
  }

  const seenEdges = new Set<string>();
  for (const edge of catalog.edges) {
    if (edge.type !== 'prerequisite') continue;
    // An edge to a key the catalog does not hold cannot be completed by anyone; the catalog
    // builder turns unknown references into placeholders, so such an edge is a builder bug.
    if (!byKey.has(edge.from) || !byKey.has(edge.to)) continue;
    const id = `${edge.from}\u0000${edge.to}`;
    if (seenEdges.has(id)) continue;
    seenEdges.add(id);
    prerequisitesOf.get(edge.to)!.push(edge.from);
    dependentsOf.get(edge.from)!.push(edge.to);
  }

  const roles = [...roleNames.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return {
    catalog,
    byKey,
    keysById,
    prerequisitesOf,
    dependentsOf,
    nodesOfRole: (role) => byRole.get(foldRole(role)) ?? [],
    roles,
  };
}
