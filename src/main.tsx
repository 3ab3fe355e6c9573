// Entry: create the store, render, then hydrate from storage and start saving.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hydrateAndPersist } from './storage/hydrate';
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
void hydrateAndPersist(store).then(() => store.getState().requestFit());
// Browser tests and the curious can inspect the store; nothing in the app depends on this.
(globalThis as { __planner?: typeof store }).__planner = store;
