// Backup files: one profile or all of them as versioned JSON. Read back with zod; a bad file names what is wrong.
// Nothing is written here: importing returns a plan (new profiles, conflicts) that the UI confirms first.
import { z } from 'zod';
import type { Profile } from '../store/types';
import { profileSchema } from './schema';

export const BACKUP_FORMAT = 'curriculum-pathway-planner/backup';
export const BACKUP_VERSION = 1;
const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO timestamp, for people reading the file. */
  exportedAt: string;
  activeId: string | null;
  profiles: Profile[];
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  activeId: z.string().nullable(),
  profiles: z.array(profileSchema).min(1),
});

export function makeBackup(profiles: Profile[], exportedAt: Date, activeId: string | null = null): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), activeId, profiles: structuredClone(profiles) };
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

export type BackupParse = { ok: true; backup: BackupFile } | { ok: false; error: string };

export function parseBackup(text: string): BackupParse {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'This file is too large to be a planner backup.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a planner backup.' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This JSON file is not a planner backup (its "format" is missing or different).' };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer version of the planner (backup version ${head.version}); update the planner to import it.` };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describePath(issue.path, json) : '';
    return { ok: false, error: `The backup is damaged: ${where}${issue?.message ?? 'invalid'}. Nothing was imported.` };
  }
  const ids = new Set<string>();
  for (const p of parsed.data.profiles) {
    if (ids.has(p.id)) return { ok: false, error: `The backup lists profile id "${p.id}" twice. Nothing was imported.` };
    ids.add(p.id);
  }
  return { ok: true, backup: parsed.data as BackupFile };
}

/** "profile 2 (Ana), statuses.MOD-1: " from a zod issue path. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  if (path[0] !== 'profiles' || typeof path[1] !== 'number') return path.length ? `${path.map(String).join('.')}: ` : '';
  const raw = (json as { profiles: unknown[] }).profiles[path[1]] as { name?: unknown } | undefined;
  const name = typeof raw?.name === 'string' ? ` (${raw.name})` : '';
  const rest = path.slice(2).map(String).join('.');
  return `profile ${path[1] + 1}${name}${rest ? `, ${rest}` : ''}: `;
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
export function resolveConflicts(plan: ImportPlan, mode: 'replace' | 'keep-both', existing: Record<string, Profile>): Profile[] {
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
