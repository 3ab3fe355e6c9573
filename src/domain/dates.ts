// ISO calendar dates (`YYYY-MM-DD`) as strings in and out; UTC arithmetic so time zones never shift a day.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date, null for anything else (`2025-02-30` included). */
export function isoToDay(iso: string): number | null {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // H. Hinnant's days-from-civil: exact for every year, unlike Date.UTC (which maps 0–99 to 1900–1999).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`, by arithmetic (H. Hinnant's civil-from-days): no Date object on the hot path. */
export function dayToIso(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function isValidIsoDate(iso: string): boolean {
  return isoToDay(iso) !== null;
}

/**
 * D1: the calendar date `date` falls on where the learner is (local time), as `YYYY-MM-DD`: what "today" means
 * for start dates and file names. (`toISOString()` gives the UTC date, a day off near midnight away from UTC.)
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * D2: a status change's time stamp in the learner's local time with its UTC offset (`2026-11-29T20:15:00-08:00`,
 * ISO 8601): its first ten characters are the local calendar day (BU3 reads them), and `Date` parses it to the
 * same instant. `toISOString()` would date an evening's completion a day late west of UTC.
 */
export function localIsoTimestamp(date: Date): string {
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset(); // minutes east of UTC
  const sign = offset >= 0 ? '+' : '-';
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${localIsoDate(date)}T${time}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
