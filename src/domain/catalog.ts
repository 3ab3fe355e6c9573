// Documents of any kind → one catalog: keys, placeholders, edges, diagnostics, cycles.
// Pure and total: any input gives a catalog, bad documents give diagnostics (docs/curriculum-spec.md).
import { cmp, groupDefinitions } from './merge/definitions';
import { mergeDefinition } from './merge/merge-node';
import { linkNodes } from './merge/references';
import { prerequisiteCycles } from './merge/cycles';
import { diagnostic, type NodeDraft, type ParsedDocument } from './parse/draft';
import { parseDocument } from './parse/index';
import type { Catalog, CatalogEdge, CurriculumNode, Diagnostic, SourceDocument } from './types';

export { parseDocument, detectKind } from './parse/index';

const KIND_ORDER = { module: 0, project: 1, placeholder: 2 } as const;

export function buildCatalog(docs: SourceDocument[]): Catalog {
  const list = Array.isArray(docs) ? docs : [];
  const parsed: ParsedDocument[] = list.map((doc) => parseDocument(doc));
  const diagnostics: Diagnostic[] = parsed.flatMap((p) => p.diagnostics);
  try {
    const loaded = parsed.filter((p) => p.drafts.length > 0 || p.catalog);
    const carried = loaded.flatMap((p) => p.catalog?.diagnostics ?? []);
    // A catalog read back alone is already merged: return it as it was printed (R14).
    if (loaded.length > 0 && loaded.every((p) => p.catalog))
      return catalogsAsPrinted(loaded, [...carried, ...diagnostics]);
    const merged = mergeDrafts(loaded.flatMap((p) => p.drafts));
    return {
      nodes: merged.nodes,
      edges: merged.edges,
      diagnostics: [...carried, ...diagnostics, ...merged.diagnostics],
    };
  } catch (err) {
    // A bug in the merge must not take the planner down: report it.
    diagnostics.push(
      diagnostic(
        'internal-error',
        'error',
        null,
        `catalog could not be merged: ${String(err).slice(0, 200)}`,
      ),
    );
    return { nodes: [], edges: [], diagnostics };
  }
}

/** Drafts from every document → nodes with keys, placeholders, edges, and what was found on the way. */
export function mergeDrafts(drafts: NodeDraft[]): Catalog {
  const diagnostics: Diagnostic[] = [];
  const byDraftId = new Map<string, NodeDraft[]>();
  for (const d of drafts) {
    const group = byDraftId.get(d.node.id);
    if (group) group.push(d);
    else byDraftId.set(d.node.id, [d]);
  }
  const nodes: CurriculumNode[] = [];
  const byId = new Map<string, CurriculumNode[]>();
  const draftsByKey = new Map<string, NodeDraft[]>();
  for (const [id, group] of byDraftId) {
    const defs = groupDefinitions(id, group);
    if (defs.length > 1) {
      diagnostics.push(
        diagnostic(
          'duplicate-id',
          'info',
          defs[1]?.drafts[0]?.path ?? null,
          `${id} is defined ${defs.length} times with different content: ${defs.map((d) => d.key).join(', ')}`,
          defs[1]?.drafts[0]?.line ?? null,
          id,
        ),
      );
    }
    for (const def of defs) {
      const merged = mergeDefinition(def);
      draftsByKey.set(merged.node.key, def.drafts);
      nodes.push(merged.node);
      diagnostics.push(...merged.diagnostics);
      const same = byId.get(id);
      if (same) same.push(merged.node);
      else byId.set(id, [merged.node]);
    }
  }
  nodes.sort(byKindThenKey);
  const linked = linkNodes(nodes, byId);
  diagnostics.push(...linked.diagnostics);
  linked.edges = dropContradictions(nodes, linked.edges, diagnostics);
  const all = [...nodes, ...linked.placeholders.sort(byKindThenKey)];
  for (const cycle of prerequisiteCycles(
    all.map((n) => n.key),
    linked.edges,
  )) {
    diagnostics.push(cycleDiagnostic(cycle, linked.edges, all, draftsByKey));
  }
  return { nodes: all, edges: linked.edges, diagnostics };
}

/**
 * R18/R46: a cycle's diagnostic names one link in it — `B needs A`, both in the cycle, B the first member in key
 * order — with the file and line where B states that prerequisite, so the reader can open it and break the loop.
 */
function cycleDiagnostic(
  cycle: string[],
  edges: CatalogEdge[],
  nodes: CurriculumNode[],
  draftsByKey: Map<string, NodeDraft[]>,
): Diagnostic {
  const members = new Set(cycle);
  const byKey = new Map(nodes.filter((n) => members.has(n.key)).map((n) => [n.key, n]));
  let link: { from: string; to: string } | null = null;
  for (const to of cycle) {
    const edge = edges.find((e) => e.type === 'prerequisite' && e.to === to && members.has(e.from));
    if (edge) {
      link = edge;
      break;
    }
  }
  const needing = link ? byKey.get(link.to) : undefined;
  const needed = link ? byKey.get(link.from) : undefined;
  const stating =
    needing && needed
      ? draftsByKey.get(needing.key)?.find((d) => d.node.prerequisites.includes(needed.id))
      : undefined;
  const file = stating?.path ?? needing?.sources[0] ?? null;
  const line = stating ? (stating.prerequisitesLine ?? stating.line) : null;
  const where = file ? ` (stated in ${file}${line ? `:${line}` : ''})` : '';
  const linkText = needing && needed ? `; ${needing.key} needs ${needed.key}${where}` : '';
  return diagnostic(
    'cycle',
    'warning',
    file,
    `prerequisite cycle among ${cycle.join(', ')}${linkText}: no order satisfies every prerequisite`,
    line,
    needing?.id ?? cycle[0] ?? null,
  );
}

/**
 * R31: a node that is both a prerequisite and a next step of the same node is a contradiction: the
 * prerequisite wins (the `next` edge and list entry go, so nothing draws or ranks it after) and it is reported.
 */
function dropContradictions(
  nodes: CurriculumNode[],
  edges: CatalogEdge[],
  diagnostics: Diagnostic[],
): CatalogEdge[] {
  const prerequisite = new Set(
    edges.filter((e) => e.type === 'prerequisite').map((e) => `${e.from}\u0000${e.to}`),
  );
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return edges.filter((e) => {
    if (e.type !== 'next' || !prerequisite.has(`${e.to}\u0000${e.from}`)) return true;
    const node = byKey.get(e.from);
    const next = byKey.get(e.to);
    if (node && next) node.next = node.next.filter((id) => id !== next.id);
    diagnostics.push(
      diagnostic(
        'contradiction',
        'warning',
        node?.sources[0] ?? null,
        `${e.to} is both a prerequisite and a next step of ${e.from}; read as a prerequisite`,
        null,
        node?.id ?? e.from,
      ),
    );
    return false;
  });
}

function byKindThenKey(a: CurriculumNode, b: CurriculumNode): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.key, b.key);
}

function catalogsAsPrinted(loaded: ParsedDocument[], diagnostics: Diagnostic[]): Catalog {
  const nodes: CurriculumNode[] = [];
  const edges: CatalogEdge[] = [];
  const keys = new Set<string>();
  const edgeKeys = new Set<string>();
  for (const p of loaded) {
    for (const n of p.catalog?.nodes ?? []) {
      if (keys.has(n.key)) {
        diagnostics.push(
          diagnostic(
            'duplicate-key',
            'warning',
            p.path,
            `node ${n.key} appears in more than one catalog; kept the first`,
            null,
            n.id,
          ),
        );
        continue;
      }
      keys.add(n.key);
      nodes.push(n);
    }
    for (const e of p.catalog?.edges ?? []) {
      const k = `${e.type}\u0000${e.from}\u0000${e.to}`;
      if (!edgeKeys.has(k)) {
        edgeKeys.add(k);
        edges.push(e);
      }
    }
  }
  return { nodes, edges, diagnostics };
}
