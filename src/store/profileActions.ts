// Profile actions (several learners in one browser): create, rename, duplicate, delete with undo, switch.
// They work on the store's `profiles` state and keep its invariants: at least one profile, ids unique,
// activeId always names an existing profile. Switching clears the status undo stack (it belongs to one learner).
import type { PlannerStore } from './store';
import type { Profile, ProfilesState } from './types';

export interface DeletedProfile {
  profile: Profile;
  wasActive: boolean;
}

const deleted = new WeakMap<PlannerStore, DeletedProfile>();

/** A readable, unique id from the name (`ana`, `ana-2`, …). */
export function newProfileId(name: string, existing: Record<string, unknown>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'learner';
  let id = base;
  for (let n = 2; id in existing; n++) id = `${base}-${n}`;
  return id;
}

/** A display name not used by another profile (`Ana`, `Ana (2)`, …). */
export function uniqueProfileName(
  name: string,
  profiles: Record<string, Profile>,
  exceptId?: string,
): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 80) || 'Learner';
  const taken = new Set(
    Object.values(profiles)
      .filter((p) => p.id !== exceptId)
      .map((p) => p.name.toLowerCase()),
  );
  let candidate = clean;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${clean} (${n})`;
  return candidate;
}

function put(store: PlannerStore, next: ProfilesState, switched: boolean): void {
  const s = store.getState();
  // setProfiles resets lastChange/undo (needed when the active learner changes); a rename keeps them.
  if (switched) s.setProfiles(next);
  else store.setState({ profiles: next });
}

export function createProfile(
  store: PlannerStore,
  name: string,
  seed?: Partial<Omit<Profile, 'id' | 'name'>>,
): Profile {
  const { profiles } = store.getState();
  const finalName = uniqueProfileName(name, profiles.profiles);
  const profile: Profile = {
    id: newProfileId(finalName, profiles.profiles),
    name: finalName,
    statuses: { ...(seed?.statuses ?? {}) },
    goal: seed?.goal ?? null,
    pace: seed?.pace ?? null,
    notes: { ...(seed?.notes ?? {}) },
  };
  put(store, { activeId: profile.id, profiles: { ...profiles.profiles, [profile.id]: profile } }, true);
  return profile;
}

export function renameProfile(store: PlannerStore, id: string, name: string): boolean {
  const { profiles } = store.getState();
  const current = profiles.profiles[id];
  if (!current || !name.trim()) return false;
  const renamed = { ...current, name: uniqueProfileName(name, profiles.profiles, id) };
  put(store, { ...profiles, profiles: { ...profiles.profiles, [id]: renamed } }, false);
  return true;
}

export function duplicateProfile(store: PlannerStore, id: string): Profile | null {
  const source = store.getState().profiles.profiles[id];
  if (!source) return null;
  return createProfile(
    store,
    `${source.name} copy`,
    structuredClone({ statuses: source.statuses, goal: source.goal, pace: source.pace, notes: source.notes }),
  );
}

export function switchProfile(store: PlannerStore, id: string): boolean {
  const { profiles } = store.getState();
  if (!profiles.profiles[id] || profiles.activeId === id) return false;
  put(store, { ...profiles, activeId: id }, true);
  return true;
}

/** Deletes a profile (never the last one); `undoDeleteProfile` brings it back. */
export function deleteProfile(store: PlannerStore, id: string): DeletedProfile | null {
  const { profiles } = store.getState();
  const profile = profiles.profiles[id];
  const rest = Object.keys(profiles.profiles).filter((k) => k !== id);
  if (!profile || rest.length === 0) return null;
  const remaining = { ...profiles.profiles };
  delete remaining[id];
  const wasActive = profiles.activeId === id;
  put(store, { activeId: wasActive ? rest[0]! : profiles.activeId, profiles: remaining }, wasActive);
  const entry = { profile, wasActive };
  deleted.set(store, entry);
  return entry;
}

export function lastDeletedProfile(store: PlannerStore): DeletedProfile | null {
  return deleted.get(store) ?? null;
}

export function undoDeleteProfile(store: PlannerStore): Profile | null {
  const entry = deleted.get(store);
  if (!entry) return null;
  deleted.delete(store);
  const { profiles } = store.getState();
  // If a profile took its id meanwhile, the restored one gets a fresh id rather than overwriting anything.
  const id =
    entry.profile.id in profiles.profiles
      ? newProfileId(entry.profile.name, profiles.profiles)
      : entry.profile.id;
  const restored = { ...entry.profile, id, name: uniqueProfileName(entry.profile.name, profiles.profiles) };
  put(
    store,
    {
      activeId: entry.wasActive ? id : profiles.activeId,
      profiles: { ...profiles.profiles, [id]: restored },
    },
    entry.wasActive,
  );
  return restored;
}

/** Adds or replaces whole profiles (backup import, "save as my profile"); the caller has asked before replacing. */
export function putProfiles(store: PlannerStore, incoming: Profile[], activate?: string): void {
  const { profiles } = store.getState();
  const next = { ...profiles.profiles };
  for (const p of incoming) next[p.id] = p;
  const activeId = activate && next[activate] ? activate : profiles.activeId;
  const replacedActive = incoming.some((p) => p.id === profiles.activeId);
  put(store, { activeId, profiles: next }, activeId !== profiles.activeId || replacedActive);
}
