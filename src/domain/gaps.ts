// Competency gaps for a target role: what the role requires, what completed work attained, and
// which nodes would close each gap. Rules: docs/planning.md (G1–G6).
import { foldRole, type CatalogIndex } from './graph';
import { isDoneStatus, isEligibleNow } from './progress';
import type { CompetencyGap, CompetencyReport, CurriculumNode, LevelName, Statuses } from './types';
import { LEVELS } from './types';

interface Target {
  node: CurriculumNode;
  /** Highest rank the node targets for the competency (G1: `Awareness/Working` → Working). */
  rank: number;
}

/** What a role asks for one competency; independent of statuses, so computed once per index and role. */
interface Requirement {
  key: string;
  name: string;
  required: number;
  /** Every node of the catalog targeting the competency with a known level, sorted by id then key. */
  targets: Target[];
}

const targetsCache = new WeakMap<CatalogIndex, Map<string, Target[]>>();
const requirementsCache = new WeakMap<CatalogIndex, Map<string, Requirement[]>>();

/** Competency key → nodes targeting it with a known level. Cached per index: the catalog is immutable. */
function targetsByCompetency(index: CatalogIndex): Map<string, Target[]> {
  const cached = targetsCache.get(index);
  if (cached) return cached;
  const byCompetency = new Map<string, Target[]>();
  for (const node of index.byKey.values()) {
    const best = new Map<string, number>();
    for (const competency of node.competencies) {
      if (!competency.range) continue;
      best.set(competency.key, Math.max(best.get(competency.key) ?? -1, competency.range.max));
    }
    for (const [key, rank] of best) {
      const list = byCompetency.get(key);
      if (list) list.push({ node, rank });
      else byCompetency.set(key, [{ node, rank }]);
    }
  }
  const { position, tieOrder } = index.dense;
  const tie = (t: Target) => tieOrder[position.get(t.node.key)!]!;
  for (const list of byCompetency.values()) list.sort((a, b) => tie(a) - tie(b));
  targetsCache.set(index, byCompetency);
  return byCompetency;
}

function requirementsOf(index: CatalogIndex, role: string): Requirement[] {
  let byRole = requirementsCache.get(index);
  if (!byRole) requirementsCache.set(index, (byRole = new Map()));
  const folded = foldRole(role);
  const cached = byRole.get(folded);
  if (cached) return cached;
  // G1: required = highest level any node of the role targets; G2: competencies with no known
  // level anywhere in the role have no requirement, so they are reported in neither list.
  const required = new Map<string, number>();
  const names = new Map<string, string>();
  for (const node of index.nodesOfRole(role)) {
    for (const competency of node.competencies) {
      if (!names.has(competency.key)) names.set(competency.key, competency.name);
      if (!competency.range) continue;
      required.set(competency.key, Math.max(required.get(competency.key) ?? -1, competency.range.max));
    }
  }
  const targets = targetsByCompetency(index);
  const requirements = [...required].map(([key, rank]) => ({
    key,
    name: names.get(key) ?? key,
    required: rank,
    targets: targets.get(key) ?? [],
  }));
  byRole.set(folded, requirements);
  return requirements;
}

function levelName(rank: number): LevelName {
  return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, rank))]!;
}

export function competencyGaps(index: CatalogIndex, statuses: Statuses, role: string): CompetencyReport {
  const all: CompetencyGap[] = [];
  for (const requirement of requirementsOf(index, role)) {
    let attained = -1;
    const eligible: CurriculumNode[] = [];
    const waiting: CurriculumNode[] = [];
    for (const { node, rank } of requirement.targets) {
      // G3: attained = highest target among completed or skipped nodes of the whole catalog (any role).
      if (isDoneStatus(statuses[node.key])) attained = Math.max(attained, rank);
      // G4: a not-completed node (any role) reaching the required level would close the gap;
      // targets are already in id order, so eligible-first is a stable partition.
      else if (rank >= requirement.required)
        (isEligibleNow(index, statuses, node.key) ? eligible : waiting).push(node);
    }
    const closers = eligible.concat(waiting);
    all.push({
      competency: requirement.key,
      key: requirement.key,
      name: requirement.name,
      required: levelName(requirement.required),
      attained: attained < 0 ? null : levelName(attained),
      gap: requirement.required - attained,
      closedBy: [...new Set(closers.map((n) => n.id))],
      closedByKeys: closers.map((n) => n.key),
    });
  }

  // G5: biggest gap first, then by key; G6: a gap ≤ 0 is met.
  const byKey = (a: CompetencyGap, b: CompetencyGap) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const gaps = all.filter((g) => g.gap > 0).sort((a, b) => b.gap - a.gap || byKey(a, b));
  const met = all.filter((g) => g.gap <= 0).sort(byKey);
  const roleAsWritten = index.roles.find((r) => foldRole(r) === foldRole(role)) ?? role.trim();
  return { role: roleAsWritten, gaps, met };
}
