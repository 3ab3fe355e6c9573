// What an export shows, read from plain planner data: header facts, legend, and the graph data. No DOM here.
// Export sits below the store (layers import downward): the store's selectors build ExportData
// (store/exportData.ts) and the UI hands it in.
import type { CatalogIndex } from '../domain/graph';
import type { Catalog, Goal, LearningPlan, Profile, Statuses } from '../domain/types';
import type { Direction, Positions } from '../layout/geometry';
import { roleColor } from './roleColors';
import { burnUp } from '../domain/burnup';
import { goalProgress, type PathSubgraph } from '../domain/path';
import { isDone, type EligibilityMap, type ProgressSummary } from '../domain/progress';
import type { GraphSvgInput } from './graphSvg';
import type { PathPictureInput } from './pathPicture';
import { legendEntries, type LegendEntry, type SheetHeader, type SheetNote } from './sheet';

/**
 * Everything an export reads, as plain data: the catalog and its index, the active learner (profile, statuses) and
 * what is derived from them (eligibility, progress, plan, path), the drawn positions and direction, and how many
 * documents were imported (the catalog's name). Built by `selectExportData` in store/exportData.ts.
 */
export interface ExportData {
  catalog: Catalog;
  index: CatalogIndex;
  /** Documents the user imported on top of the shipped sample (0: the sample alone). */
  importedDocuments: number;
  direction: Direction;
  positions: Positions;
  profile: Profile;
  statuses: Statuses;
  eligibility: EligibilityMap;
  progress: ProgressSummary;
  /** The learning plan to the profile's goal, and its path (PT1); null without a goal. */
  plan: LearningPlan | null;
  path: PathSubgraph | null;
}

export function describeGoal(goal: Goal | null, idOf: (key: string) => string): string {
  if (!goal) return 'none chosen';
  if (goal.type === 'role') return goal.role;
  const ids = goal.keys.map(idOf);
  return ids.length <= 4 ? ids.join(', ') : `${ids.slice(0, 4).join(', ')} and ${ids.length - 4} more`;
}

/** The catalog's name in an export header: the catalog URL's file and host, or the sample (+ n imported documents). */
export function catalogName(importedDocuments: number, catalogUrl: string | null): string {
  if (catalogUrl) {
    try {
      const u = new URL(catalogUrl);
      return `${u.pathname.split('/').filter(Boolean).pop() ?? 'catalog'} (${u.host})`;
    } catch {
      return catalogUrl;
    }
  }
  const n = importedDocuments;
  return n === 0
    ? 'built-in sample curriculum'
    : `sample curriculum + ${n} imported document${n === 1 ? '' : 's'}`;
}

export function progressPercent(p: {
  done: number;
  total: number;
  hoursDone: number;
  hoursTotal: number;
}): number {
  // Same rule as the toolbar: by hours when hours are known, else by count.
  if (p.hoursTotal > 0) return Math.round((p.hoursDone / p.hoursTotal) * 100);
  return p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
}

export function sheetHeader(
  s: ExportData,
  opts: { catalogUrl: string | null; date: string; scope: 'whole' | 'view' },
): SheetHeader {
  const profile = s.profile;
  const p = s.progress;
  return {
    catalogName: catalogName(s.importedDocuments, opts.catalogUrl),
    learner: profile.name,
    goal: describeGoal(profile.goal, (k) => s.index.byKey.get(k)?.id ?? k),
    date: opts.date,
    progressPct: progressPercent(p),
    done: p.done,
    total: p.total,
    scope: opts.scope,
  };
}

export function sheetLegend(s: ExportData): LegendEntry[] {
  return legendEntries(s.index.roles.map((r) => ({ name: r, color: roleColor(s.index.roles, r) })));
}

export function graphInput(s: ExportData): GraphSvgInput {
  const roles = s.index.roles;
  const eligible = new Set<string>();
  for (const [k, e] of s.eligibility) if (e.eligible) eligible.add(k);
  const profile = s.profile;
  return {
    nodes: s.catalog.nodes.map((n) => ({
      key: n.key,
      id: n.id,
      title: n.title,
      kind: n.kind,
      hours: n.hours,
      roleColors: n.roles.length ? n.roles.map((r) => roleColor(roles, r)) : [roleColor(roles, undefined)],
    })),
    edges: s.catalog.edges,
    positions: s.positions,
    statuses: s.statuses,
    eligible,
    noted: new Set(Object.keys(profile.notes)),
    direction: s.direction,
  };
}

const MAX_NOTES = 40;
/** The active learner's notes by node id (export shows them under the legend). */
export function sheetNotes(s: ExportData): SheetNote[] {
  const notes = Object.entries(s.profile.notes)
    .map(([k, text]) => ({ id: s.index.byKey.get(k)?.id ?? k, text }))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (notes.length <= MAX_NOTES) return notes;
  return [
    ...notes.slice(0, MAX_NOTES),
    { id: '…', text: `and ${notes.length - MAX_NOTES} more notes (in the backup file)` },
  ];
}

/**
 * PT3: the path picture's data, read from the export data (its path is the store's selectPath, the one the map and
 * the plan list use), or null without a goal. `date` is the local date `YYYY-MM-DD` (the shell reads the clock).
 */
export function pathPictureInput(s: ExportData, date: string): PathPictureInput | null {
  const path = s.path;
  if (!path) return null;
  const profile = s.profile;
  const statuses = s.statuses;
  const roles = s.index.roles;
  const progress = goalProgress(s.index, statuses, path);
  const colorsOf = (nodeRoles: string[]) =>
    nodeRoles.length ? nodeRoles.map((r) => roleColor(roles, r)) : [roleColor(roles, undefined)];
  const shownRoles = new Set<string>();
  const steps = path.plan.items.map((item) => {
    const node = s.index.byKey.get(item.key);
    node?.roles.forEach((r) => shownRoles.add(r));
    const after = (s.index.prerequisitesOf.get(item.key) ?? [])
      .filter((p) => !isDone(statuses, p))
      .map((p) => path.order.get(p))
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
    return {
      key: item.key,
      id: item.id,
      title: item.title,
      kind: item.kind,
      hours: item.hoursKnown ? item.hours : null,
      inProgress: statuses[item.key] === 'in-progress',
      ready: item.eligibleNow,
      after,
      start: item.start,
      finish: item.finish,
      roleColors: colorsOf(node?.roles ?? []),
    };
  });
  return {
    learner: profile.name,
    goal: describeGoal(profile.goal, (k) => s.index.byKey.get(k)?.id ?? k),
    date,
    percentDone: progress.percent,
    doneCount: progress.doneNodes,
    hoursLeft: path.plan.totalHours,
    finish: path.plan.finish,
    hoursPerWeek: profile.pace?.hoursPerWeek ?? null,
    steps,
    done: path.done.map((key) => ({ key, id: s.index.byKey.get(key)?.id ?? key })),
    roles: roles.filter((r) => shownRoles.has(r)).map((name) => ({ name, color: roleColor(roles, name) })),
    // The picture's date is its "today" (BU4): the sparkline says ahead/behind as of the day it is made.
    burnUp: burnUp(s.index, statuses, profile.history ?? {}, profile.goal, profile.pace, date),
  };
}
