import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, isValidIsoDate } from '../../src/domain/dates';

describe('ISO dates (P5 arithmetic)', () => {
  it('round-trips every day of years 1–9999 and agrees with the JS calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => {
        const iso = dayToIso(day);
        expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(isoToDay(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '25-01-01',
      '2025-1-1',
      'tomorrow',
      '',
    ]) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isoToDay('1970-01-01')).toBe(0);
  });
});
