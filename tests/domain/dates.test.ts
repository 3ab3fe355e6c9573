// D1: "today" is the learner's local calendar date.
import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate, localIsoTimestamp } from '../../src/domain/dates';
import { completionDate } from '../../src/domain/burnup';
import { backupOf } from '../../src/store/backupDownload';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('local dates', () => {
  it('D1: the local calendar date, not the UTC one, near midnight on either side of UTC', () => {
    const instant = new Date('2026-11-29T12:30:00Z');
    process.env.TZ = 'Pacific/Auckland'; // UTC+13 in November: already the 30th
    expect(localIsoDate(instant)).toBe('2026-11-30');
    expect(localIsoDate(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    process.env.TZ = 'America/Los_Angeles'; // UTC-8: still the 28th at 03:00 UTC on the 29th
    expect(localIsoDate(new Date('2026-11-29T03:00:00Z'))).toBe('2026-11-28');
    process.env.TZ = 'UTC';
    expect(localIsoDate(instant)).toBe('2026-11-29');
  });

  it('D1: a backup made just after local midnight is named by the local date', () => {
    process.env.TZ = 'Pacific/Auckland';
    const me = { id: 'me', name: 'Me', statuses: {}, notes: {} } as unknown as Parameters<
      typeof backupOf
    >[0][0];
    const { fileName } = backupOf([me], 'me', new Date('2026-11-29T11:05:00Z')); // 00:05 on the 30th there
    expect(fileName).toContain('2026-11-30');
  });

  it('D2/BU3: a completion at 20:15 in Los Angeles is dated that evening, and the stamp is the same instant', () => {
    process.env.TZ = 'America/Los_Angeles';
    const instant = new Date('2026-11-30T04:15:00Z'); // 20:15 on the 29th there
    const at = localIsoTimestamp(instant);
    expect(at).toBe('2026-11-29T20:15:00-08:00');
    expect(new Date(at).getTime()).toBe(instant.getTime());
    expect(completionDate({ 'MOD-1': [{ status: 'completed', at }] }, 'MOD-1')).toBe('2026-11-29');
    process.env.TZ = 'Asia/Kolkata'; // +05:30: half-hour offsets keep their minutes
    expect(localIsoTimestamp(instant)).toBe('2026-11-30T09:45:00+05:30');
  });
});
