// @vitest-environment jsdom
// The two-row toolbar: the Share menu and the Manage-learners menu open from their triggers, close with Esc (focus back
// on the trigger) or a press outside, and their controls keep accessible names.
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);
// The Share menu's contents load on first opening (lazy SharePanel). Compiling that module for the first time took
// longer than a waitFor on a loaded machine (H1 failed under load); load it once before the tests instead.
beforeAll(() => import('../../src/ui/SharePanel'), 60_000);
const g = globalThis as { CSS?: { escape(s: string): string } };
g.CSS ??= { escape: (s: string) => s };
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel);

async function renderSeeds() {
  return renderApp();
}

/** The menu's contents load on first opening. */
async function openShareMenu() {
  fireEvent.click($('[data-action="share-menu"]')!);
  return waitFor(() => {
    const png = $<HTMLButtonElement>('[data-action="export-png"]');
    expect(png).not.toBeNull();
    return png!;
  });
}

describe('toolbar menus', () => {
  it('T1: "Share or export" opens a panel naming the learner; Esc closes it and focus returns to the trigger', async () => {
    await renderSeeds();
    const trigger = $<HTMLButtonElement>('[data-action="share-menu"]')!;
    const panel = $('#share-menu-panel')!;
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect($('[data-action="export-png"]'), 'contents load on first opening').toBeNull();
    const png = await openShareMenu();
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toMatch(/Picture of Me’s path/);
    expect(panel.contains(png)).toBe(true);
    expect(png.textContent).toBe('Download PNG image (whole graph)');
    png.focus();
    fireEvent.keyDown(png, { key: 'Escape' });
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(trigger);
    fireEvent.click(trigger);
    expect(panel.hidden).toBe(false);
    expect($('[data-action="export-png"]'), 'kept mounted after closing').toBe(png);
  });

  it('T2: Esc in a menu does not also close the side panel', async () => {
    const store = await renderSeeds();
    act(() => store.getState().openPanel('legend'));
    await openShareMenu();
    fireEvent.keyDown($('[data-action="export-svg"]')!, { key: 'Escape' });
    expect($('#share-menu-panel')!.hidden).toBe(true);
    expect(store.getState().panel).toBe('legend');
  });

  it('T2b: Esc closes an open menu even when focus has moved past it, and focus comes back to its trigger', async () => {
    await renderSeeds();
    await openShareMenu();
    const search = $<HTMLInputElement>('#planner-search')!;
    search.focus();
    fireEvent.keyDown(search, { key: 'Escape' });
    expect($('#share-menu-panel')!.hidden).toBe(true);
    expect(document.activeElement).toBe($('[data-action="share-menu"]'));
  });

  it('T3: the export labels follow the chosen scope', async () => {
    await renderSeeds();
    await openShareMenu();
    fireEvent.change($('[data-action="export-scope"]')!, { target: { value: 'view' } });
    expect($('[data-action="export-png"]')!.textContent).toBe('Download PNG image (current view)');
    expect($('[data-action="export-svg"]')!.textContent).toBe('Download SVG image (current view)');
  });

  it('T4: "Manage" learners opens beside the learner picker and closes on a press outside', async () => {
    await renderSeeds();
    const select = $<HTMLSelectElement>('[data-action="switch-profile"]')!;
    expect(select.getAttribute('aria-label')).toBe('Learner');
    const trigger = $('[data-action="profile-menu"]')!;
    expect(trigger.getAttribute('aria-label')).toBe('Manage learners');
    fireEvent.click(trigger);
    expect($('[data-action="new-profile"]')).not.toBeNull();
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect($('[data-action="new-profile"]')).toBeNull());
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('T5: every toolbar button has an accessible name', async () => {
    await renderSeeds();
    await openShareMenu();
    const unnamed = [
      ...document.querySelectorAll<HTMLElement>(
        '.toolbar button, .toolbar select, .toolbar input:not([type=file])',
      ),
    ].filter(
      (el) =>
        !(
          el.getAttribute('aria-label') ||
          el.textContent?.trim() ||
          el.closest('label')?.textContent?.trim()
        ),
    );
    expect(unnamed.map((el) => el.outerHTML)).toEqual([]);
  });

  it('T6: the role key on the canvas folds away and back', async () => {
    await renderSeeds();
    const fold = await waitFor(() => {
      const b = $<HTMLButtonElement>('.rolekey__fold');
      expect(b).not.toBeNull();
      return b!;
    });
    expect($('#rolekey-list')!.hidden).toBe(false);
    fireEvent.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect($('#rolekey-list')!.hidden).toBe(true);
    fireEvent.click(fold);
    expect($('#rolekey-list')!.hidden).toBe(false);
  });
});
