import { describe, expect, it } from 'vitest';
import { foldCompetencyKey, levelName, parseLevel } from '../../src/domain/levels';

describe('levels and competency keys', () => {
  it('R6: competency names fold to one key', () => {
    expect(foldCompetencyKey('GPU operations')).toBe('gpu-operations');
    expect(foldCompetencyKey('gpu-operations')).toBe('gpu-operations');
    expect(foldCompetencyKey('  GPU_Operations ')).toBe('gpu-operations');
    expect(foldCompetencyKey('Monitoring & Alert Response')).toBe(
      foldCompetencyKey('monitoring and alert response'),
    );
  });

  it('R7: levels map to the ordered scale Awareness < Working < Proficient < Advanced < Expert', () => {
    expect(
      ['Awareness', 'Working', 'Proficient', 'Advanced', 'Expert'].map((l) => parseLevel(l)?.min),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(parseLevel('advanced (L3)')).toEqual({ min: 3, max: 3 });
    expect(levelName(2)).toBe('Proficient');
    expect(levelName(9)).toBe('Expert');
  });

  it('R7: "Awareness/Working" keeps both ends, in any separator', () => {
    expect(parseLevel('Awareness/Working')).toEqual({ min: 0, max: 1 });
    expect(parseLevel('Working – Advanced')).toEqual({ min: 1, max: 3 });
    expect(parseLevel('Proficient to Expert')).toEqual({ min: 2, max: 4 });
  });

  it('R7: an unknown level is not guessed', () => {
    expect(parseLevel('Wizard')).toBeNull();
    expect(parseLevel('Working/Guru')).toBeNull();
    expect(parseLevel('')).toBeNull();
  });
});
