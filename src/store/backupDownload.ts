// A backup of every profile as a file, for when progress cannot be saved (in-memory mode, storage full).
// Uses the versioned backup format from storage/backup.ts, so the file can be imported back later.
import { localIsoDate } from '../domain/dates';
import { downloadJson } from '../export/download';
import { backupFileName, makeBackup } from '../storage/backup';
import type { Profile } from './types';
import type { PlannerState } from './types';

export interface BackupDownload {
  fileName: string;
  json: string;
}

/** A backup file of `profiles` made at `now`, named by the local date (D1). */
export function backupOf(profiles: Profile[], activeId: string, now: Date = new Date()): BackupDownload {
  return {
    fileName: backupFileName(profiles, localIsoDate(now)),
    json: JSON.stringify(makeBackup(profiles, now, activeId), null, 2),
  };
}

export function backupOfAllProfiles(
  s: Pick<PlannerState, 'profiles'>,
  now: Date = new Date(),
): BackupDownload {
  return backupOf(Object.values(s.profiles.profiles), s.profiles.activeId, now);
}

/** Starts the browser download of a backup of all profiles. */
export function downloadBackup(s: Pick<PlannerState, 'profiles'>, doc: Document = document): string {
  const { fileName, json } = backupOfAllProfiles(s);
  downloadJson(json, fileName, doc);
  return fileName;
}
