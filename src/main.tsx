// Entry: create the store, render, then hydrate from storage and start saving.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { localIsoDate } from './domain/dates';
import { createPlannerStore } from './store/store';
import { App } from './ui/App';
import { skipCardMeasurements } from './ui/fixedSizeCards';

skipCardMeasurements(); // before React Flow creates its observer
const store = createPlannerStore();
// P11: the learner's local date, read here in the shell; again when the tab comes back and each minute (a planner
// left open overnight dates what is left from the new day).
const keepToday = () => store.getState().setToday(localIsoDate(new Date()));
keepToday();
document.addEventListener('visibilitychange', keepToday);
setInterval(keepToday, 60_000);
const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // As a transition, React renders the first screen in slices of a few milliseconds that yield to the browser,
  // instead of one 40–55 ms task (measured on a 2-core VM) while the page loads.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App store={store} />
      </StrictMode>,
    ),
  );
}
// share/mentor (issue 5): the URL decides the session (own planner, #share= read-only path, ?catalog= hosted catalog).
// Loaded beside the first render rather than in the entry bundle: storage, its zod schemas and link decoding.
const started = import('./session/startSession')
  .then(({ startSession }) => startSession(store))
  .then(() => store.getState().requestFit());
// Offline after one visit (issue 17): production builds register the service worker once the catalog is shown,
// so its precache downloads do not compete with the first screen. Dev and tests never register one.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void started
    .catch(() => undefined)
    .then(() => import('./session/serviceWorker'))
    .then(({ startServiceWorker }) => startServiceWorker());
}
// A pasted share link changes only the hash: start again so it is read.
window.addEventListener('hashchange', () => location.reload());
// Browser tests and the curious can inspect the store; nothing in the app depends on this.
(globalThis as { __planner?: typeof store }).__planner = store;
