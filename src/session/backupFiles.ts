// Backup files for the UI: the format lives with storage (versions, schema); components reach it through here
// because ui/ may not import storage/ (it never touches the stored records, only files the user picks).
import type { BackupParse } from '../storage/backupParse';

export { backupFileName, makeBackup, planImport, resolveConflicts, type ImportPlan } from '../storage/backup';

/** Reads a backup file; the zod validation loads on the first import, keeping it out of the start-up bundle. */
export async function parseBackup(text: string): Promise<BackupParse> {
  const { parseBackup: parse } = await import('../storage/backupParse');
  return parse(text);
}
