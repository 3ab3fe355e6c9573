// A learning plan as calendar events and as a CSV table: the shapes of the exports, with no file format library.
// Rules: docs/planning.md (X1–X7). The iCalendar text itself is written by planCalendar.ts.
import { toCsv } from './csv';
import { dayToIso, isoToDay } from './dates';
import type { CatalogIndex } from './graph';
import type { LearningPlan, PlanItem, Status, Statuses } from './types';

/** One all-day calendar event for one plan item. */
export interface PlanEvent {
  /** X3: stable across re-exports: derived from the learner and the node key, never from the clock. */
  uid: string;
  /** ISO date of the planned start (first day of the event). */
  start: string;
  /** X2: ISO date of the day after the planned finish (iCalendar's DTEND of an all-day event is exclusive). */
  end: string;
  /** X4: `MOD-552 Title (12 h)`. */
  summary: string;
  /** X5: prerequisites, hours, planned dates, status and the link back to the planner, as plain text lines. */
  description: string;
  /** The planner's address, when known. */
  url: string | null;
  key: string;
}

export interface PlanEventOptions {
  /** Who the plan is for: a stable learner id (the app's profile id; the CLI's `--learner`). Part of every UID. */
  learner: string;
  statuses?: Statuses;
  /** The planner's address for the "open in the planner" line; null leaves it out. */
  plannerUrl?: string | null;
}

const hoursText = (hours: number) => `${Number.isInteger(hours) ? hours : Number(hours.toFixed(2))} h`;

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, no crypto needed (it names, it does not protect). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * X3: the UID of a plan item's event: `plan-<learner hash>-<key>@curriculum-pathway-planner`, characters outside
 * `[A-Za-z0-9._-]` in the key written as `_xx` hex. The same learner and key always give the same UID, so a
 * calendar app updates the event on re-import instead of adding a copy.
 */
export function planEventUid(learner: string, key: string): string {
  const safeKey = key.replace(
    /[^A-Za-z0-9.-]/g,
    (c) => `_${c.codePointAt(0)!.toString(16).padStart(2, '0')}`,
  );
  return `plan-${fnv1a(learner)}-${safeKey}@curriculum-pathway-planner`;
}

/** X4: `MOD-552 Title (12 h)`; unknown hours read `? h`; an undescribed placeholder is its id alone. */
export function planEventSummary(item: PlanItem): string {
  const title = item.title && item.title !== item.id ? ` ${item.title}` : '';
  return `${item.id}${title} (${item.hoursKnown ? hoursText(item.hours) : '? h'})`;
}

function statusOf(statuses: Statuses, key: string): Status {
  return statuses[key] ?? 'not-started';
}

const STATUS_TEXT: Record<string, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  completed: 'completed',
  skipped: 'skipped',
};

/** X5: the direct prerequisites of a node as `MOD-1 Title (completed)` text, in id order. */
function prerequisiteLines(index: CatalogIndex, statuses: Statuses, key: string): string[] {
  const keys = index.prerequisitesOf.get(key) ?? [];
  return keys
    .map((k) => {
      const node = index.byKey.get(k);
      const id = node?.id ?? k;
      const title = node && node.title !== node.id ? ` ${node.title}` : '';
      const status = statusOf(statuses, k);
      return `${id}${title}${status === 'not-started' ? '' : ` (${STATUS_TEXT[status] ?? status})`}`;
    })
    .sort();
}

/**
 * X1–X5: one all-day event per plan item, in plan order. Needs a plan with dates (a pace): without dates the
 * result is empty and `error` says why (X7). Pure: the caller passes the learner and the planner's address.
 */
export function planEvents(
  index: CatalogIndex,
  plan: LearningPlan,
  options: PlanEventOptions,
): { events: PlanEvent[]; error: string | null } {
  if (plan.items.length > 0 && plan.items.some((item) => !item.start || !item.finish))
    return {
      events: [],
      error: 'The plan has no dates: set a pace (hours per week and a start date) first.',
    };
  const statuses = options.statuses ?? {};
  const url = options.plannerUrl ?? null;
  const events = plan.items.map((item): PlanEvent => {
    const finishDay = isoToDay(item.finish!)!;
    const prerequisites = prerequisiteLines(index, statuses, item.key);
    const lines = [
      `${item.id}${item.title && item.title !== item.id ? `: ${item.title}` : ''}`,
      `${item.hoursKnown ? hoursText(item.hours) : 'Hours unknown'} · ${hoursText(item.cumulativeHours)} of ${hoursText(plan.totalHours)} in the plan`,
      `Planned ${item.start} → ${item.finish}`,
      `Prerequisites: ${prerequisites.length > 0 ? prerequisites.join('; ') : 'none'}`,
      `Status: ${STATUS_TEXT[statusOf(statuses, item.key)] ?? statusOf(statuses, item.key)}`,
      ...(item.kind === 'placeholder' ? ['Outside the catalog: referenced, never described.'] : []),
      ...(url ? [`Open in the planner: ${url}`] : []),
    ];
    return {
      uid: planEventUid(options.learner, item.key),
      start: item.start!,
      end: dayToIso(finishDay + 1),
      summary: planEventSummary(item),
      description: lines.join('\n'),
      url,
      key: item.key,
    };
  });
  return { events, error: null };
}

export const PLAN_CSV_HEADER = [
  'id',
  'title',
  'hours',
  'cumulative hours',
  'start',
  'finish',
  'status',
] as const;

/**
 * X6: the plan as CSV, one row per item in plan order: id, title, hours (empty when unknown), cumulative hours,
 * start and finish (empty without a pace), status (`not-started`, `in-progress`, …).
 */
export function planCsv(plan: LearningPlan, statuses: Statuses = {}): string {
  return toCsv(
    PLAN_CSV_HEADER,
    plan.items.map((item) => [
      item.id,
      item.title,
      item.hoursKnown ? item.hours : null,
      item.cumulativeHours,
      item.start,
      item.finish,
      statusOf(statuses, item.key),
    ]),
  );
}
