import { describe, expect, it } from 'vitest';
import { competencyGaps } from '../../src/domain/gaps';
import { indexCatalog } from '../../src/domain/graph';
import { catalogOf, node } from './catalog-builder';

const LEAD = 'AI Infrastructure Team Lead';
const index = indexCatalog(
  catalogOf([
    node('MOD-801', {
      roles: [LEAD],
      competencies: [
        ['Mentorship', 'Awareness/Working'],
        ['Culture', null],
      ],
    }),
    node('MOD-805', {
      roles: [LEAD],
      prerequisites: ['MOD-801'],
      competencies: [
        ['mentorship', 'Advanced'],
        ['talent-development', 'Proficient'],
      ],
    }),
    node('MOD-807', { roles: [LEAD], competencies: [['performance-management', 'Working/Proficient']] }),
    node('MOD-705', {
      roles: ['Principal'],
      competencies: [
        ['mentorship', 'Expert'],
        ['talent-development', 'Working'],
      ],
    }),
    node('MOD-700', {
      roles: ['Principal'],
      prerequisites: ['MOD-801'],
      competencies: [['mentorship', 'Advanced']],
    }),
    node('MOD-600', { roles: ['Other'], competencies: [['performance-management', 'Proficient']] }),
  ]),
);

describe('competencyGaps', () => {
  it('G1: required is the highest level the role targets; a compound level counts its upper end', () => {
    const report = competencyGaps(index, {}, LEAD);
    const required = Object.fromEntries(
      [...report.gaps, ...report.met].map((g) => [g.competency, g.required]),
    );
    expect(required).toEqual({
      mentorship: 'Advanced',
      'talent-development': 'Proficient',
      'performance-management': 'Proficient',
    });
  });

  it('G2: a competency with no known level in the role is in neither list', () => {
    const report = competencyGaps(index, {}, LEAD);
    expect([...report.gaps, ...report.met].map((g) => g.key)).not.toContain('culture');
  });

  it('G3: attained is the highest target among completed nodes of any role; nothing completed = null, gap counts −1', () => {
    const none = competencyGaps(index, {}, LEAD).gaps.find((g) => g.key === 'mentorship')!;
    expect(none).toMatchObject({ attained: null, gap: 4, name: 'Mentorship' });
    const some = competencyGaps(index, { 'MOD-801': 'completed', 'MOD-705': 'completed' }, LEAD);
    expect(some.met.find((g) => g.key === 'mentorship')).toMatchObject({
      required: 'Advanced',
      attained: 'Expert',
      gap: -1,
    });
    expect(some.gaps.find((g) => g.key === 'talent-development')).toMatchObject({
      attained: 'Working',
      gap: 1,
    });
  });

  it('G4: closedBy lists not-completed nodes of any role reaching the required level, eligible first, then id', () => {
    const report = competencyGaps(index, {}, LEAD);
    // MOD-700 and MOD-805 wait for MOD-801; MOD-705 (Expert ≥ Advanced) is eligible now.
    expect(report.gaps.find((g) => g.key === 'mentorship')?.closedBy).toEqual([
      'MOD-705',
      'MOD-700',
      'MOD-805',
    ]);
    const after = competencyGaps(index, { 'MOD-801': 'completed', 'MOD-705': 'completed' }, LEAD);
    expect(after.gaps.find((g) => g.key === 'talent-development')?.closedBy).toEqual(['MOD-805']);
    expect(
      competencyGaps(index, {}, LEAD).gaps.find((g) => g.key === 'performance-management')?.closedBy,
    ).toEqual(['MOD-600', 'MOD-807']);
  });

  it('G5/G6: gaps sorted by gap desc then key; met = gap ≤ 0; role matched loosely, reported as written', () => {
    const report = competencyGaps(index, { 'MOD-600': 'completed' }, '  ai infrastructure team LEAD');
    expect(report.role).toBe(LEAD);
    expect(report.gaps.map((g) => [g.key, g.gap])).toEqual([
      ['mentorship', 4],
      ['talent-development', 3],
    ]);
    expect(report.met.map((g) => [g.key, g.gap])).toEqual([['performance-management', 0]]);
  });

  it('an unknown role has no gaps', () => {
    expect(competencyGaps(index, {}, 'Nobody')).toEqual({ role: 'Nobody', gaps: [], met: [] });
  });
});
