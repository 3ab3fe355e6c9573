// The ../shared curriculum and cases sit beside the repository in CI and a developer's checkout, not in a fresh
// clone. Tests that read them skip then (describe/it.skipIf(!present)) and say so once, naming what is skipped.
import { existsSync } from 'node:fs';

/** Whether `path` exists; when it does not, prints which tests are skipped and why (once per call site). */
export function besideRepo(path: string, skipped: string): boolean {
  const present = existsSync(path);
  if (!present)
    console.info(`skipped: ${skipped} (${path} is not here: a clone without ../shared beside it)`);
  return present;
}
