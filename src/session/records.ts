// Store state ↔ stored records. Each record is rebuilt only when the state it comes from changed identity.
import { catalogText } from '../storage/catalogText';
import type { PlannerState } from '../store/types';
import { SCHEMA_VERSION, type RecordName, type StoredRecords } from '../storage/schema';

type Source = (s: PlannerState) => unknown;

/** What each record depends on: when any of these values changes identity, the record is dirty. */
export const RECORD_SOURCES: Record<RecordName, Source[]> = {
  sources: [(s) => s.sources],
  catalog: [(s) => s.catalog],
  profiles: [(s) => s.profiles, (s) => s.aside],
  positions: [(s) => s.manualPositions],
  layout: [(s) => s.layoutCache],
  settings: [(s) => s.direction, (s) => s.theme, (s) => s.filters],
};

export function recordOf<K extends RecordName>(name: K, s: PlannerState): StoredRecords[K] {
  const v = SCHEMA_VERSION;
  const records: { [N in RecordName]: () => StoredRecords[N] } = {
    sources: () => ({ schemaVersion: v, documents: s.sources }),
    // The catalog JSON text (read back by domain/catalogJson.ts readCatalogJson).
    catalog: () => ({
      schemaVersion: v,
      catalogJson: catalogText(s.catalog),
      seedSignature: s.seedSignature,
    }),
    profiles: () => ({
      schemaVersion: v,
      activeId: s.profiles.activeId,
      profiles: s.profiles.profiles,
      aside: s.aside,
    }),
    positions: () => ({ schemaVersion: v, LR: s.manualPositions.LR, TB: s.manualPositions.TB }),
    layout: () => ({ schemaVersion: v, ...s.layoutCache }),
    settings: () => ({ schemaVersion: v, direction: s.direction, theme: s.theme, filters: s.filters }),
  };
  return records[name]();
}
