// @vitest-environment jsdom
// Issue 17: the list view (show-list) carries the contract — data-outline-id/-status/-eligible and a toggle per
// item — mirrors the map's eligibility (S1), follows search (O3), and the keyboard path into and out of the panel.
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);
const item = (id: string) => document.querySelector<HTMLElement>(`[data-outline-id="${id}"]`);

async function renderList() {
  const store = await renderApp();
  fireEvent.click(document.querySelector('[data-action="show-list"]')!);
  await waitFor(() => expect(item('MOD-805')).not.toBeNull());
  return store;
}

describe('list view (jsdom)', () => {
  it('O1/S1: lists every node once with the contract; toggling MOD-801 there makes MOD-805 ready and says so', async () => {
    const store = await renderList();
    expect(document.querySelector('.graph')).toBeNull();
    const ids = [...document.querySelectorAll('[data-outline-id]')].map((el) =>
      el.getAttribute('data-outline-id'),
    );
    expect(ids.sort()).toEqual(
      store
        .getState()
        .catalog.nodes.map((n) => n.id)
        .sort(),
    );
    const mod805 = item('MOD-805')!;
    expect(mod805.dataset.status).toBe('not-started');
    expect(mod805.dataset.eligible).toBe('false');
    expect(mod805.textContent).toContain('Needs MOD-801');
    fireEvent.click(item('MOD-801')!.querySelector('[data-action="toggle-complete"]')!);
    await waitFor(() => expect(item('MOD-805')!.dataset.eligible).toBe('true'));
    expect(item('MOD-801')!.dataset.status).toBe('completed');
    expect(item('MOD-805')!.textContent).toContain('Ready to start');
    expect(document.querySelector('[data-announcer]')!.textContent).toBe(
      'MOD-801 marked completed. MOD-805 is now ready to start.',
    );
  });

  it('O3: the search leaves out what it hides on the map', async () => {
    const store = await renderList();
    act(() => store.getState().setSearch('MOD-80'));
    await waitFor(() => expect(item('MOD-705')).toBeNull());
    expect(item('MOD-805')).not.toBeNull();
  });

  it('the details button opens the panel with focus on its heading; Esc brings focus back to the item', async () => {
    await renderList();
    const open = item('MOD-805')!.querySelector<HTMLElement>('[data-action="open-details"]')!;
    open.focus();
    fireEvent.click(open);
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    expect(document.activeElement!.closest('[data-side-panel="details"]')).not.toBeNull();
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('[data-side-panel]')).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(item('MOD-805')!.querySelector('[data-action="open-details"]')),
    );
  });
});
