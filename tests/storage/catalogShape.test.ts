// The stored catalog's node check is a plain loop (speed); it must accept and refuse exactly what the zod shape does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogNodeShape, isCatalogNode, readCatalogJson } from '../../src/domain/catalogJson';
import { SCHEMA_VERSION, recordSchemas } from '../../src/storage/schema';
import { syntheticCatalog } from '../../bench/synthetic';

const FIELDS = [
  'key',
  'id',
  'kind',
  'title',
  'roles',
  'hours',
  'prerequisites',
  'next',
  'competencies',
  'objectives',
  'sources',
];
const ODD_VALUES = [
  undefined,
  null,
  1,
  'x',
  '',
  [],
  ['a'],
  [1],
  {},
  [{ name: 'a', key: 'a' }],
  [{ name: 'a' }],
  'module',
  'project',
  'other',
  2.5,
  true,
];

describe('stored catalog shape check', () => {
  const nodes = syntheticCatalog(60, 7).nodes.map(
    (n) => JSON.parse(JSON.stringify(n)) as Record<string, unknown>,
  );

  it('accepts every node of a real built catalog, like zod', () => {
    for (const n of nodes) {
      expect(isCatalogNode(n)).toBe(true);
      expect(catalogNodeShape.safeParse(n).success).toBe(true);
    }
  });

  it('agrees with zod on nodes with one field replaced by an odd value or removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: nodes.length - 1 }),
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...ODD_VALUES),
        (i, field, value) => {
          const node = { ...nodes[i]! };
          if (value === undefined) delete node[field];
          else node[field] = value;
          expect(isCatalogNode(node)).toBe(catalogNodeShape.safeParse(node).success);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('ST2: a stored catalog record with a broken node, edge or diagnostic is refused, saying what is wrong', () => {
    const catalog = JSON.parse(JSON.stringify(syntheticCatalog(20, 3)));
    const record = (c: unknown) => ({ schemaVersion: SCHEMA_VERSION, catalogJson: JSON.stringify(c) });
    expect(recordSchemas.catalog.safeParse(record(catalog)).success).toBe(true);
    const refused = (c: unknown) => {
      const parsed = recordSchemas.catalog.safeParse(record(c));
      expect(parsed.success).toBe(false);
      return parsed.error?.issues.map((i) => i.message).join(' ');
    };
    expect(refused({ ...catalog, nodes: [...catalog.nodes, { key: 'x' }] })).toMatch(
      /^catalog nodes: every node/,
    );
    expect(refused({ ...catalog, edges: [{ from: 'a', to: 'b', type: 'maybe' }] })).toMatch(/catalog edges:/);
    expect(refused({ ...catalog, diagnostics: [{ message: 'm' }] })).toMatch(/catalog diagnostics:/);
    expect(refused({ ...catalog, nodes: 'many' })).toMatch(/catalog nodes:/);
  });
});

describe('catalog record as JSON text (catalogJson)', () => {
  it('ST2: is written as one string and read back as the same catalog; records written before (catalog: text or objects) still read', async () => {
    const { recordOf } = await import('../../src/session/records');
    const { createPlannerStore } = await import('../../src/store/store');
    const catalog = syntheticCatalog(40, 5);
    const store = createPlannerStore();
    store.setState({ catalog });
    const record = recordOf('catalog', store.getState());
    expect(typeof record.catalogJson).toBe('string');
    expect(recordSchemas.catalog.safeParse(record).success).toBe(true);
    const read = readCatalogJson(record.catalogJson);
    expect(read.ok && read.catalog).toEqual(JSON.parse(JSON.stringify(catalog)));
    for (const legacy of [record.catalogJson, JSON.parse(record.catalogJson)]) {
      const old = recordSchemas.catalog.safeParse({ schemaVersion: SCHEMA_VERSION, catalog: legacy });
      expect(old.success && readCatalogJson(old.data.catalogJson)).toEqual(read);
    }
  });

  it('ST2: text that is not JSON, or JSON of a broken catalog, is refused with a message naming the line or the field', () => {
    const notJson = readCatalogJson('{"nodes": [\n  {"key": ');
    expect(notJson).toMatchObject({ ok: false });
    expect(!notJson.ok && notJson.error).toMatch(/^catalog is not valid JSON/);
    const broken = readCatalogJson(JSON.stringify({ nodes: [{ key: 1 }], edges: [], diagnostics: [] }));
    expect(!broken.ok && broken.error).toMatch(/^catalog nodes: every node needs key, id/);
    const stored = recordSchemas.catalog.safeParse({
      schemaVersion: SCHEMA_VERSION,
      catalogJson: '{"nodes": [',
    });
    expect(stored.success).toBe(false);
    expect(stored.error?.issues.map((i) => i.message).join(' ')).toMatch(/not valid JSON/);
  });
});

describe('catalogText', () => {
  it('gives the text remembered for a catalog (made in the parse worker), else makes it; recordOf stores that text', async () => {
    const { catalogText, rememberCatalogText } = await import('../../src/storage/catalogText');
    const { recordOf } = await import('../../src/session/records');
    const { createPlannerStore } = await import('../../src/store/store');
    const catalog = syntheticCatalog(12, 9);
    expect(catalogText(catalog)).toBe(JSON.stringify(catalog));
    const madeElsewhere = JSON.stringify({
      nodes: catalog.nodes,
      edges: catalog.edges,
      diagnostics: catalog.diagnostics,
    });
    rememberCatalogText(catalog, madeElsewhere);
    expect(catalogText(catalog)).toBe(madeElsewhere);
    expect(catalogText(syntheticCatalog(12, 9))).toBe(JSON.stringify(syntheticCatalog(12, 9))); // another object: not the remembered one
    const store = createPlannerStore();
    store.setState({ catalog });
    expect(recordOf('catalog', store.getState()).catalogJson).toBe(madeElsewhere);
  });
});
