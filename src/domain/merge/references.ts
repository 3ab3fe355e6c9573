// Ids in prerequisite and next lists become edges between node keys (R16, R17).
import type { CatalogEdge, CurriculumNode, Diagnostic } from '../types';
import { diagnostic, emptyNode } from '../parse/draft';
import { foldName as foldRole } from '../text';

export function linkNodes(
  nodes: CurriculumNode[],
  byId: Map<string, CurriculumNode[]>,
): { edges: CatalogEdge[]; placeholders: CurriculumNode[]; diagnostics: Diagnostic[] } {
  const edges: CatalogEdge[] = [];
  const seen = new Set<string>();
  const placeholders = new Map<string, CurriculumNode>();
  const diagnostics: Diagnostic[] = [];

  const resolve = (id: string, from: CurriculumNode, field: string): string => {
    const candidates = byId.get(id);
    if (!candidates || candidates.length === 0) {
      // Referenced but defined nowhere: a placeholder keeps the edge visible (R17).
      if (!placeholders.has(id)) placeholders.set(id, emptyNode(id, 'placeholder'));
      return id;
    }
    if (candidates.length === 1) return (candidates[0] as CurriculumNode).key;
    // Ids are reused across roles, and a document means its own role's definition (R16).
    const roles = new Set(from.roles.map(foldRole));
    const sameRole = candidates.filter((c) => c.roles.some((r) => roles.has(foldRole(r))));
    if (sameRole.length === 1) return (sameRole[0] as CurriculumNode).key;
    const chosen = (sameRole[0] ?? candidates[0]) as CurriculumNode;
    diagnostics.push(
      diagnostic(
        'ambiguous-reference',
        'warning',
        from.sources[0] ?? null,
        `${from.key}: ${field} ${id} could mean ${candidates.map((c) => c.key).join(' or ')}; linked to ${chosen.key}`,
        null,
        from.id,
      ),
    );
    return chosen.key;
  };
  const add = (from: string, to: string, type: CatalogEdge['type']) => {
    const k = `${type}\u0000${from}\u0000${to}`;
    if (from === to || seen.has(k)) return;
    seen.add(k);
    edges.push({ from, to, type });
  };

  for (const node of nodes) {
    for (const id of node.prerequisites) add(resolve(id, node, 'prerequisite'), node.key, 'prerequisite');
    for (const id of node.next) if (id !== node.id) add(node.key, resolve(id, node, 'next'), 'next');
  }
  return { edges, placeholders: [...placeholders.values()], diagnostics };
}
