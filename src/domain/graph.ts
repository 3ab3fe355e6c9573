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

/**
 * Strongly connected components of the prerequisite graph restricted to `keys` (Tarjan, iterative
 * so a 2,000-node chain cannot overflow the stack). Components come out dependents-first.
 */
export function stronglyConnected(index: CatalogIndex, keys: Set<string>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of keys) {
    if (order.has(root)) continue;
    const work: { key: string; next: number }[] = [{ key: root, next: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const successors = index.dependentsOf.get(frame.key) ?? [];
      if (frame.next < successors.length) {
        const child = successors[frame.next++]!;
        if (!keys.has(child)) continue;
        if (!order.has(child)) {
          order.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ key: child, next: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.key, Math.min(low.get(frame.key)!, order.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === order.get(frame.key)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.key);
        components.push(component);
      }
    }
  }
  return components;
}
