// Three-way merge of stored records, so two tabs never lose each other's changes.
// base = what this tab last read or wrote, local = this tab's state, remote = what is stored now.
// Per node key (statuses, notes, positions) and per profile field: what this tab changed since base wins,
// everything else takes the stored value. Settings, sources and the catalog are whole records (last writer wins).
import type { StoredRecords } from './schema';

type Keyed<T> = Record<string, T>;
type ProfilesRecord = StoredRecords['profiles'];
type StoredProfile = ProfilesRecord['profiles'][string];
type PositionsRecord = StoredRecords['positions'];

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameValue((a as Keyed<unknown>)[k], (b as Keyed<unknown>)[k]),
  );
}

/** This tab's value when it changed it since base, otherwise the stored one. */
function pick<T>(base: T | undefined, local: T, remote: T): T {
  return sameValue(local, base) ? remote : local;
}

/** Per-key three-way merge; a key deleted on one side and untouched on the other is deleted. */
export function mergeKeyed<T>(base: Keyed<T> | undefined, local: Keyed<T>, remote: Keyed<T>): Keyed<T> {
  const out: Keyed<T> = {};
  const b = base ?? {};
  for (const key of new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(b)])) {
    const l = Object.prototype.hasOwnProperty.call(local, key) ? local[key] : undefined;
    const r = Object.prototype.hasOwnProperty.call(remote, key) ? remote[key] : undefined;
    const v = sameValue(l, b[key]) ? r : l;
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function mergeProfile(
  base: StoredProfile | undefined,
  local: StoredProfile,
  remote: StoredProfile,
): StoredProfile {
  return {
    id: local.id,
    name: pick(base?.name, local.name, remote.name),
    goal: pick(base?.goal, local.goal, remote.goal),
    pace: pick(base?.pace, local.pace, remote.pace),
    statuses: mergeKeyed(base?.statuses, local.statuses, remote.statuses),
    notes: mergeKeyed(base?.notes, local.notes, remote.notes),
    // Completion dates (I7): per node key, like statuses.
    history: mergeKeyed(base?.history, local.history ?? {}, remote.history ?? {}),
  };
}

export function mergeProfiles(
  base: ProfilesRecord | undefined,
  local: ProfilesRecord,
  remote: ProfilesRecord,
): ProfilesRecord {
  const profiles: Keyed<StoredProfile> = {};
  const b = base?.profiles ?? {};
  for (const id of new Set([...Object.keys(local.profiles), ...Object.keys(remote.profiles)])) {
    const l = local.profiles[id];
    const r = remote.profiles[id];
    if (l && r) profiles[id] = mergeProfile(b[id], l, r);
    // Deleted on the other side: dropped only if this side did not change it since; otherwise kept (nothing lost).
    else if (l) {
      if (!(b[id] && sameValue(l, b[id]))) profiles[id] = l;
    } else if (r) {
      if (!(b[id] && sameValue(r, b[id]))) profiles[id] = r;
    }
  }
  const ids = Object.keys(profiles);
  const activeId = profiles[local.activeId]
    ? local.activeId
    : profiles[remote.activeId]
      ? remote.activeId
      : (ids[0] ?? local.activeId);
  if (!ids.length) return local; // never merge into zero profiles
  // Progress kept aside (I3): per entry, like statuses.
  const aside = mergeKeyed(base?.aside, local.aside ?? {}, remote.aside ?? {});
  return { schemaVersion: local.schemaVersion, activeId, profiles, aside };
}

export function mergePositions(
  base: PositionsRecord | undefined,
  local: PositionsRecord,
  remote: PositionsRecord,
): PositionsRecord {
  return {
    schemaVersion: local.schemaVersion,
    LR: mergeKeyed(base?.LR, local.LR, remote.LR),
    TB: mergeKeyed(base?.TB, local.TB, remote.TB),
  };
}

/**
 * S8/T1: the one three-way merge of a batch of records: `local` (this tab's records) merged with `remote` (what is
 * stored now, or what another tab wrote) given `base` (what this tab last read or wrote). Profiles and positions
 * merge per key; whole records (settings, sources, catalog, layout) are written only when this tab changed them,
 * so this tab's version wins. Returns one record for each record in `local`.
 */
export function mergeRecords(
  base: Partial<StoredRecords> | undefined,
  local: Partial<StoredRecords>,
  remote: Partial<StoredRecords>,
): Partial<StoredRecords> {
  const merged: Partial<StoredRecords> = { ...local };
  if (local.profiles && remote.profiles)
    merged.profiles = mergeProfiles(base?.profiles, local.profiles, remote.profiles);
  if (local.positions && remote.positions)
    merged.positions = mergePositions(base?.positions, local.positions, remote.positions);
  return merged;
}
