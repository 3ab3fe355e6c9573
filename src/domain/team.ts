// A team board: one row per learner (who, goal, how far, ahead/behind, what next) and a competency heatmap, from the
// same core as the plan and the burn-up. Rules: docs/planning.md (T1–T7). Pure: `today` comes from the shell.
import { burnUp, goalScope, type StatusHistory } from './burnup';
import { toCsv } from './csv';
import { competencyGaps } from './gaps';
import type { CatalogIndex } from './graph';
import { learningPlan } from './plan';
import { LEVELS, type Goal, type LevelName, type Pace, type Statuses } from './types';

/** What a row needs of a learner's profile record. */
export interface TeamLearner {
  name: string;
  statuses: Statuses;
  history?: StatusHistory;
  goal: Goal | null;
  pace: Pace | null;
}

export interface TeamRow {
  name: string;
  /** The goal as text (role name, or ids); null without a goal. */
  goal: string | null;
  /** T1: completed / skipped / all modules and projects of the goal's scope (BU1); placeholders are not counted. */
  done: number;
  skipped: number;
  total: number;
  /** T1: (done + skipped) / total, rounded, 0–100. */
  percent: number;
  /** T2: hours of the remaining plan (P2). */
  hoursLeft: number;
  /** T3: BU5's projected finish; null without a pace. */
  projectedFinish: string | null;
  /** T3: BU4's days behind (negative: ahead); null without a pace. */
  behindDays: number | null;
  /** T4: ids of the plan's modules and projects eligible now, in plan order. */
  next: string[];
}

export function goalText(index: CatalogIndex, goal: Goal | null): string | null {
  if (!goal) return null;
  if (goal.type === 'role') return goal.role;
  return goal.keys.map((key) => index.byKey.get(key)?.id ?? key).join(', ');
}

/** T1–T4: one learner's row against their catalog, at `today` (`YYYY-MM-DD`). Without a goal: the whole catalog. */
export function teamRow(index: CatalogIndex, learner: TeamLearner, today: string): TeamRow {
  const { statuses, goal, pace } = learner;
  const scope = goalScope(index, statuses, goal);
  let done = 0;
  let skipped = 0;
  let total = 0;
  for (const key of scope) {
    if (index.byKey.get(key)?.kind === 'placeholder') continue;
    total++;
    if (statuses[key] === 'completed') done++;
    else if (statuses[key] === 'skipped') skipped++;
  }
  const plan = learningPlan(index, statuses, goal ?? { type: 'nodes', keys: scope });
  // T4: a placeholder is outside the catalog: not a step anyone can take, so never "next".
  const next = [
    ...new Set(
      plan.items.filter((item) => item.eligibleNow && item.kind !== 'placeholder').map((item) => item.id),
    ),
  ];
  const b = burnUp(index, statuses, learner.history ?? {}, goal, pace, today);
  return {
    name: learner.name,
    goal: goalText(index, goal),
    done,
    skipped,
    total,
    percent: total === 0 ? 0 : Math.round(((done + skipped) / total) * 100),
    hoursLeft: plan.totalHours,
    projectedFinish: b?.projectedFinish ?? null,
    behindDays: b?.behindDays ?? null,
    next,
  };
}

export const TEAM_CSV_HEADER = [
  'learner',
  'goal',
  'done',
  'skipped',
  'total',
  'percent done',
  'hours left',
  'projected finish',
  'days behind',
  'next',
] as const;

/** T6: the board as CSV (X6's quoting): one row per learner; `next` ids joined with spaces. */
export function teamCsv(rows: readonly TeamRow[]): string {
  return toCsv(
    TEAM_CSV_HEADER,
    rows.map((r) => [
      r.name,
      r.goal,
      r.done,
      r.skipped,
      r.total,
      r.percent,
      r.hoursLeft,
      r.projectedFinish,
      r.behindDays,
      r.next.join(' '),
    ]),
  );
}

/** One heatmap cell: the level a learner attained in a competency against the level the role requires. */
export interface HeatCell {
  required: LevelName;
  attained: LevelName | null;
  /** required rank − attained rank (G3); ≤ 0 is met. */
  gap: number;
}

/**
 * T5: learners × the role's competencies (G1–G3, per learner against their own catalog). Columns: every competency
 * with a requirement in any learner's catalog, by name; a learner whose catalog lacks it has no cell (null).
 */
export function competencyHeatmap(
  role: string,
  learners: readonly { index: CatalogIndex; statuses: Statuses }[],
): { competencies: { key: string; name: string }[]; cells: (HeatCell | null)[][] } {
  const reports = learners.map(({ index, statuses }) => {
    const report = competencyGaps(index, statuses, role);
    return new Map([...report.gaps, ...report.met].map((g) => [g.key, g]));
  });
  const names = new Map<string, string>();
  for (const report of reports)
    for (const [key, g] of report) if (!names.has(key)) names.set(key, g.name ?? key);
  const competencies = [...names]
    .map(([key, name]) => ({ key, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const cells = reports.map((report) =>
    competencies.map(({ key }) => {
      const g = report.get(key);
      return g ? { required: g.required, attained: g.attained, gap: g.gap } : null;
    }),
  );
  return { competencies, cells };
}

export const LEVEL_COUNT = LEVELS.length;
