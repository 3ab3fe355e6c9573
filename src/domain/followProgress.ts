// Progress follows its node when the catalog changes (docs/planning.md I1–I6): statuses, notes, status history,
// goal membership and dragged positions move with the key matchKeys finds; progress whose node left the catalog is
// kept aside with that node's identity and comes back when the node does. Nothing is dropped.
import type { CatalogIndex } from './graph';
import { identityFromKey, identityOf, matchKeys } from './identity';
import type { AsideEntry, AsideProgress, NodeIdentity, NodeProgress, Profile, ProfilesState } from './types';

type Point = { x: number; y: number };

/** Everything keyed by node key that belongs to the learner. Positions: direction → key → point. */
export interface KeyedProgress {
  profiles: ProfilesState;
  positions: Record<string, Record<string, Point>>;
  aside: AsideProgress;
}

export interface FollowReport {
  /** Keys whose progress moved to another key (same node, new key). */
  moved: { from: string; to: string; id: string }[];
  /** Keys whose progress was kept aside (their node is not in the catalog). */
  setAside: { key: string; id: string }[];
  /** Aside entries re-attached to a node of the catalog. */
  reattached: { from: string; to: string; id: string }[];
  /** Keys of the new catalog that share an id with a moved key and start fresh (a new definition). */
  fresh: string[];
}

export interface FollowResult extends KeyedProgress {
  report: FollowReport;
  /** False when nothing moved: the input objects are returned unchanged. */
  changed: boolean;
}

const ASIDE = '\u0000aside\u0000';

function keysWithProgress(p: KeyedProgress): Set<string> {
  const keys = new Set<string>();
  for (const profile of Object.values(p.profiles.profiles)) {
    for (const key in profile.statuses) keys.add(key);
    for (const key in profile.notes) keys.add(key);
    for (const key in profile.history ?? {}) keys.add(key);
    if (profile.goal?.type === 'nodes') for (const key of profile.goal.keys) keys.add(key);
  }
  for (const positions of Object.values(p.positions)) for (const key in positions) keys.add(key);
  return keys;
}

function progressOf(profile: Profile, key: string): NodeProgress | null {
  const out: NodeProgress = {};
  if (profile.statuses[key] !== undefined) out.status = profile.statuses[key];
  if (profile.notes[key] !== undefined) out.note = profile.notes[key];
  if (profile.history?.[key] !== undefined) out.history = profile.history[key];
  if (profile.goal?.type === 'nodes' && profile.goal.keys.includes(key)) out.goal = true;
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * I1–I6: moves every piece of progress in `input` to the key its node has in `next`. `prev` is the catalog the
 * progress was recorded against (null at start-up, when only the stored keys are known: I5). Pure; never throws.
 * Returns the same objects (`changed: false`) when every key stays where it is and nothing aside comes back.
 */
export function followProgress(
  input: KeyedProgress,
  prev: CatalogIndex | null,
  next: CatalogIndex,
): FollowResult {
  const wanted = new Map<string, NodeIdentity>();
  for (const key of keysWithProgress(input)) {
    const before = prev?.byKey.get(key);
    const now = next.byKey.get(key);
    // I5: without the catalog it was recorded against, a key the new catalog holds is trusted as is.
    if (before) wanted.set(key, identityOf(before));
    else if (prev === null && now) wanted.set(key, identityOf(now));
    else wanted.set(key, identityFromKey(key));
  }
  for (const [key, entry] of Object.entries(input.aside)) wanted.set(ASIDE + key, entry.identity);

  const match = matchKeys(wanted, next);
  const report: FollowReport = { moved: [], setAside: [], reattached: [], fresh: [] };
  let changed = false;
  for (const [from, to] of match) {
    const aside = from.startsWith(ASIDE);
    if (aside ? to !== null : to !== from) changed = true;
  }
  if (!changed) return { ...input, report, changed: false };

  const target = (key: string) => match.get(key) ?? null;
  const aside: AsideProgress = {};
  const asideKeyFor = (key: string) => {
    let k = key;
    for (let n = 2; k in aside; n++) k = `${key}#${n}`;
    return k;
  };
  const setAside = new Map<string, string>(); // live key → its aside key
  for (const [from, to] of match) {
    if (from.startsWith(ASIDE)) {
      const key = from.slice(ASIDE.length);
      if (to === null) aside[key] = input.aside[key]!;
      else report.reattached.push({ from: key, to, id: input.aside[key]!.identity.id });
    } else if (to === null) {
      setAside.set(from, '');
    } else if (to !== from) report.moved.push({ from, to, id: wanted.get(from)!.id });
  }
  for (const key of setAside.keys()) {
    const k = asideKeyFor(key);
    setAside.set(key, k);
    aside[k] = { identity: wanted.get(key)!, profiles: {}, positions: {} };
    report.setAside.push({ key, id: wanted.get(key)!.id });
  }

  const profiles: Record<string, Profile> = {};
  for (const [profileId, profile] of Object.entries(input.profiles.profiles)) {
    const statuses: Profile['statuses'] = {};
    const notes: Profile['notes'] = {};
    const history: NonNullable<Profile['history']> = {};
    const goalKeys: string[] = [];
    const place = (to: string, progress: NodeProgress) => {
      if (progress.status !== undefined) statuses[to] = progress.status;
      if (progress.note !== undefined) notes[to] = progress.note;
      if (progress.history !== undefined) history[to] = progress.history;
      if (progress.goal) goalKeys.push(to);
    };
    for (const key of keysWithProgress({ ...input, positions: {} })) {
      const progress = progressOf(profile, key);
      if (!progress) continue;
      const to = target(key);
      if (to !== null) place(to, progress);
      else {
        // P1: a goal naming a node no catalog had stays in the goal (reported unknown by the plan).
        if (progress.goal && prev !== null && !prev.byKey.has(key)) goalKeys.push(key);
        aside[setAside.get(key)!]!.profiles[profileId] = progress;
      }
    }
    for (const { from, to } of report.reattached) {
      const progress = input.aside[from]!.profiles[profileId];
      if (progress) place(to, progress);
    }
    const goal =
      profile.goal?.type === 'nodes'
        ? { type: 'nodes' as const, keys: [...new Set(goalKeys)] }
        : profile.goal;
    const out: Profile = {
      ...profile,
      statuses,
      notes,
      goal: goal?.type === 'nodes' && goal.keys.length === 0 ? null : goal,
    };
    if (profile.history !== undefined || Object.keys(history).length > 0) out.history = history;
    profiles[profileId] = out;
  }

  const positions: KeyedProgress['positions'] = {};
  for (const [direction, points] of Object.entries(input.positions)) {
    const moved: Record<string, Point> = {};
    for (const [key, point] of Object.entries(points)) {
      const to = target(key);
      if (to !== null) moved[to] = point;
      else aside[setAside.get(key)!]!.positions[direction] = point;
    }
    for (const { from, to } of report.reattached) {
      const point = input.aside[from]!.positions[direction];
      if (point) moved[to] = point;
    }
    positions[direction] = moved;
  }

  const movedIds = new Set(report.moved.map((m) => m.id));
  const holding = new Set(match.values());
  for (const id of movedIds)
    for (const key of next.keysById.get(id) ?? []) if (!holding.has(key)) report.fresh.push(key);

  return { profiles: { ...input.profiles, profiles }, positions, aside, report, changed: true };
}

/** Kept-aside entries as a list for the Diagnostics panel ("Progress not in this catalog"), by key. */
export function asideList(aside: AsideProgress): { key: string; entry: AsideEntry }[] {
  return Object.keys(aside)
    .sort()
    .map((key) => ({ key, entry: aside[key]! }));
}
