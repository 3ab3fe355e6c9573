// A newer version of the app, installed by the service worker and waiting (issue 17): it takes over only when
// the learner chooses to reload, never under them. serviceWorker.ts offers it; UpdateBanner shows the offer.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface AppUpdateState {
  /** Activates the waiting version and reloads the page; null while no newer version waits. */
  apply: (() => void) | null;
}

export const appUpdateStore = createStore<AppUpdateState>()(() => ({ apply: null }));

/** Called by the service worker registration when a new version is installed and waiting. */
export function offerUpdate(apply: () => void): void {
  appUpdateStore.setState({ apply });
}

export function useAppUpdate(): (() => void) | null {
  return useStore(appUpdateStore, (s) => s.apply);
}
