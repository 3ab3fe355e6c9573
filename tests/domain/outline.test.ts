// The list view's model: S1 status wording (shared with the cards) and the outline's lanes and order (O1–O4).
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { NO_ROLE_LABEL, outline, type OutlineInput } from '../../src/domain/outline';
import { eligibility } from '../../src/domain/progress';
import { statusChangeMessage, statusText } from '../../src/domain/statusText';
import type { Statuses } from '../../src/domain/types';
import { catalogOf, node } from './catalog-builder';

const index = indexCatalog(
  catalogOf([
    node('MOD-9', { roles: ['Operator'], prerequisites: ['MOD-2'] }),
    node('MOD-0', { kind: 'placeholder', hours: null }),
    node('MOD-2', { roles: ['  Engineer ', 'Operator'], prerequisites: ['MOD-1'] }),
    node('MOD-1', { roles: ['Engineer'], prerequisites: ['MOD-0'] }),
    node('MOD-3', { roles: ['engineer'], hours: 4 }),
    node('PROJ-1', { roles: ['Operator'], prerequisites: ['MOD-9', 'MOD-3'] }),
  ]),
);

function input(statuses: Statuses, extra: Partial<OutlineInput> = {}): OutlineInput {
  return {
    index,
    statuses,
    eligibility: eligibility(index, statuses),
    matches: null,
    planOrder: null,
    ...extra,
  };
}
const ids = (lanes: ReturnType<typeof outline>) => lanes.map((l) => [l.label, l.items.map((i) => i.id)]);

describe('S1 status text', () => {
  const text = (key: string, statuses: Statuses) =>
    statusText(index, key, statuses[key] ?? 'not-started', eligibility(index, statuses).get(key));
  it('S1: names the missing prerequisites by id, says ready once they are completed', () => {
    expect(text('PROJ-1', {})).toBe('Needs MOD-9, MOD-3');
    expect(text('MOD-1', {})).toBe('Needs MOD-0');
    expect(text('MOD-1', { 'MOD-0': 'completed' })).toBe('Ready to start');
    expect(text('MOD-1', { 'MOD-0': 'completed', 'MOD-1': 'in-progress' })).toBe('In progress');
    expect(text('MOD-1', { 'MOD-0': 'completed', 'MOD-1': 'completed' })).toBe('Completed');
  });
  it('S1/E6: a skipped node says "Already know this" and satisfies its dependents', () => {
    expect(text('MOD-0', { 'MOD-0': 'skipped' })).toBe('Already know this');
    expect(text('MOD-1', { 'MOD-0': 'skipped' })).toBe('Ready to start');
  });
  it('S1: placeholders are "done elsewhere"', () => {
    expect(text('MOD-0', {})).toBe('Mark if done elsewhere');
    expect(text('MOD-0', { 'MOD-0': 'completed' })).toBe('Done elsewhere');
  });
});

describe('outline', () => {
  it('O1/O2: one lane per primary role (folded), prerequisites first, the lane without a role last', () => {
    expect(ids(outline(input({})))).toEqual([
      ['Engineer', ['MOD-3', 'MOD-1', 'MOD-2']],
      ['Operator', ['MOD-9', 'PROJ-1']],
      [NO_ROLE_LABEL, ['MOD-0']],
    ]);
  });

  it('O1: items carry status, eligibility and the S1 text', () => {
    const lanes = outline(input({ 'MOD-0': 'completed' }));
    const mod1 = lanes[0]!.items.find((i) => i.id === 'MOD-1')!;
    expect(mod1).toMatchObject({ status: 'not-started', eligible: true, statusText: 'Ready to start' });
    const proj = lanes[1]!.items.find((i) => i.id === 'PROJ-1')!;
    expect(proj).toMatchObject({ eligible: false, statusText: 'Needs MOD-9, MOD-3', planStep: null });
  });

  it('O3: search and filters leave nodes out; an emptied lane is dropped', () => {
    expect(ids(outline(input({}, { matches: new Set(['MOD-9', 'MOD-0']) })))).toEqual([
      ['Operator', ['MOD-9']],
      [NO_ROLE_LABEL, ['MOD-0']],
    ]);
  });

  it('O4: with a goal, plan items lead their lane in plan order with their step; lanes follow the first step', () => {
    const lanes = outline(input({}, { planOrder: ['MOD-0', 'MOD-9', 'MOD-3', 'PROJ-1'] }));
    expect(ids(lanes)).toEqual([
      ['Operator', ['MOD-9', 'PROJ-1']],
      ['Engineer', ['MOD-3', 'MOD-1', 'MOD-2']],
      [NO_ROLE_LABEL, ['MOD-0']],
    ]);
    expect(lanes[0]!.items.map((i) => i.planStep)).toEqual([2, 4]);
    expect(lanes[1]!.items.map((i) => i.planStep)).toEqual([3, null, null]);
  });

  it('O2: a prerequisite cycle neither loops nor loses a node', () => {
    const cyclic = indexCatalog(
      catalogOf([node('MOD-1', { prerequisites: ['MOD-2'] }), node('MOD-2', { prerequisites: ['MOD-1'] })]),
    );
    const lanes = outline({ ...input({}), index: cyclic, eligibility: eligibility(cyclic, {}) });
    expect(lanes[0]!.items.map((i) => i.id).sort()).toEqual(['MOD-1', 'MOD-2']);
  });
});

describe('S2 status change announcements', () => {
  it('S2: names the node and the dependents that became ready, or stopped being ready', () => {
    const done = { 'MOD-0': 'completed' } as const;
    expect(statusChangeMessage(index, 'MOD-0', {}, done)).toBe(
      'MOD-0 marked completed. MOD-1 is now ready to start.',
    );
    expect(statusChangeMessage(index, 'MOD-0', done, {})).toBe(
      'MOD-0 marked not started. MOD-1 is no longer ready to start.',
    );
    expect(statusChangeMessage(index, 'MOD-3', {}, { 'MOD-3': 'in-progress' })).toBe(
      'MOD-3 marked in progress.',
    );
  });
});
