// The planner state as the plain data an export reads (export/ sits below the store and never imports it).
import type { ExportData } from '../export/model';
import { selectEligibility, selectPath, selectPlan, selectPositions, selectProgress } from './derived';
import { activeProfile, activeStatuses } from './progressSlice';
import type { PlannerState } from './types';

/** ExportData of the active learner, read through the store's memoized selectors (the ones the map and panels use). */
export function selectExportData(s: PlannerState): ExportData {
  return {
    catalog: s.catalog,
    index: s.index,
    importedDocuments: s.sources.length,
    direction: s.direction,
    positions: selectPositions(s),
    profile: activeProfile(s),
    statuses: activeStatuses(s),
    eligibility: selectEligibility(s),
    progress: selectProgress(s),
    plan: selectPlan(s),
    path: selectPath(s),
  };
}
