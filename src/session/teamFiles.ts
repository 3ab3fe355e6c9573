// Pathway files (= backups, B5–B8) → team board rows (T1–T7): each file is validated (zod), its curriculum built
// into a catalog (the built-in seed documents plus the file's documents; one build per distinct curriculum), and
// each learner in it becomes a row. Shared by the Team board and the `team` CLI. A bad file is named with its
// problem and left out (T6); two files of the same learner and catalog keep the newer (T7).
import { buildCatalog } from '../domain/catalog';
import { indexCatalog, type CatalogIndex } from '../domain/graph';
import { teamRow, type TeamRow } from '../domain/team';
import type { Catalog, Profile, SourceDocument } from '../domain/types';
import { parseBackup } from '../storage/backupParse';

export interface TeamFile {
  /** File name as the user gave it: every problem names it. */
  name: string;
  text: string;
}

export interface TeamMember {
  row: TeamRow;
  /** The file it came from. */
  file: string;
  /** When that file was saved (its `exportedAt`). */
  savedAt: string;
  index: CatalogIndex;
  profile: Profile;
}

export interface TeamRead {
  members: TeamMember[];
  /** T6: files left out, with the problem. */
  problems: { file: string; problem: string }[];
  /** T7 and other things a manager should know (older copies left out, files without a curriculum). */
  notes: string[];
}

export interface TeamReadOptions {
  /** The planner's built-in documents (a file does not repeat them). */
  seeds: SourceDocument[];
  today: string;
  signal?: AbortSignal;
  /** Files read so far, of all (after each file). */
  onProgress?(done: number, total: number): void;
  /** Lets a page paint between files; the CLI needs none. */
  yieldToPage?(): Promise<void>;
  /**
   * Builds a curriculum's catalog (once per distinct curriculum). Default: buildCatalog in place. The app passes the
   * parse worker: a 500 KB curriculum took one ~600 ms task on the main thread, freezing the board while it opened.
   */
  buildCatalog?(documents: SourceDocument[]): Promise<Catalog>;
}

/** FNV-1a over the documents (path and text): same curriculum → same catalog, built once. */
function curriculumKey(documents: readonly SourceDocument[]): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  for (const doc of documents) {
    feed(doc.path);
    feed('\u0000');
    feed(doc.text);
    feed('\u0001');
  }
  return `${documents.length}:${(hash >>> 0).toString(16)}`;
}

function aborted(): DOMException {
  return new DOMException('Reading the team files was cancelled.', 'AbortError');
}

/**
 * T6/T7: reads pathway files into team members, one row per learner in each file (a "back up all" file holds several).
 * Never throws for content; rejects with an AbortError when `signal` fires.
 */
export async function readTeamFiles(files: readonly TeamFile[], options: TeamReadOptions): Promise<TeamRead> {
  const { seeds, today, signal, onProgress, yieldToPage } = options;
  const build =
    options.buildCatalog ?? ((documents: SourceDocument[]) => Promise.resolve(buildCatalog(documents)));
  const catalogs = new Map<string, CatalogIndex>();
  const problems: TeamRead['problems'] = [];
  const notes: string[] = [];
  const byLearner = new Map<string, TeamMember>();
  let done = 0;
  for (const file of files) {
    if (signal?.aborted) throw aborted();
    const parsed = file.text.trim() === '' ? null : parseBackup(file.text);
    if (!parsed) problems.push({ file: file.name, problem: 'The file is empty.' });
    else if (!parsed.ok) problems.push({ file: file.name, problem: parsed.error });
    else {
      const { backup } = parsed;
      const curriculum = backup.curriculum;
      if (!curriculum)
        notes.push(
          `${file.name} carries no curriculum (a version 1 backup): read against the built-in documents.`,
        );
      const documents = curriculum?.catalogUrl
        ? curriculum.documents
        : [...seeds, ...(curriculum?.documents ?? [])];
      const key = curriculumKey(documents);
      let index = catalogs.get(key);
      if (!index) {
        index = indexCatalog(await build(documents));
        if (signal?.aborted) throw aborted();
        catalogs.set(key, index);
      }
      for (const profile of backup.profiles) {
        const member: TeamMember = {
          row: teamRow(index, profile, today),
          file: file.name,
          savedAt: backup.exportedAt,
          index,
          profile,
        };
        // T7: the same learner (name, case- and space-insensitive) on the same catalog: the newer file wins.
        const who = `${profile.name.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${key}`;
        const seen = byLearner.get(who);
        if (!seen) byLearner.set(who, member);
        else {
          const [newer, older] = member.savedAt > seen.savedAt ? [member, seen] : [seen, member];
          byLearner.set(who, newer);
          notes.push(
            `${profile.name}: two files of the same learner and catalog; showing the newer, ${newer.file} (saved ${newer.savedAt}), not ${older.file} (saved ${older.savedAt}).`,
          );
        }
      }
    }
    done++;
    onProgress?.(done, files.length);
    if (yieldToPage) await yieldToPage();
  }
  return { members: [...byLearner.values()], problems, notes };
}
