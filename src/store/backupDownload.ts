// Backup files (= pathway files, storage/backup.ts B5) of the learners in this browser: for when progress cannot be
// saved (in-memory mode, storage full) and for "Back up this learner / all". Each carries the imported documents and
// the positions, so restoring in another browser brings the curriculum back.
import { localIsoDate } from '../domain/dates';
import { downloadJson } from '../export/download';
import { backupFileName, makeBackup } from '../storage/backup';
import type { Profile } from './types';
import type { PlannerState } from './types';

export interface BackupDownload {
  fileName: string;
  json: string;
}

/** What a backup carries besides the learners; without `sources` the file holds learners only (version 1 style). */
type Backed = Pick<PlannerState, 'profiles'> & Partial<Pick<PlannerState, 'sources' | 'manualPositions'>>;

/** A backup file of `profiles` made at `now`, named by the local date (D1), with the curriculum of `s` (B5). */
export function backupOf(
  profiles: Profile[],
  activeId: string,
  now: Date = new Date(),
  s: Partial<Backed> = {},
): BackupDownload {
  const file = makeBackup(profiles, now, activeId, {
    ...(s.sources ? { curriculum: { documents: s.sources, catalogUrl: null } } : {}),
    ...(s.manualPositions ? { positions: s.manualPositions } : {}),
  });
  return { fileName: backupFileName(profiles, localIsoDate(now)), json: JSON.stringify(file, null, 1) };
}

export function backupOfAllProfiles(s: Backed, now: Date = new Date()): BackupDownload {
  return backupOf(Object.values(s.profiles.profiles), s.profiles.activeId, now, s);
}

/** Starts the browser download of a backup of all profiles. */
export function downloadBackup(s: Backed, doc: Document = document): string {
  const { fileName, json } = backupOfAllProfiles(s);
  downloadJson(json, fileName, doc);
  return fileName;
}
