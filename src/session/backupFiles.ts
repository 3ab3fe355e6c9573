// Backup files for the UI: the format lives with storage (versions, schema); components reach it through here
// because ui/ may not import storage/ (it never touches the stored records, only files the user picks).
export { backupFileName, makeBackup, parseBackup, planImport, resolveConflicts, type ImportPlan } from '../storage/backup';
