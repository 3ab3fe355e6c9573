// Backup files: one profile or all of them as versioned JSON. Read back with zod in backupParse.ts (loaded on demand).
// Nothing is written here: importing returns a plan (new profiles, conflicts) that the UI confirms first.
import type { Profile } from '../store/types';

export const BACKUP_FORMAT = 'curriculum-pathway-planner/backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO timestamp, for people reading the file. */
  exportedAt: string;
  activeId: string | null;
  profiles: Profile[];
}

export function makeBackup(
  profiles: Profile[],
  exportedAt: Date,
  activeId: string | null = null,
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    activeId,
    profiles: structuredClone(profiles),
  };
}

export function backupFileName(profiles: Profile[], date: string): string {
  const who = profiles.length === 1 ? slug(profiles[0]!.name) : 'all-profiles';
  return `planner-backup-${who}-${date}.json`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'learner'
  );
}

export interface ImportPlan {
  /** Profiles whose id and name are both new here. */
  added: Profile[];
  /** Incoming profiles that would replace an existing one (same id or same name): ask first. */
  conflicts: { incoming: Profile; existing: Profile }[];
}

export function planImport(existing: Record<string, Profile>, incoming: Profile[]): ImportPlan {
  const byName = new Map(Object.values(existing).map((p) => [p.name.trim().toLowerCase(), p] as const));
  const plan: ImportPlan = { added: [], conflicts: [] };
  for (const p of incoming) {
    const clash = existing[p.id] ?? byName.get(p.name.trim().toLowerCase());
    if (clash) plan.conflicts.push({ incoming: p, existing: clash });
    else plan.added.push(p);
  }
  return plan;
}

/** Conflicting profiles resolved: replace the existing ones (keeping their ids), or keep both under fresh ids. */
export function resolveConflicts(
  plan: ImportPlan,
  mode: 'replace' | 'keep-both',
  existing: Record<string, Profile>,
): Profile[] {
  const out = [...plan.added];
  const taken = new Set([...Object.keys(existing), ...plan.added.map((p) => p.id)]);
  const names = new Set([...Object.values(existing), ...plan.added].map((p) => p.name.toLowerCase()));
  for (const { incoming, existing: old } of plan.conflicts) {
    if (mode === 'replace') {
      out.push({ ...incoming, id: old.id });
      continue;
    }
    let id = incoming.id;
    for (let n = 2; taken.has(id); n++) id = `${incoming.id}-${n}`;
    let name = `${incoming.name} (imported)`;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${incoming.name} (imported ${n})`;
    taken.add(id);
    names.add(name.toLowerCase());
    out.push({ ...incoming, id, name });
  }
  return out;
}
