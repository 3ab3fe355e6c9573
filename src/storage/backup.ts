// Backup files, which are also pathway files (one format, docs/planning.md B5–B8): one learner or all of them, the
// curriculum they refer to (the imported documents) and the positions nodes were dragged to, as versioned JSON.
// Read back with zod in backupParse.ts (loaded on demand). Nothing is written here: opening a file returns a plan
// (documents to add, new profiles, what would be replaced) that the UI confirms first.
import type { SourceDocument } from '../domain/types';
import { slug } from '../domain/text';
import type { Profile } from '../domain/types';

export const BACKUP_FORMAT = 'curriculum-pathway-planner/backup';
/** 2: the file carries its curriculum and positions (a pathway file). Version 1 files (profiles only) still read. */
export const BACKUP_VERSION = 2;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

type Point = { x: number; y: number };
export type BackupPositions = { LR: Record<string, Point>; TB: Record<string, Point> };

export interface BackupCurriculum {
  /** The documents the learner imported (the planner's built-in seed documents are not repeated). */
  documents: SourceDocument[];
  /** Where the catalog was hosted (?catalog=), when it was; its document is then the one in `documents`. */
  catalogUrl: string | null;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO timestamp, for people reading the file. */
  exportedAt: string;
  activeId: string | null;
  profiles: Profile[];
  /** B5: absent in version 1 files. */
  curriculum?: BackupCurriculum;
  positions?: BackupPositions;
}

/** B5: a backup (pathway file) of `profiles`, with the curriculum and positions when given. */
export function makeBackup(
  profiles: Profile[],
  exportedAt: Date,
  activeId: string | null = null,
  extra: { curriculum?: BackupCurriculum; positions?: BackupPositions } = {},
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    activeId,
    profiles: structuredClone(profiles),
    ...(extra.curriculum
      ? {
          curriculum: {
            documents: extra.curriculum.documents.map((d) => ({ path: d.path, text: d.text })),
            catalogUrl: extra.curriculum.catalogUrl,
          },
        }
      : {}),
    ...(extra.positions ? { positions: structuredClone(extra.positions) } : {}),
  };
}

/** `pathway-ana-2026-03-04.json`: the file "Save pathway file" downloads (one learner with the curriculum). */
export function pathwayFileName(profile: Profile, date: string): string {
  return `pathway-${slug(profile.name)}-${date}.json`;
}

export function backupFileName(profiles: Profile[], date: string): string {
  const who = profiles.length === 1 ? slug(profiles[0]!.name) : 'all-profiles';
  return `planner-backup-${who}-${date}.json`;
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

/** What opening a backup or pathway file would do (B6, B7); nothing is applied until the user agrees. */
export interface RestorePlan {
  file: BackupFile;
  /** Imported documents after the restore (yours, plus the file's), or null when the file adds none. */
  documents: SourceDocument[] | null;
  /** Documents here that the file has under the same path with other text: replaced only with "Replace". */
  replacedDocuments: string[];
  /** New profiles, and those that would replace one here with progress in it (ask first). */
  profiles: ImportPlan;
  /** Profiles here with nothing recorded yet (a fresh browser's "Me") that a same-named incoming one replaces. */
  blank: { incoming: Profile; existing: Profile }[];
}

const isBlank = (p: Profile) =>
  Object.keys(p.statuses).length === 0 && Object.keys(p.notes).length === 0 && !p.goal && !p.pace;

/**
 * B6: plans opening `file` here. Documents: the file's ones are added to yours (merge by path); one you have under
 * the same path with different text would be replaced, so it is listed. Profiles: planImport, except that a profile
 * with nothing recorded yet is replaced without asking. `needsAsking` is true when anything of yours would change.
 */
export function planRestore(
  current: { sources: SourceDocument[]; profiles: Record<string, Profile> },
  file: BackupFile,
): RestorePlan & { needsAsking: boolean } {
  const mine = new Map(current.sources.map((d) => [d.path, d.text] as const));
  const incoming = file.curriculum?.documents ?? [];
  const replacedDocuments = incoming
    .filter((d) => mine.has(d.path) && mine.get(d.path) !== d.text)
    .map((d) => d.path);
  const adds = incoming.some((d) => mine.get(d.path) !== d.text);
  const byPath = new Map(current.sources.map((d) => [d.path, d] as const));
  for (const d of incoming) byPath.set(d.path, { path: d.path, text: d.text });
  const planned = planImport(current.profiles, file.profiles);
  const blank = planned.conflicts.filter((c) => isBlank(c.existing));
  const profiles = { added: planned.added, conflicts: planned.conflicts.filter((c) => !isBlank(c.existing)) };
  return {
    file,
    documents: adds ? [...byPath.values()] : null,
    replacedDocuments,
    profiles,
    blank,
    needsAsking: replacedDocuments.length > 0 || profiles.conflicts.length > 0,
  };
}

/**
 * B7: the profiles and documents to put in place for `plan` once the user chose: "replace" takes the file's
 * versions; "keep-both" adds its learners under new names and keeps your documents where the paths clash.
 */
export function resolveRestore(
  plan: RestorePlan,
  mode: 'replace' | 'keep-both',
  existing: Record<string, Profile>,
  currentSources: SourceDocument[],
): { profiles: Profile[]; documents: SourceDocument[] | null } {
  const profiles = [
    ...resolveConflicts(plan.profiles, mode, existing),
    ...plan.blank.map(({ incoming, existing: old }) => ({ ...incoming, id: old.id })),
  ];
  if (!plan.documents || mode === 'replace' || plan.replacedDocuments.length === 0)
    return { profiles, documents: plan.documents };
  const keep = new Set(plan.replacedDocuments);
  const mine = new Map(currentSources.map((d) => [d.path, d] as const));
  return { profiles, documents: plan.documents.map((d) => (keep.has(d.path) ? mine.get(d.path)! : d)) };
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
