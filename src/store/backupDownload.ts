// A backup of every profile as a file, for when progress cannot be saved (in-memory mode, storage full).
// Uses the versioned backup format from storage/backup.ts, so the file can be imported back later.
import { backupFileName, makeBackup } from '../storage/backup';
import type { PlannerState } from './types';

export interface BackupDownload {
  fileName: string;
  json: string;
}

export function backupOfAllProfiles(
  s: Pick<PlannerState, 'profiles'>,
  now: Date = new Date(),
): BackupDownload {
  const profiles = Object.values(s.profiles.profiles);
  return {
    fileName: backupFileName(profiles, now.toISOString().slice(0, 10)),
    json: JSON.stringify(makeBackup(profiles, now, s.profiles.activeId), null, 2),
  };
}

/** Starts the browser download of a backup of all profiles. */
export function downloadBackup(s: Pick<PlannerState, 'profiles'>, doc: Document = document): string {
  const { fileName, json } = backupOfAllProfiles(s);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
