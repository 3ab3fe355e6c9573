/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker of a production build (vite-plugin-pwa, Workbox precache: vite.config.ts).
// Loaded on demand by main.tsx, after the first screen, so it is not part of the initial JavaScript.
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './appUpdate';

/** Registers once the page has loaded; a waiting newer version becomes an offer (appUpdate.ts). */
export function startServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh: () => offerUpdate(() => void update(true)),
    // Offline support is an extra: a browser that refuses it (private mode, file://) keeps a working app.
    onRegisterError: (error: unknown) => console.warn('Offline support is unavailable:', error),
  });
}
