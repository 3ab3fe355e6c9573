import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { eligibility, progressSummary, updateEligibility } from '../../src/domain/progress';
import type { Statuses } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

const index = indexCatalog(
  catalogOf([
    node('MOD-0', { kind: 'placeholder', hours: null }),
    node('MOD-1', { hours: 10, prerequisites: ['MOD-0'] }),
    node('MOD-2', { hours: 20, prerequisites: ['MOD-1'], next: ['MOD-3'] }),
    node('MOD-3', { hours: null, prerequisites: ['MOD-1', 'MOD-2'] }),
    node('MOD-4', { hours: 5 }),
  ]),
);

describe('eligibility', () => {
  it('a node with no prerequisites is eligible until completed; absent status = not started', () => {
    expect(eligibility(index, {}).get('MOD-4')).toEqual({
      eligible: true,
      blockedBy: [],
      blockedByGroups: [],
    });
    expect(eligibility(index, { 'MOD-4': 'completed' }).get('MOD-4')?.eligible).toBe(false);
    expect(eligibility(index, { 'MOD-4': 'in-progress' }).get('MOD-4')?.eligible).toBe(true);
  });

  it('placeholders gate their dependents until marked completed', () => {
    expect(eligibility(index, {}).get('MOD-1')).toEqual({
      eligible: false,
      blockedBy: ['MOD-0'],
      blockedByGroups: [['MOD-0']],
    });
    expect(eligibility(index, { 'MOD-0': 'completed' }).get('MOD-1')).toEqual({
      eligible: true,
      blockedBy: [],
      blockedByGroups: [],
    });
  });

  it('blockedBy lists every incomplete prerequisite; in-progress does not unblock; next edges never block', () => {
    const statuses: Statuses = { 'MOD-0': 'completed', 'MOD-1': 'in-progress' };
    expect(eligibility(index, statuses).get('MOD-3')).toEqual({
      eligible: false,
      blockedBy: ['MOD-1', 'MOD-2'],
      blockedByGroups: [['MOD-1'], ['MOD-2']],
    });
    const later = eligibility(index, { 'MOD-0': 'completed', 'MOD-1': 'completed', 'MOD-2': 'completed' });
    expect(later.get('MOD-3')).toEqual({ eligible: true, blockedBy: [], blockedByGroups: [] });
  });

  it('updateEligibility recomputes the changed node and its dependents, leaving prev untouched', () => {
    const before: Statuses = { 'MOD-0': 'completed' };
    const prev = eligibility(index, before);
    const after: Statuses = { ...before, 'MOD-1': 'completed' };
    const next = updateEligibility(prev, index, after, 'MOD-1');
    expect(next).toEqual(eligibility(index, after));
    expect(next.get('MOD-2')?.eligible).toBe(true);
    expect(prev.get('MOD-2')?.eligible).toBe(false);
  });
});

describe('skipped (E6)', () => {
  it('E6: a skipped prerequisite satisfies its dependents like a completed one; a skipped node is not eligible', () => {
    const statuses: Statuses = { 'MOD-0': 'skipped', 'MOD-1': 'skipped', 'MOD-2': 'completed' };
    const map = eligibility(index, statuses);
    expect(map.get('MOD-3')).toEqual({ eligible: true, blockedBy: [], blockedByGroups: [] });
    expect(map.get('MOD-1')).toEqual({ eligible: false, blockedBy: [], blockedByGroups: [] });
    expect(map.get('MOD-2')?.eligible).toBe(false);
  });
});

describe('progressSummary', () => {
  it('counts modules and projects (not placeholders), hours with unknown as 0', () => {
    const summary = progressSummary(index, {
      'MOD-0': 'completed',
      'MOD-1': 'completed',
      'MOD-3': 'completed',
      'MOD-2': 'in-progress',
    });
    expect(summary).toEqual({
      done: 2,
      total: 4,
      hoursDone: 10,
      hoursTotal: 35,
      inProgress: 1,
      skipped: 0,
      hoursSkipped: 0,
    });
  });

  it('E5/E6: skipped nodes are counted apart from done and their hours are not hours done', () => {
    const summary = progressSummary(index, { 'MOD-4': 'completed', 'MOD-1': 'skipped', 'MOD-2': 'skipped' });
    expect(summary).toMatchObject({ done: 1, hoursDone: 5, skipped: 2, hoursSkipped: 30, total: 4 });
  });
});
