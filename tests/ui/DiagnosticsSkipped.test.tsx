// @vitest-environment jsdom
// R44: on a folder import, files that are not curriculum documents are one summary line with a count and an
// expandable list; an `error` for a curriculum document that could not be read stays a row of its own.
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isAccepted } from '../../src/ui/readFiles';
import { screenFiles, type ScreenedDocuments } from '../../src/store/importLimits';
import { renderApp } from './renderApp';

afterEach(cleanup);
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel);

const MODULE = `# Module Roadmap

## Module Overview

- **Module ID**: MOD-971
- **Module Title**: Tide Tables
- **Target Role(s)**: Harbour Pilot
- **Duration**: 6 hours
- **Prerequisites**: None
`;
/** A roadmap without an id: a curriculum document that could not be read (missing-field, error). */
const BROKEN = `# Module Roadmap

## Module Overview

- **Module Title**: No id here
- **Duration**: 3 hours
`;

function repositoryFolder(): ScreenedDocuments {
  const docs: ScreenedDocuments = [
    { path: 'repo/modules/mod-971/README.md', text: MODULE },
    { path: 'repo/modules/broken/README.md', text: BROKEN },
    { path: 'repo/README.md', text: '# Harbour tools\n\nRun `npm install`.\n' },
    { path: 'repo/package.json', text: '{"name": "harbour", "version": "1.0.0"}' },
    { path: 'repo/empty.md', text: '' },
    { path: 'repo/docs/notes.txt', text: 'Meeting notes, nothing else.' },
  ];
  docs.rejected = screenFiles(
    [
      { path: 'repo/src/index.js', size: 120 },
      { path: 'repo/assets/logo.png', size: 4000 },
    ],
    isAccepted,
  ).rejected;
  return docs;
}

describe('Diagnostics: skipped files (R44)', () => {
  it('R44: non-curriculum files are one line with a count and an expandable list; errors stay rows', async () => {
    const store = await renderApp();
    await act(() => store.getState().importDocuments(repositoryFolder()));
    act(() => store.getState().openPanel('diagnostics'));
    const summary = await waitFor(() => {
      const el = $('[data-diagnostics-skipped]');
      expect(el).not.toBeNull();
      return el!;
    });
    // README.md, package.json, empty.md, notes.txt (read, not curriculum) + index.js, logo.png (other types).
    expect(summary.getAttribute('data-diagnostics-skipped-count')).toBe('6');
    expect(summary.tagName).toBe('DETAILS');
    expect(summary.querySelector('summary')!.textContent).toMatch(
      /6 files skipped: not curriculum documents/,
    );
    const rows = [...document.querySelectorAll('.diag-list .diag')].map((li) => li.textContent ?? '');
    for (const file of ['repo/README.md', 'repo/package.json', 'repo/src/index.js', 'repo/empty.md'])
      expect(
        rows.some((r) => r.includes(file)),
        `${file} has no row of its own`,
      ).toBe(false);
    const broken = document.querySelectorAll('.diag-list .diag--error');
    expect([...broken].some((li) => li.textContent?.includes('repo/modules/broken/README.md'))).toBe(true);
    expect(
      store
        .getState()
        .catalog.diagnostics.filter(
          (d) => d.severity === 'error' && d.file !== 'repo/modules/broken/README.md',
        ),
    ).toEqual([]);

    // The list opens on demand and names every skipped file.
    expect(summary.querySelectorAll('[data-skipped-file]')).toHaveLength(0);
    (summary as HTMLDetailsElement).open = true;
    fireEvent(summary, new Event('toggle'));
    await waitFor(() => expect(summary.querySelectorAll('[data-skipped-file]')).toHaveLength(6));
    const files = [...summary.querySelectorAll('[data-skipped-file]')].map((li) =>
      li.getAttribute('data-skipped-file'),
    );
    expect(files.sort()).toEqual([
      'repo/README.md',
      'repo/assets/logo.png',
      'repo/docs/notes.txt',
      'repo/empty.md',
      'repo/package.json',
      'repo/src/index.js',
    ]);
  });

  it('R44: the error filter hides the summary; the info filter shows it', async () => {
    const store = await renderApp();
    await act(() => store.getState().importDocuments(repositoryFolder()));
    act(() => store.getState().openPanel('diagnostics'));
    await waitFor(() => expect($('[data-diagnostics-skipped]')).not.toBeNull());
    fireEvent.click($('[data-count="error"]')!);
    expect($('[data-diagnostics-skipped]')).toBeNull();
    fireEvent.click($('[data-count="info"]')!);
    expect($('[data-diagnostics-skipped-count]')?.getAttribute('data-diagnostics-skipped-count')).toBe('6');
  });

  it('R45: two imports leave one import notice on the page, with the counts', async () => {
    const store = await renderApp();
    await act(() => store.getState().importDocuments(repositoryFolder()));
    await act(() => store.getState().importDocuments([{ path: 'again/mod-971.md', text: MODULE }]));
    await waitFor(() => expect(document.querySelectorAll('[data-notice-slot="import"]')).toHaveLength(1));
    expect($('[data-notice-slot="import"]')!.textContent).toMatch(
      /Imported 1 file: 1 document read; nodes \+\d+ added, \d+ changed; 0 warnings, 0 errors; 0 files skipped/,
    );
  });
});
