// What kind of session this page is (own planner, a shared path, a hosted catalog) and what the banner can do.
// Kept apart from the planner store: it is about the URL the page was opened with, not about the curriculum.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type SessionMode = 'own' | 'shared' | 'hosted';

export interface SessionState {
  mode: SessionMode;
  /** Learner name of a shared path. */
  sharedName: string | null;
  /** What a shared link carried of the sender's catalog as nodes and links (null: documents or a hosted catalog). */
  sharedGraph: { shown: number; total: number; titles: boolean } | null;
  /** Where the catalog came from (?catalog=), when it did. */
  catalogUrl: string | null;
  /** Loading message while a hosted catalog is fetched or a link is read. */
  loading: string | null;
  /** A broken link or an unreachable catalog: shown until dismissed. */
  error: string | null;
  saving: boolean;
  /** Saves the shared path as a new profile of the visitor, then opens the visitor's own planner. */
  saveAsMyProfile: (() => Promise<void>) | null;
  /** Leaves the shared view for the visitor's own planner (nothing saved). */
  leave: (() => void) | null;
}

export const sessionStore = createStore<SessionState>()(() => ({
  mode: 'own',
  sharedName: null,
  sharedGraph: null,
  catalogUrl: null,
  loading: null,
  error: null,
  saving: false,
  saveAsMyProfile: null,
  leave: null,
}));

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}
