// What was picked or dropped: pathway files and backups are opened as such (session/pathwayFiles.ts); every other
// file is a curriculum document to import.
import { isPlannerFile, openPlannerFile } from '../session/pathwayFiles';
import type { ScreenedDocuments } from '../store/importLimits';
import type { PlannerStore } from '../store/store';

export async function openDocuments(store: PlannerStore, docs: ScreenedDocuments): Promise<void> {
  const files = docs.filter((d) => isPlannerFile(d.text));
  const rest: ScreenedDocuments = docs.filter((d) => !isPlannerFile(d.text));
  rest.rejected = docs.rejected;
  for (const f of files) await openPlannerFile(store, f.text, f.path);
  if (rest.length > 0 || rest.rejected?.length || files.length === 0)
    await store.getState().importDocuments(rest);
}
