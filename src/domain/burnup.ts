// Progress over time for one learner: hours completed (from the dated status history) against the plan's line at
// the learner's pace, with today, the projected finish and ahead/behind in days. Rules: docs/planning.md (BU1–BU8).
import { dayToIso, isoToDay } from './dates';
import type { CatalogIndex } from './graph';
import { alternativeChooser, goalKeys, learningPlan, remainingPace } from './plan';
import { isDoneStatus } from './progress';
import type { Goal, Pace, Status, Statuses } from './types';

/** One status change with its moment (`YYYY-MM-DD` or an ISO date-time; only the date is read). */
export interface DatedStatus {
  status: Status;
  at: string;
}

/** Node key → its status changes, oldest first (the profile's `history`). */
export type StatusHistory = Record<string, readonly DatedStatus[]>;

/** A point of a line: cumulative hours at the end of that day. */
export interface BurnUpPoint {
  date: string;
  hours: number;
}

export interface BurnUp {
  /** The pace's start date: day 0 of the planned line. */
  start: string;
  today: string;
  hoursPerWeek: number;
  /** BU1: hours of the goal's scope that are work (completed or still to do; skipped nodes are not). */
  totalHours: number;
  doneHours: number;
  hoursLeft: number;
  /** BU2: (start − 1 day, 0) → (planned finish, total): the plan at the pace, had nothing been done before. */
  planned: BurnUpPoint[];
  /** BU3: a step at each completion date (cumulative hours that day), closed at today (or the last completion). */
  actual: BurnUpPoint[];
  /** BU5: (today, done) → (projected finish, total): the rest at the pace from today. Empty when all is done. */
  projected: BurnUpPoint[];
  plannedFinish: string | null;
  /** BU5: when the last item will be done at the pace from today; the last completion date once all is done. */
  projectedFinish: string | null;
  /** BU4: days behind the planned line (negative: ahead). */
  behindDays: number;
  /** BU6: completed nodes of the scope with no completion date in the history (counted on the start date). */
  undated: number;
}

const EPSILON = 1e-9;

/**
 * BU1: the goal's scope: every done (completed or skipped) node among the goal's prerequisites (walking through
 * everything), plus what is left to do (P2's walk, which stops at done nodes). A prerequisite that is not done but
 * sits only behind done nodes is not needed (P2) and not in the scope. Without a goal, every node of the catalog.
 * Keys in catalog order.
 */
export function goalScope(index: CatalogIndex, statuses: Statuses, goal: Goal | null): string[] {
  const dense = index.dense;
  if (!goal) return [...dense.keys];
  const choose = alternativeChooser(index, statuses);
  // 1 = reached, 2 = reached through nodes that are all still to do (P2's walk).
  const reach = new Uint8Array(dense.keys.length);
  const queue: number[] = [];
  const visit = (i: number, open: boolean) => {
    const mark = open ? 2 : 1;
    if (reach[i]! >= mark) return;
    if (reach[i] === 0) queue.push(i);
    reach[i] = mark;
  };
  for (const key of goalKeys(index, goal).keys) visit(dense.position.get(key)!, true);
  // A node can be upgraded from 1 to 2 after it was expanded; re-walking it then is rare and bounded (two marks).
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    const open = reach[i] === 2 && !isDoneStatus(statuses[dense.keys[i]!]);
    const step = (p: number, stillOpen: boolean) => {
      const before = reach[p]!;
      visit(p, stillOpen);
      if (before === 1 && reach[p] === 2) queue.push(p);
    };
    if (!open) {
      for (const p of dense.prerequisites[i]!) step(p, false);
      continue;
    }
    // P9 as in the plan: an any-of group met by a done member needs nothing else; an unmet one needs only the
    // member the plan chooses (the others are alternatives, not work toward the goal).
    for (const group of dense.groups[i]!) {
      const done = group.filter((p) => isDoneStatus(statuses[dense.keys[p]!]));
      if (group.length > 1 && done.length > 0) done.forEach((p) => step(p, true));
      else if (group.length > 1) step(choose(group), true);
      else step(group[0]!, true);
    }
  }
  const keep = (i: number) => reach[i] === 2 || (reach[i] === 1 && isDoneStatus(statuses[dense.keys[i]!]));
  return [...new Set(queue)]
    .filter(keep)
    .sort((a, b) => a - b)
    .map((i) => dense.keys[i]!);
}

/** BU3: the date a completed node was completed: its last `completed` change, or null when the history has none. */
export function completionDate(history: StatusHistory, key: string): string | null {
  const events = history[key] ?? [];
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]!.status === 'completed') {
      const day = isoToDay(events[i]!.at.slice(0, 10));
      return day === null ? null : dayToIso(day);
    }
  }
  return null;
}

/** P5's day count: the last day (0-based) on which `hours` of work at `hoursPerWeek` are finished. */
function lastWorkDay(hours: number, hoursPerWeek: number): number {
  return Math.max(0, Math.ceil((hours * 7) / hoursPerWeek - EPSILON) - 1);
}

/**
 * BU1–BU8: the burn-up of one learner toward `goal` (null goal: the whole catalog), or null without a valid pace
 * (no planned line) or a valid `today`. Units: hours and ISO dates; `today` comes from the shell (the domain never
 * reads the clock). Pure; never throws for content.
 */
export function burnUp(
  index: CatalogIndex,
  statuses: Statuses,
  history: StatusHistory,
  goal: Goal | null,
  pace: Pace | null,
  today: string,
): BurnUp | null {
  const startDay = pace ? isoToDay(pace.startDate) : null;
  const todayDay = isoToDay(today);
  if (!pace || startDay === null || todayDay === null || !(pace.hoursPerWeek > 0)) return null;

  const scope = goalScope(index, statuses, goal);
  let totalHours = 0;
  let undated = 0;
  const completions: { day: number; hours: number }[] = [];
  for (const key of scope) {
    const status = statuses[key];
    if (status === 'skipped') continue;
    const hours = index.byKey.get(key)?.hours ?? 0;
    totalHours += hours;
    if (status !== 'completed') continue;
    const date = completionDate(history, key);
    if (date === null) undated++;
    // BU6: an undated completion (older data, or a plan CLI `--done`) is counted on the start date.
    completions.push({ day: date === null ? startDay : Math.min(isoToDay(date)!, todayDay), hours });
  }
  completions.sort((a, b) => a.day - b.day);

  // BU3: the actual line, one point per completion day, then flat to today.
  const actual: BurnUpPoint[] = [
    { date: dayToIso(Math.min(startDay, completions[0]?.day ?? startDay) - 1), hours: 0 },
  ];
  let doneHours = 0;
  for (const c of completions) {
    doneHours += c.hours;
    const last = actual[actual.length - 1]!;
    if (last.date === dayToIso(c.day)) last.hours = doneHours;
    else actual.push({ date: dayToIso(c.day), hours: doneHours });
  }
  const remaining = learningPlan(
    index,
    statuses,
    goal ?? { type: 'nodes', keys: scope },
    remainingPace(pace, today),
  );
  const hoursLeft = remaining.totalHours;
  const allDone = remaining.items.length === 0;
  const lastCompletion = completions.length > 0 ? completions[completions.length - 1]!.day : null;
  const endOfActual = allDone && lastCompletion !== null ? lastCompletion : todayDay;
  if (endOfActual > isoToDay(actual[actual.length - 1]!.date)!)
    actual.push({ date: dayToIso(endOfActual), hours: doneHours });

  // BU2: the planned line. BU4: behind = (reference day) − (day the plan reaches the hours done).
  const plannedFinishDay = startDay + lastWorkDay(totalHours, pace.hoursPerWeek);
  const planned: BurnUpPoint[] = [
    { date: dayToIso(startDay - 1), hours: 0 },
    { date: dayToIso(plannedFinishDay), hours: totalHours },
  ];
  const planReaches = (hours: number) =>
    hours <= EPSILON ? startDay - 1 : startDay + lastWorkDay(hours, pace.hoursPerWeek);
  const behindDays = allDone
    ? lastCompletion === null
      ? 0
      : lastCompletion - plannedFinishDay
    : Math.max(todayDay - 1, startDay - 1) - planReaches(Math.min(doneHours, totalHours));

  // BU5: the projection from today at the pace.
  const projectedFinish = allDone
    ? lastCompletion === null
      ? null
      : dayToIso(lastCompletion)
    : remaining.finish;
  const projected: BurnUpPoint[] =
    allDone || !projectedFinish
      ? []
      : [
          { date: dayToIso(Math.max(todayDay, startDay - 1)), hours: doneHours },
          { date: projectedFinish, hours: doneHours + hoursLeft },
        ];

  return {
    start: pace.startDate,
    today: dayToIso(todayDay),
    hoursPerWeek: pace.hoursPerWeek,
    totalHours,
    doneHours,
    hoursLeft,
    planned,
    actual,
    projected,
    plannedFinish: totalHours > 0 ? dayToIso(plannedFinishDay) : null,
    projectedFinish,
    behindDays,
    undated,
  };
}
