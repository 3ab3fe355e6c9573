// The learning plan as a file to download: iCalendar (.ics) or CSV, read from the export data (plain planner data).
// Loaded on demand by the plan panel's "Export plan" buttons: the `ics` generator never enters the first bundle.
import { planIcsSteps } from '../domain/planCalendar';
import { planCsv, planEvents } from '../domain/planExport';
import { describeGoal, type ExportData } from './model';
import { slug } from '../domain/text';

export type PlanFileFormat = 'ics' | 'csv';

export interface PlanFileRequest {
  /** The planner's data (store/exportData.ts builds it from the state). */
  data: Pick<ExportData, 'index' | 'plan' | 'profile' | 'statuses'>;
  format: PlanFileFormat;
  /** The planner's address for the link in each event (the shell reads `location`). */
  plannerUrl: string | null;
  /** Today (`YYYY-MM-DD`, file name) and now (ms, the events' DTSTAMP): the shell reads the clock. */
  date: string;
  now: number;
  signal?: AbortSignal;
  /** Fraction done (0–1) while a long calendar is written. */
  onProgress?(fraction: number): void;
}

export type PlanFileResult =
  { ok: true; blob: Blob; fileName: string; items: number } | { ok: false; error: string };

/** Lets the page paint (and a Cancel click land) between steps of a long export. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function aborted(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * X1–X7: the active learner's plan as an .ics or .csv file; an error (no goal, no dates) says what to do.
 * A long calendar is written in steps with progress; `signal` cancels it (rejects with an AbortError).
 */
export async function planFile(request: PlanFileRequest): Promise<PlanFileResult> {
  const { data, format, plannerUrl, date, now, signal, onProgress } = request;
  const { plan, profile, statuses, index } = data;
  if (!plan) return { ok: false, error: 'Choose a goal first: there is no learning plan to export.' };
  const fileName = `plan-${slug(profile.name)}-${date}.${format}`;
  if (format === 'csv') {
    const blob = new Blob([planCsv(plan, statuses)], { type: 'text/csv;charset=utf-8' });
    return { ok: true, blob, fileName, items: plan.items.length };
  }
  const { events, error } = planEvents(index, plan, { learner: profile.id, statuses, plannerUrl });
  if (error) return { ok: false, error };
  const goal = describeGoal(plan.goal, (key) => index.byKey.get(key)?.id ?? key);
  const steps = planIcsSteps(events, { name: `${profile.name}: ${goal}`, timestamp: now });
  for (;;) {
    if (signal?.aborted) throw aborted();
    const step = steps.next();
    if (step.done) {
      const written = step.value;
      if (written.text === null)
        return { ok: false, error: `The calendar could not be written: ${written.error}` };
      const blob = new Blob([written.text], { type: 'text/calendar;charset=utf-8' });
      return { ok: true, blob, fileName, items: events.length };
    }
    onProgress?.(step.value);
    await nextTask();
  }
}
