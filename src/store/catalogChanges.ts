// Safe catalog changes (issue 14 item 5): which stored documents a re-import replaces, what changed, and the undo
// snapshot of a reset. Pure functions over the catalog; the slice calls them.
import { foldRole } from '../domain/graph';
import type { Catalog, CurriculumNode, SourceDocument } from '../domain/types';
import type { PlannerState } from './types';

/**
 * Path → what that document defines: one `id + role` token per module or project and role (placeholders define
 * nothing). A second definition of an id for another role is another token, so it never replaces the first.
 */
export function idsByPath(catalog: Catalog): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const node of catalog.nodes) {
    if (node.kind === 'placeholder') continue;
    const roles = node.roles.length ? node.roles.map(foldRole) : [''];
    for (const path of node.sources) {
      const ids = out.get(path) ?? new Set<string>();
      for (const role of roles) ids.add(`${node.id}\u0000${role}`);
      out.set(path, ids);
    }
  }
  return out;
}

/**
 * C1: a stored document is an older version of an incoming one when every id it defines is defined by that one
 * incoming document for the same role (whatever path either came by). Returns the stored paths to drop.
 */
export function replacedPaths(
  stored: SourceDocument[],
  storedIds: Map<string, Set<string>>,
  incomingIds: Map<string, Set<string>>,
): string[] {
  const incomingPaths = new Set(incomingIds.keys());
  const out: string[] = [];
  for (const doc of stored) {
    if (incomingPaths.has(doc.path)) continue; // same path: replaced anyway (mergeSources)
    const ids = storedIds.get(doc.path);
    if (!ids || ids.size === 0) continue;
    for (const newer of incomingIds.values()) {
      if ([...ids].every((id) => newer.has(id))) {
        out.push(doc.path);
        break;
      }
    }
  }
  return out;
}

/** What a node says, without where it came from: two versions of a document that say the same are unchanged. */
function content(node: CurriculumNode): string {
  const { key: _key, sources: _sources, ...rest } = node;
  return JSON.stringify(rest);
}

/** C2: ids added, removed and changed between two catalogs (modules and projects, by id). */
export function catalogDiff(
  before: Catalog,
  after: Catalog,
): { added: string[]; removed: string[]; changed: string[] } {
  const byId = (c: Catalog) => {
    const m = new Map<string, string[]>();
    for (const n of c.nodes) if (n.kind !== 'placeholder') m.set(n.id, [...(m.get(n.id) ?? []), content(n)]);
    return m;
  };
  const a = byId(before);
  const b = byId(after);
  const added = [...b.keys()].filter((id) => !a.has(id)).sort();
  const removed = [...a.keys()].filter((id) => !b.has(id)).sort();
  const changed = [...b.keys()]
    .filter((id) => a.has(id) && a.get(id)!.sort().join('\u0000') !== b.get(id)!.sort().join('\u0000'))
    .sort();
  return { added, removed, changed };
}

/** The undo snapshot of a catalog change: the documents and all progress as they were. */
export type CatalogSnapshot = Pick<
  PlannerState,
  'sources' | 'catalog' | 'profiles' | 'aside' | 'manualPositions'
> & { label: string };

export function snapshotOf(s: PlannerState, label: string): CatalogSnapshot {
  return {
    label,
    sources: s.sources,
    catalog: s.catalog,
    profiles: s.profiles,
    aside: s.aside,
    manualPositions: s.manualPositions,
  };
}
