// The planner store: one zustand store made of the catalog, progress, view and mode slices.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SEED_DOCUMENTS } from '../seeds';
import { createCatalogSlice } from './catalogSlice';
import { defaultDeps, type StoreDeps } from './deps';
import { createModeSlice } from './modeSlice';
import { createProgressSlice } from './progressSlice';
import type { PlannerState } from './types';
import { createViewSlice } from './viewSlice';

export type PlannerStore = StoreApi<PlannerState>;

export function createPlannerStore(overrides: Partial<StoreDeps> = {}): PlannerStore {
  const deps: StoreDeps = { seeds: SEED_DOCUMENTS, ...defaultDeps, ...overrides };
  return createStore<PlannerState>()((...a) => ({
    ...createCatalogSlice(deps)(...a),
    ...createProgressSlice(...a),
    ...createViewSlice(deps)(...a),
    ...createModeSlice(...a),
  }));
}
