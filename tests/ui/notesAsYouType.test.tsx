// @vitest-environment jsdom
// Notes save as you type (issue 14 item 2): in the store at each change (persistence batches and flushes), and a note
// changed by another tab replaces the text with a visible notice (last writer wins, never silently).
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);
const g = globalThis as { CSS?: { escape(s: string): string } };
g.CSS ??= { escape: (s: string) => s };

async function noteBox() {
  const store = await renderApp();
  act(() => store.getState().select('MOD-805'));
  const box = await waitFor(() => document.querySelector<HTMLTextAreaElement>('[data-action="edit-note"]')!);
  return { store, box };
}
const noteOf = (store: Awaited<ReturnType<typeof renderApp>>) =>
  store.getState().profiles.profiles.me!.notes['MOD-805'];

describe('notes save as you type', () => {
  it('a note typed and left in its box (no blur) is in the store at once, so persistence writes it (and flushes it on pagehide) like a status', async () => {
    const { store, box } = await noteBox();
    fireEvent.change(box, { target: { value: 'ask about the labs' } });
    expect(noteOf(store)).toBe('ask about the labs');
    fireEvent.change(box, { target: { value: 'ask about the labs and the rubric' } });
    expect(noteOf(store)).toBe('ask about the labs and the rubric');
  });

  it('another tab writing the same note: its text wins and the learner is told', async () => {
    const { store, box } = await noteBox();
    fireEvent.change(box, { target: { value: 'mine' } });
    fireEvent.blur(box);
    // What the persistence merge does when another tab's later write arrives.
    act(() => store.getState().setNote('MOD-805', 'from the other tab'));
    await waitFor(() => expect(box.value).toBe('from the other tab'));
    expect(document.querySelector('[data-note-replaced]')).not.toBeNull();
    expect(store.getState().notices.some((n) => /changed in another tab/.test(n.text))).toBe(true);
  });
});
