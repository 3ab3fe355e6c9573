// Which drafts describe the same node (R9, R10) and the key each definition gets (R15).
import { foldName as foldRole, foldTitle } from '../text';
import type { NodeDraft } from '../parse/draft';
import { kebab } from '../parse/values';

export interface Definition {
  id: string;
  /** Drafts in precedence order: documents (by path) first, then master plans. */
  drafts: NodeDraft[];
  roles: Set<string>;
  key: string;
}

const ORIGIN_RANK = { document: 0, catalog: 1, 'master-plan': 2 } as const;

export function byPrecedence(a: NodeDraft, b: NodeDraft): number {
  return (
    ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin] || cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0)
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups the drafts of one id. Two drafts are one node when they share a role or a title
 * (a roadmap and its role's master plan); otherwise they are separate definitions, because
 * real curricula reuse ids across roles.
 */
export function groupDefinitions(id: string, drafts: NodeDraft[]): Definition[] {
  const defs: (Definition & { titles: Set<string> })[] = [];
  for (const draft of [...drafts].sort(byPrecedence)) {
    const roles = new Set(draft.node.roles.map(foldRole));
    const title = foldTitle(draft.node.title);
    const match =
      defs.find((d) => [...roles].some((r) => d.roles.has(r))) ??
      defs.find((d) => title !== foldTitle(id) && d.titles.has(title)) ??
      (roles.size === 0 && defs.length === 1 ? defs[0] : undefined) ??
      defs.find((d) => d.roles.size === 0);
    if (match) {
      match.drafts.push(draft);
      for (const r of roles) match.roles.add(r);
      match.titles.add(title);
    } else {
      defs.push({ id, drafts: [draft], roles, titles: new Set([title]), key: id });
    }
  }
  if (defs.length > 1) {
    const used = new Set<string>();
    for (const def of defs) {
      const primary = def.drafts[0];
      const firstRole = primary?.node.roles[0];
      const base = firstRole ? kebab(firstRole) : kebab(baseName(primary?.path ?? '')) || 'definition';
      let key = `${id}@${base}`;
      for (let n = 2; used.has(key); n++) key = `${id}@${base}-${n}`;
      used.add(key);
      def.key = key;
    }
  }
  return defs.map(({ titles: _titles, ...def }) => def);
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]*$/, '');
}
