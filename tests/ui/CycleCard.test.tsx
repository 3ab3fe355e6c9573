// @vitest-environment jsdom
// R46: a card inside a prerequisite cycle says so (text and data-in-cycle="true"), and its details name the other
// members and the file:line of one link; a card outside the cycle says nothing of the kind.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, waitForAllCards } from './renderApp';

afterEach(cleanup);
const CYCLE = join(import.meta.dirname, '..', 'fixtures', 'plan', 'cycle');
const docs = () =>
  readdirSync(CYCLE).map((f) => ({ path: `cycle/${f}`, text: readFileSync(join(CYCLE, f), 'utf8') }));
const card = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;

describe('cards in a cycle (R46)', () => {
  it('R46: the three cards of the MOD-301 → 302 → 303 loop say "in a cycle"; MOD-300 before it does not', async () => {
    const store = await renderApp();
    await act(() => store.getState().importDocuments(docs()));
    await waitForAllCards(store);
    for (const id of ['MOD-301', 'MOD-302', 'MOD-303']) {
      expect(card(id).getAttribute('data-in-cycle'), id).toBe('true');
      expect(card(id).textContent).toMatch(/in a cycle/);
      expect(card(id).getAttribute('aria-label')).toMatch(/In a prerequisite cycle/);
    }
    expect(card('MOD-300').getAttribute('data-in-cycle')).toBeNull();
    expect(card('MOD-300').textContent).not.toMatch(/in a cycle/);
    // A seed card is in no cycle.
    expect(card('MOD-805').getAttribute('data-in-cycle')).toBeNull();

    act(() => store.getState().select('MOD-302'));
    const note = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('.details__cycle[data-in-cycle="true"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(note.textContent).toMatch(/In a prerequisite cycle with MOD-301, MOD-303/);
    expect(note.textContent).toMatch(/cycle\/module-301-roadmap\.md:11/);
  });
});
