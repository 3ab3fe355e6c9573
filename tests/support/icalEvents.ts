// Reads iCalendar text the way a calendar app does (ical.js, the parser behind Thunderbird's calendar).
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** DTSTART as `YYYY-MM-DD`, and whether it is an all-day date (no time). */
  start: string;
  /** DTEND as `YYYY-MM-DD` (exclusive for all-day events). */
  end: string;
  allDay: boolean;
}

export function parseIcs(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString().slice(0, 10),
      end: event.endDate.toString().slice(0, 10),
      allDay: event.startDate.isDate && event.endDate.isDate,
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { name: typeof name === 'string' ? name : null, events };
}
