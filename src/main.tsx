// Entry: create the store, render, then hydrate from storage and start saving.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPlannerStore } from './store/store';
import { App } from './ui/App';

const store = createPlannerStore();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
// share/mentor (issue 5): the URL decides the session (own planner, #share= read-only path, ?catalog= hosted catalog).
// Loaded beside the first render rather than in the entry bundle: storage, its zod schemas and link decoding.
void import('./session/startSession').then(({ startSession }) => startSession(store)).then(() => store.getState().requestFit());
// A pasted share link changes only the hash: start again so it is read.
window.addEventListener('hashchange', () => location.reload());
// Browser tests and the curious can inspect the store; nothing in the app depends on this.
(globalThis as { __planner?: typeof store }).__planner = store;
