// @vitest-environment jsdom
// The in-memory banner offers a backup of every profile in the importable backup format.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../src/storage/backupParse';
import { sessionStore } from '../../src/session/sessionStore';
import { backupOfAllProfiles } from '../../src/store/backupDownload';
import { createProfile } from '../../src/store/profileActions';
import { PlannerProvider } from '../../src/store/react';
import { Notices } from '../../src/ui/Notices';
import { fixtureStore } from './fixtureCatalog';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  sessionStore.setState({ mode: 'own' });
});

describe('in-memory banner and backup download', () => {
  it('B1: the backup holds every profile with its statuses and notes, and reads back as a valid backup', () => {
    const { store } = fixtureStore();
    store.getState().toggleComplete('MOD-1');
    store.getState().setNote('MOD-1', '<script>x</script> kept as text');
    createProfile(store, 'Ana');
    store.getState().toggleComplete('MOD-9');
    const { fileName, json } = backupOfAllProfiles(store.getState(), new Date('2025-03-04T10:00:00Z'));
    expect(fileName).toBe('planner-backup-all-profiles-2025-03-04.json');
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.profiles.map((p) => [p.name, p.statuses])).toEqual([
      ['Me', { 'MOD-1': 'completed' }],
      ['Ana', { 'MOD-9': 'completed' }],
    ]);
    expect(parsed.backup.profiles[0]?.notes['MOD-1']).toBe('<script>x</script> kept as text');
  });

  it('B2: memory mode shows the banner with a working "Download a backup" button; IndexedDB mode shows none', async () => {
    const { store } = fixtureStore();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:backup');
    URL.revokeObjectURL = vi.fn();
    render(
      <PlannerProvider store={store}>
        <Notices />
      </PlannerProvider>,
    );
    expect(document.querySelector('[data-banner="memory"]')).toBeNull();
    act(() => store.getState().setStorageMode('memory'));
    expect(screen.getByRole('alert').textContent).toMatch(/only in this tab/);
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    expect(clicks).toEqual([expect.stringMatching(/^planner-backup-me-\d{4}-\d{2}-\d{2}\.json$/)]);
    act(() => store.getState().setStorageMode('indexeddb'));
    expect(document.querySelector('[data-banner="memory"]')).toBeNull();
  });

  it('B3: a read-only shared path (memory on purpose) does not claim storage is blocked', () => {
    const { store } = fixtureStore();
    sessionStore.setState({ mode: 'shared' });
    store.getState().setStorageMode('memory');
    render(
      <PlannerProvider store={store}>
        <Notices />
      </PlannerProvider>,
    );
    expect(document.querySelector('[data-banner="memory"]')).toBeNull();
  });
});
