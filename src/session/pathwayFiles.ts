// Pathway files (= backups, one format: storage/backup.ts B5–B8) for the app: save the active learner with the
// curriculum and positions; open a file picked, dropped or restored — validated first, then planned, then (after
// asking when something of the visitor's would be replaced) applied through store actions, which persist as usual.
// Nothing is stored before the file has been read in full and found valid.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SourceDocument } from '../domain/types';
import { localIsoDate } from '../domain/dates';
import { downloadJson } from '../export/download';
import {
  BACKUP_FORMAT,
  makeBackup,
  pathwayFileName,
  planRestore,
  resolveRestore,
  type BackupFile,
  type RestorePlan,
} from '../storage/backup';
import { putProfiles } from '../store/profileActions';
import { activeProfile } from '../store/progressSlice';
import type { PlannerStore } from '../store/store';
import { sessionStore } from './sessionStore';

export interface PendingRestore {
  plan: RestorePlan;
  /** File name, for the question. */
  name: string;
}

/** The restore waiting for the user's answer (shown by ui/RestoreDialog). */
export const restoreStore = createStore<{ pending: PendingRestore | null }>()(() => ({ pending: null }));

export function usePendingRestore(): PendingRestore | null {
  return useStore(restoreStore, (s) => s.pending);
}

/** A file that starts like one of ours (even one cut off half-way): opened as a pathway file, not as a document. */
export function isPlannerFile(text: string): boolean {
  return new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${BACKUP_FORMAT.split('/')[0]}/`).test(text.slice(0, 200));
}

/** B5: the active learner, the imported documents and the positions as one file; returns its JSON and name. */
export function pathwayFile(store: PlannerStore, now = new Date()): { fileName: string; json: string } {
  const s = store.getState();
  const profile = activeProfile(s);
  const file = makeBackup([profile], now, profile.id, {
    curriculum: { documents: s.sources, catalogUrl: sessionStore.getState().catalogUrl },
    positions: s.manualPositions,
  });
  return { fileName: pathwayFileName(profile, localIsoDate(now)), json: JSON.stringify(file, null, 1) };
}

/** "Save pathway file": downloads pathwayFile(); returns the file name. */
export function savePathwayFile(store: PlannerStore): string {
  const { fileName, json } = pathwayFile(store);
  downloadJson(json, fileName);
  return fileName;
}

/** Reads a backup or pathway file; the zod validation loads on first use, out of the start-up bundle. */
async function parse(text: string) {
  const { parseBackup } = await import('../storage/backupParse');
  return parseBackup(text);
}

export type OpenResult = { tone: 'info' | 'warning' | 'error'; text: string } | { tone: 'asking' };

/**
 * Opens a backup or pathway file: refused with a message naming the problem (nothing changes), applied at once
 * when nothing of the visitor's would be replaced, else left pending for RestoreDialog to ask.
 */
export async function openPlannerFile(store: PlannerStore, text: string, name: string): Promise<OpenResult> {
  const session = sessionStore.getState().mode;
  const tell = (tone: 'info' | 'warning' | 'error', message: string): OpenResult => {
    store.getState().notify(tone, message);
    return { tone, text: message };
  };
  if (session === 'shared')
    return tell('error', `${name}: this shared path is read-only; open your own planner to open a file.`);
  const parsed = await parse(text);
  if (!parsed.ok) return tell('error', `${name}: ${parsed.error}`);
  const file = parsed.backup;
  if (session === 'hosted' && file.curriculum?.documents.length)
    return tell(
      'error',
      `${name}: this page shows a hosted catalog; use "Back to my catalog" first to open a pathway file there. Nothing was changed.`,
    );
  const s = store.getState();
  const plan = planRestore({ sources: s.sources, profiles: s.profiles.profiles }, file);
  if (plan.needsAsking) {
    restoreStore.setState({ pending: { plan, name } });
    return { tone: 'asking' };
  }
  return applyRestore(store, plan, 'replace').then((m) => tell(m.tone, `${name}: ${m.text}`));
}

/** Cancels the pending restore: nothing changes. */
export function cancelRestore(): void {
  restoreStore.setState({ pending: null });
}

/** Applies the pending restore with the user's answer. */
export async function answerRestore(store: PlannerStore, mode: 'replace' | 'keep-both'): Promise<void> {
  const pending = restoreStore.getState().pending;
  if (!pending) return;
  restoreStore.setState({ pending: null });
  const m = await applyRestore(store, pending.plan, mode);
  store.getState().notify(m.tone, `${pending.name}: ${m.text}`);
}

async function applyRestore(
  store: PlannerStore,
  plan: RestorePlan,
  mode: 'replace' | 'keep-both',
): Promise<{ tone: 'info' | 'warning'; text: string }> {
  const s = store.getState();
  const { profiles, documents } = resolveRestore(plan, mode, s.profiles.profiles, s.sources);
  if (documents) await s.rebuildCatalog(documents);
  const positions = plan.file.positions;
  if (positions) {
    // Positions are the visitor's too: the file's only fill in nodes the visitor has not placed.
    const mine = store.getState().manualPositions;
    store.getState().setManualPositions({
      LR: { ...positions.LR, ...mine.LR },
      TB: { ...positions.TB, ...mine.TB },
    });
  }
  const incomingOrder = [
    ...plan.profiles.added,
    ...plan.profiles.conflicts.map((c) => c.incoming),
    ...plan.blank.map((c) => c.incoming),
  ];
  const active = profiles[incomingOrder.findIndex((p) => p.id === plan.file.activeId)] ?? profiles[0];
  putProfiles(store, profiles, active?.id);
  store.getState().requestFit();
  return describe(store, plan.file, profiles.length, documents);
}

function describe(
  store: PlannerStore,
  file: BackupFile,
  learners: number,
  documents: SourceDocument[] | null,
): { tone: 'info' | 'warning'; text: string } {
  const s = store.getState();
  const who = file.profiles.length === 1 ? file.profiles[0]!.name : `${learners} learners`;
  const docs = file.curriculum?.documents.length ?? 0;
  const opened = `opened ${who}${docs ? ` with the curriculum (${docs} document${docs === 1 ? '' : 's'})` : ''}.`;
  // B8: an old backup carries no curriculum; say so when its progress names nodes this catalog does not have.
  const missing = new Set<string>();
  for (const p of file.profiles)
    for (const key of Object.keys(p.statuses)) if (!s.index.byKey.has(key)) missing.add(key);
  if (!documents && !docs && missing.size > 0)
    return {
      tone: 'warning',
      text: `${opened} ${missing.size} of its nodes are not in this catalog: the file was made before backups carried their curriculum. Import the curriculum documents to see them.`,
    };
  return { tone: 'info', text: opened };
}
