// Renders the app on a store with the reveal switched off (every card at once: graph-view/graphView.ts), then waits
// until every card is in, so a test never clicks a card that is not mounted yet — the cause of the App.test flake.
import { act, render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { createPlannerStore, type PlannerStore } from '../../src/store/store';
import { App } from '../../src/ui/App';

/** Every catalog node's card is in the DOM and the graph no longer carries `data-revealing`. */
export async function waitForAllCards(store: PlannerStore): Promise<void> {
  await waitFor(() => {
    const graph = document.querySelector<HTMLElement>('.graph');
    expect(graph?.dataset.revealing).toBeUndefined();
    for (const n of store.getState().catalog.nodes)
      expect(document.querySelector(`[data-node-key="${n.key}"]`), n.key).not.toBeNull();
  });
}

/**
 * Renders <App> on `store` (default: a fresh store on the seed catalog) without the reveal, rebuilds the catalog
 * and waits for every card.
 */
export async function renderApp(store: PlannerStore = createPlannerStore()): Promise<PlannerStore> {
  render(<App store={store} reveal={false} />);
  await act(() => store.getState().rebuildCatalog([]));
  await waitForAllCards(store);
  return store;
}
