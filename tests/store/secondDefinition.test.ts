// The second-definition case (tests/fixtures/progress/second-definition, from ../shared/cases) through the real
// parser and the store: progress follows the definition it was recorded for (docs/planning.md I1–I6).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { eligibilityOf } from '../../src/domain/progress';
import type { SourceDocument } from '../../src/domain/types';
import { activeProfile, activeStatuses } from '../../src/store/progressSlice';
import { createPlannerStore } from '../../src/store/store';

const CASE = join(import.meta.dirname, '..', 'fixtures', 'progress', 'second-definition');
const folder = (name: string): SourceDocument[] =>
  readdirSync(join(CASE, name)).map((file) => ({
    path: `${name}/${file}`,
    text: readFileSync(join(CASE, name, file), 'utf8'),
  }));

function store() {
  return createPlannerStore({
    seeds: [],
    loadBuildCatalog: async () => buildCatalog,
    parseOffThread: undefined,
    layout: async () => ({}),
    prepareLayout: undefined,
  });
}

describe('a second definition of a completed id (I2, I6)', () => {
  it('I2: the original keeps its status, note, date and position; its dependent stays eligible; the new one starts fresh', async () => {
    const s = store();
    await s.getState().importDocuments(folder('v1'));
    expect(s.getState().index.byKey.has('MOD-101')).toBe(true);
    s.getState().setStatus('MOD-101', 'completed');
    s.getState().setNote('MOD-101', 'done in week 1');
    s.getState().moveNode('MOD-101', 40, 50);
    await s.getState().importDocuments(folder('extra'));
    const state = s.getState();
    const keys = state.index.keysById.get('MOD-101')!;
    expect(keys.sort()).toEqual(['MOD-101@data-analyst', 'MOD-101@data-engineer']);
    expect(activeStatuses(state)).toEqual({ 'MOD-101@data-analyst': 'completed' });
    expect(activeProfile(state).notes).toEqual({ 'MOD-101@data-analyst': 'done in week 1' });
    expect(activeProfile(state).history?.['MOD-101@data-analyst']?.map((e) => e.status)).toEqual([
      'completed',
    ]);
    expect(state.manualPositions[state.direction]['MOD-101@data-analyst']).toEqual({ x: 40, y: 50 });
    expect(eligibilityOf(state.index, activeStatuses(state), 'MOD-102').eligible).toBe(true);
    expect(activeStatuses(state)['MOD-101@data-engineer']).toBeUndefined();
    const notice = state.notices.map((n) => n.text).join('\n');
    expect(notice).toMatch(/MOD-101 → MOD-101@data-analyst/);
    expect(notice).toMatch(/MOD-101@data-engineer/);
  });
});
