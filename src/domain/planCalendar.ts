// iCalendar text for a learning plan, written by the `ics` package (RFC 5545 folding, escaping and validation).
// Heavy-ish (~24 KB gzip with its validator): the app imports this module on demand only. Rules: docs/planning.md.
import { createEvents, type EventAttributes } from 'ics';
import type { PlanEvent } from './planExport';

export interface CalendarHeader {
  /** X-WR-CALNAME: how a calendar app names the imported calendar. */
  name: string;
  /** DTSTAMP of every event, in ms since 1970 (the shell reads the clock; the domain never does). */
  timestamp: number;
}

export type CalendarResult = { text: string; error: null } | { text: null; error: string };

const PRODUCT_ID = '-//Curriculum Pathway Planner//Learning plan//EN';
/** Events written per step: `ics` validates each event (~1–2 ms), so a 2,000-item plan takes seconds. */
const EVENTS_PER_STEP = 100;

function dateArray(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

function write(events: PlanEvent[], header: CalendarHeader): CalendarResult {
  const attributes: EventAttributes[] = events.map((event) => ({
    uid: event.uid,
    start: dateArray(event.start),
    end: dateArray(event.end),
    title: event.summary,
    description: event.description,
    ...(event.url ? { url: event.url } : {}),
    timestamp: header.timestamp,
    transp: 'TRANSPARENT',
  }));
  try {
    const { error, value } = createEvents(attributes, { productId: PRODUCT_ID, calName: header.name });
    if (error || !value) return { text: null, error: error?.message ?? 'The calendar could not be written.' };
    return { text: value, error: null };
  } catch (error) {
    return { text: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * X1/X2: events → iCalendar text, one step at a time: each `next()` writes up to 100 events and yields the fraction
 * done (0–1); the generator returns the whole calendar. One VEVENT per event, all-day (`DTSTART;VALUE=DATE`,
 * exclusive `DTEND`), with its stable UID (X3). Never throws: a generator error comes back in `error`.
 * The shell drives it (yielding to the page between steps, stopping when cancelled).
 */
export function* planIcsSteps(
  events: PlanEvent[],
  header: CalendarHeader,
): Generator<number, CalendarResult> {
  const shell = write([], header);
  if (shell.text === null) return shell;
  const end = shell.text.lastIndexOf('END:VCALENDAR');
  const parts = [shell.text.slice(0, end)];
  for (let from = 0; from < events.length; from += EVENTS_PER_STEP) {
    const part = write(events.slice(from, from + EVENTS_PER_STEP), header);
    if (part.text === null) return part;
    // Keep only this part's events: the calendar header and footer are written once.
    parts.push(part.text.slice(part.text.indexOf('BEGIN:VEVENT'), part.text.lastIndexOf('END:VCALENDAR')));
    yield Math.min(1, (from + EVENTS_PER_STEP) / events.length);
  }
  parts.push(shell.text.slice(end));
  return { text: parts.join(''), error: null };
}

/** X1–X3: the whole calendar at once (the CLI; small plans). */
export function planIcs(events: PlanEvent[], header: CalendarHeader): CalendarResult {
  const steps = planIcsSteps(events, header);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
