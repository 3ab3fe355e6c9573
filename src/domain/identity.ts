// Which node a piece of progress belongs to when the catalog changes under it. Node keys are not stable: an id
// that gains a second definition is re-keyed (`MOD-101` → `MOD-101@data-analyst`, R15). Progress follows the
// definition it was recorded for, matched by id plus source file, role and title. Rules: docs/planning.md I1–I6.
import { foldRole, type CatalogIndex } from './graph';
import type { CurriculumNode, NodeIdentity } from './types';

export function identityOf(node: CurriculumNode): NodeIdentity {
  return { id: node.id, kind: node.kind, title: node.title, roles: node.roles, sources: node.sources };
}

/** I5: progress under a key that no known catalog defines: only the id is known (`MOD-101@x` → `MOD-101`). */
export function identityFromKey(key: string): NodeIdentity {
  const at = key.indexOf('@');
  return {
    id: at > 0 ? key.slice(0, at) : key,
    kind: 'module',
    title: '',
    roles: [],
    sources: [],
    idOnly: true,
  };
}

/** I4/I5: a placeholder (no document describes it) or an id-only identity is matched by its id alone. */
const byIdAlone = (identity: NodeIdentity, candidate: CurriculumNode) =>
  identity.idOnly === true || identity.kind === 'placeholder' || candidate.kind === 'placeholder';

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * I2: how well a candidate of the same id matches: same source file 4, a shared role 2, same title 1 (sum);
 * 0 means nothing but the id agrees. Placeholders and id-only identities score 1 against any candidate (I4, I5).
 */
export function matchScore(identity: NodeIdentity, candidate: CurriculumNode): number {
  if (byIdAlone(identity, candidate)) return 1;
  let score = 0;
  const sources = new Set(identity.sources);
  if (candidate.sources.some((s) => sources.has(s))) score += 4;
  const roles = new Set(identity.roles.map(foldRole));
  if (candidate.roles.some((r) => roles.has(foldRole(r)))) score += 2;
  if (fold(candidate.title) === fold(identity.title)) score += 1;
  return score;
}

function sameIdentity(a: NodeIdentity, b: CurriculumNode): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.roles.length === b.roles.length &&
    a.roles.every((r, i) => r === b.roles[i]) &&
    a.sources.length === b.sources.length &&
    a.sources.every((s, i) => s === b.sources[i])
  );
}

/**
 * I1–I5: each wanted key (a key that carries progress, with the identity of the node it was recorded for) → the
 * key of the same node in `next`, or null when the node is not in `next` (its progress is kept aside, I3).
 * - I1 A node whose key and identity are unchanged keeps its key (the fast path: almost every key).
 * - I2 Otherwise the candidates are the nodes of `next` with the same id; each scores by matchScore and needs a
 *   score above 0 (something besides the id must agree). The best-scoring pairs are matched first, each next key
 *   at most once, so a second definition of the id is never given the first one's progress: it starts fresh.
 * - I3 A wanted key with no candidate left maps to null.
 * - Ties break by: same key as before, then catalog order of the candidate, then the wanted key.
 * Never throws; O(wanted + candidates of their ids).
 */
export function matchKeys(wanted: Map<string, NodeIdentity>, next: CatalogIndex): Map<string, string | null> {
  const result = new Map<string, string | null>();
  const taken = new Set<string>();
  const open: [string, NodeIdentity][] = [];
  for (const [key, identity] of wanted) {
    const node = next.byKey.get(key);
    if (node && !identity.idOnly && sameIdentity(identity, node)) {
      result.set(key, key);
      taken.add(key);
    } else open.push([key, identity]);
  }
  const pairs: { from: string; to: string; score: number; order: number }[] = [];
  for (const [key, identity] of open) {
    const candidates = next.keysById.get(identity.id) ?? [];
    candidates.forEach((candidate, order) => {
      if (taken.has(candidate)) return;
      // I4/I5: matched by id alone only when the id names one node (otherwise which one is a guess: kept aside).
      if (candidates.length > 1 && byIdAlone(identity, next.byKey.get(candidate)!)) return;
      const score = matchScore(identity, next.byKey.get(candidate)!);
      if (score > 0)
        pairs.push({ from: key, to: candidate, score: score + (candidate === key ? 0.5 : 0), order });
    });
  }
  pairs.sort(
    (a, b) => b.score - a.score || a.order - b.order || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
  );
  for (const pair of pairs) {
    if (result.has(pair.from) || taken.has(pair.to)) continue;
    result.set(pair.from, pair.to);
    taken.add(pair.to);
  }
  for (const [key] of open) if (!result.has(key)) result.set(key, null);
  return result;
}
