// A big stored catalog can be read elsewhere (in the browser: a worker, in parts; storage/catalogRead.ts). The
// loader hands the reader what it loaded before (the sources), uses what it returns, and reads the record itself
// when the reader declines — so an invalid record is still reported and set aside.
import { describe, expect, it } from 'vitest';
import { memoryBackend, type KeyValueBackend } from '../../src/storage/backend';
import { readCatalogOffThread } from '../../src/storage/catalogRead';
import type { Catalog } from '../../src/domain/types';
import { SCHEMA_VERSION, type StoredRecords } from '../../src/storage/schema';
import { createStorage, recordKey } from '../../src/storage/storage';

const v = SCHEMA_VERSION;
const catalogOf = (title: string): Catalog => ({
  nodes: [
    {
      key: 'a',
      id: 'MOD-1',
      kind: 'module',
      title,
      roles: [],
      hours: 2,
      prerequisites: [],
      next: [],
      competencies: [],
      objectives: [],
      sources: [],
    } as unknown as Catalog['nodes'][number],
  ],
  edges: [],
  diagnostics: [],
});
const catalogRecord = (title: string): StoredRecords['catalog'] => ({
  schemaVersion: v,
  seedSignature: 'seeds',
  catalogJson: JSON.stringify(catalogOf(title)),
});

async function backendWith(catalog: unknown): Promise<{ backend: KeyValueBackend; reads: string[] }> {
  const inner = memoryBackend();
  await inner.set(recordKey('sources'), {
    schemaVersion: v,
    documents: [{ path: 'big.json', text: 'x'.repeat(10) }],
  });
  await inner.set(recordKey('catalog'), catalog);
  const reads: string[] = [];
  return {
    backend: { ...inner, kind: inner.kind, get: (k: string) => (reads.push(k), inner.get(k)) },
    reads,
  };
}

describe('reading the stored catalog elsewhere', () => {
  it('uses the record the reader returns, without reading it here; the reader sees the sources loaded before', async () => {
    const { backend, reads } = await backendWith(catalogRecord('stored'));
    let seen: unknown = null;
    const { records, problems, catalog } = await createStorage(backend).loadAll({
      readCatalog: async (loaded) => {
        seen = loaded.sources?.documents[0]?.path;
        return { catalog: catalogOf('from the worker'), seedSignature: 'seeds' };
      },
    });
    expect(seen).toBe('big.json');
    expect(catalog?.catalog.nodes[0]?.title).toBe('from the worker');
    expect(catalog?.seedSignature).toBe('seeds');
    expect(records.catalog).toBeUndefined(); // its text was never read here
    expect(reads).not.toContain(recordKey('catalog'));
    expect(problems).toEqual([]);
  });

  it('reads the record itself when the reader declines, and still sets an invalid one aside', async () => {
    const good = await backendWith(catalogRecord('stored'));
    const loaded = await createStorage(good.backend).loadAll({ readCatalog: async () => null });
    expect(loaded.catalog?.catalog.nodes[0]?.title).toBe('stored');
    expect(typeof loaded.records.catalog?.catalogJson).toBe('string');
    expect(good.reads).toContain(recordKey('catalog'));

    const bad = await backendWith({
      schemaVersion: v,
      catalog: { nodes: [{ key: 1 }], edges: [], diagnostics: [] },
    });
    const { records, problems, catalog } = await createStorage(bad.backend).loadAll({
      readCatalog: async () => null,
    });
    expect(records.catalog).toBeUndefined();
    expect(catalog).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ record: 'catalog', kind: 'invalid' });
    expect(await bad.backend.get(problems[0]!.asideKey!)).toBeDefined();
  });

  it('off the main thread only where workers exist: here (node) it declines', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await readCatalogOffThread({ name: 'db', store: 'records' }, recordKey('catalog'))).toBeNull();
  });
});
