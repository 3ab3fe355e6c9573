import { describe, expect, it } from 'vitest';
import { expandRange, extractIds } from '../../src/domain/ids';

describe('extractIds', () => {
  it('R1: finds ids inside free text and ignores the description around them', () => {
    expect(extractIds('MOD-302 Multi-Cloud Architecture, MOD-304 FinOps')).toEqual({
      ids: ['MOD-302', 'MOD-304'],
      skills: [],
    });
    expect(extractIds('MOD-102 (cloud provisioning)')).toEqual({ ids: ['MOD-102'], skills: [] });
    expect(extractIds('Module quizzes (MOD-101/103/104) and a spot-check').ids).toEqual([
      'MOD-101',
      'MOD-103',
      'MOD-104',
    ]);
    expect(extractIds('follows mod-7 and Proj–12').ids).toEqual(['MOD-7', 'PROJ-12']);
  });

  it('R2: expands ranges written with an en dash or a hyphen, keeping digit width', () => {
    expect(extractIds('MOD-001–005').ids).toEqual(['MOD-001', 'MOD-002', 'MOD-003', 'MOD-004', 'MOD-005']);
    expect(extractIds('PROJ-401-405').ids).toEqual([
      'PROJ-401',
      'PROJ-402',
      'PROJ-403',
      'PROJ-404',
      'PROJ-405',
    ]);
    expect(extractIds('MOD-08–11').ids).toEqual(['MOD-08', 'MOD-09', 'MOD-10', 'MOD-11']);
  });

  it('R2: a backwards or huge range keeps only its ends', () => {
    expect(expandRange('MOD', '1', '999999')).toEqual(['MOD-1', 'MOD-999999']);
    expect(extractIds('MOD-009-003').ids).toEqual(['MOD-009', 'MOD-003']);
  });

  it('R3: reads word forms "Modules 001-005" and "Projects 01-02, Module 006"', () => {
    expect(extractIds('Modules 001-005').ids).toEqual([
      'MOD-001',
      'MOD-002',
      'MOD-003',
      'MOD-004',
      'MOD-005',
    ]);
    expect(extractIds('Projects 01-02, Module 006')).toEqual({
      ids: ['PROJ-01', 'PROJ-02', 'MOD-006'],
      skills: [],
    });
    expect(extractIds('Modules 001, 003-004 and 006').ids).toEqual([
      'MOD-001',
      'MOD-003',
      'MOD-004',
      'MOD-006',
    ]);
    expect(extractIds('Project 01, Module 006').ids).toEqual(['PROJ-01', 'MOD-006']);
  });

  it('R4: text that is not an id stays a free-text skill and never becomes an id', () => {
    for (const text of [
      'Docker fundamentals',
      'None',
      'TBD in master plan',
      'All previous projects and modules',
      'Python 3 basics',
    ]) {
      expect(extractIds(text)).toEqual({ ids: [], skills: [text] });
    }
    expect(extractIds('PROJ-304, cross-role leadership initiatives')).toEqual({
      ids: ['PROJ-304'],
      skills: ['cross-role leadership initiatives'],
    });
    expect(extractIds('Docker, basic networking').skills).toEqual(['Docker', 'basic networking']);
  });

  it("R5: a node's own id is dropped from its lists", () => {
    expect(extractIds('MOD-706, MOD-705, PROJ-701', { selfId: 'MOD-705' }).ids).toEqual([
      'MOD-706',
      'PROJ-701',
    ]);
  });

  it('removes duplicates and keeps first-seen order', () => {
    expect(extractIds('MOD-2, MOD-1, MOD-2').ids).toEqual(['MOD-2', 'MOD-1']);
  });
});
