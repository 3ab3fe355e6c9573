// Import limits in the page (same as the CLI): refused before reading, each refusal names the file, good files still load.
import { describe, expect, it } from 'vitest';
import { MAX_CATALOG_BYTES, MAX_FILES, MAX_FILE_BYTES, byteLimitFor } from '../../src/domain/limits';
import { screenFiles, type ScreenedDocuments } from '../../src/store/importLimits';
import { OFF_THREAD_CHARS, parseOffThread } from '../../src/store/parseClient';
import { isAccepted } from '../../src/ui/readFiles';
import { fixtureStore } from './fixtureCatalog';

describe('import limits', () => {
  it('L1: one set of limits (domain/limits.ts) for the page, the CLI and the parser: 2 MB per file, 5,000 files', () => {
    expect(MAX_FILE_BYTES).toBe(2 * 1024 * 1024);
    expect(MAX_FILES).toBe(5000);
    expect(byteLimitFor('roles/a.md')).toBe(MAX_FILE_BYTES);
    expect(byteLimitFor('catalog.JSON')).toBe(MAX_CATALOG_BYTES);
  });

  it('L1b: a built catalog (.json) may be up to 16 MB (5,000 nodes ≈ 5.8 MB); documents stay at 2 MB', () => {
    const size = 5.8 * 1024 * 1024;
    const { accepted, rejected } = screenFiles(
      [
        { path: 'catalog.json', size },
        { path: 'big.md', size },
      ],
      isAccepted,
    );
    expect(accepted.map((f) => f.path)).toEqual(['catalog.json']);
    expect(rejected.map((d) => d.file)).toEqual(['big.md']);
    expect(
      screenFiles([{ path: 'huge.json', size: MAX_CATALOG_BYTES + 1 }], isAccepted).rejected[0]?.code,
    ).toBe('too-large');
  });

  it('L2: a file over 2 MB is refused with a diagnostic naming it; the good file beside it is kept', () => {
    const { accepted, rejected } = screenFiles(
      [
        { path: 'roles/huge.md', size: MAX_FILE_BYTES + 1 },
        { path: 'roles/good.md', size: 1200 },
        { path: 'roles/photo.png', size: 10 },
      ],
      isAccepted,
    );
    expect(accepted.map((f) => f.path)).toEqual(['roles/good.md']);
    expect(rejected.map((d) => [d.file, d.code, d.severity])).toEqual([
      ['roles/huge.md', 'too-large', 'error'],
      ['roles/photo.png', 'unsupported-file', 'info'],
    ]);
  });

  it('L3: past 5,000 files the rest are refused (named, summarised past 20) and never read', () => {
    const files = Array.from({ length: MAX_FILES + 30 }, (_, i) => ({
      path: `d/${String(i).padStart(5, '0')}.md`,
      size: 10,
    }));
    const { accepted, rejected } = screenFiles(files, isAccepted);
    expect(accepted).toHaveLength(MAX_FILES);
    expect(rejected[0]).toMatchObject({ code: 'too-many-files', file: `d/0${MAX_FILES}.md` });
    expect(rejected).toHaveLength(21);
    expect(rejected.at(-1)?.message).toMatch(/10 more files/);
  });

  it('L4: importing with refusals: good documents load, each refusal is a catalog diagnostic and the notice names it', async () => {
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    const docs: ScreenedDocuments = [{ path: 'good.md', text: 'MOD-50 | Good | MOD-1' }];
    docs.rejected = screenFiles([{ path: 'big.md', size: MAX_FILE_BYTES * 3 }], isAccepted).rejected;
    await store.getState().importDocuments(docs);
    const s = store.getState();
    expect(s.index.byKey.has('MOD-50')).toBe(true);
    expect(s.catalog.diagnostics.filter((d) => d.file === 'big.md').map((d) => d.code)).toEqual([
      'too-large',
    ]);
    expect(s.notices.at(-1)?.text).toMatch(/Skipped 1 file: big\.md \(too-large\)/);
  });

  it('L5: an import where every file is refused changes no documents and still reports each file', async () => {
    const { store } = fixtureStore();
    await store.getState().rebuildCatalog([]);
    const nodes = store.getState().catalog.nodes.length;
    const docs: ScreenedDocuments = [];
    docs.rejected = screenFiles(
      [
        { path: 'a.md', size: 9e6 },
        { path: 'b.yaml', size: 9e6 },
      ],
      isAccepted,
    ).rejected;
    expect(await store.getState().importDocuments(docs)).toBeNull();
    const s = store.getState();
    expect(s.catalog.nodes).toHaveLength(nodes);
    expect(s.sources).toEqual([]);
    expect(s.catalog.diagnostics.map((d) => d.file)).toEqual(['a.md', 'b.yaml']);
    expect(s.notices.at(-1)?.tone).toBe('warning');
  });

  it('L6: small documents are parsed in place; without Worker (node, jsdom) large ones fall back to the main thread', async () => {
    expect(await parseOffThread([{ path: 'a.md', text: 'x' }])).toBeNull();
    expect(typeof Worker).toBe('undefined');
    expect(await parseOffThread([{ path: 'big.md', text: 'x'.repeat(OFF_THREAD_CHARS) }])).toBeNull();
  });
});
