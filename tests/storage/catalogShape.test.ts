// The stored catalog's node check is a plain loop (speed); it must accept and refuse exactly what the zod shape does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCHEMA_VERSION, catalogNodeShape, isCatalogNode, recordSchemas } from '../../src/storage/schema';
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

  it('a stored catalog record with a broken node, edge or diagnostic is refused', () => {
    const catalog = JSON.parse(JSON.stringify(syntheticCatalog(20, 3)));
    const ok = { schemaVersion: SCHEMA_VERSION, catalog };
    expect(recordSchemas.catalog.safeParse(ok).success).toBe(true);
    expect(
      recordSchemas.catalog.safeParse({
        ...ok,
        catalog: { ...catalog, nodes: [...catalog.nodes, { key: 'x' }] },
      }).success,
    ).toBe(false);
    expect(
      recordSchemas.catalog.safeParse({
        ...ok,
        catalog: { ...catalog, edges: [{ from: 'a', to: 'b', type: 'maybe' }] },
      }).success,
    ).toBe(false);
    expect(
      recordSchemas.catalog.safeParse({ ...ok, catalog: { ...catalog, diagnostics: [{ message: 'm' }] } })
        .success,
    ).toBe(false);
    expect(recordSchemas.catalog.safeParse({ ...ok, catalog: { ...catalog, nodes: 'many' } }).success).toBe(
      false,
    );
  });
});

describe('catalog record as JSON text', () => {
  it('is written as one string and read back as the same catalog; records written as objects still read', async () => {
    const { recordOf } = await import('../../src/session/records');
    const { createPlannerStore } = await import('../../src/store/store');
    const catalog = syntheticCatalog(40, 5);
    const store = createPlannerStore();
    store.setState({ catalog });
    const record = recordOf('catalog', store.getState());
    expect(typeof record.catalog).toBe('string');
    const read = recordSchemas.catalog.safeParse(record);
    expect(read.success && read.data.catalog).toEqual(JSON.parse(JSON.stringify(catalog)));
    const asObjects = recordSchemas.catalog.safeParse({
      ...record,
      catalog: JSON.parse(record.catalog as unknown as string),
    });
    expect(asObjects.success).toBe(true);
  });

  it('text that is not JSON, or JSON of a broken catalog, is refused with a message', () => {
    const notJson = recordSchemas.catalog.safeParse({
      schemaVersion: SCHEMA_VERSION,
      catalog: '{"nodes": [',
    });
    expect(notJson.success).toBe(false);
    expect(notJson.error?.issues.map((i) => i.message).join(' ')).toMatch(/not valid JSON/);
    const broken = recordSchemas.catalog.safeParse({
      schemaVersion: SCHEMA_VERSION,
      catalog: JSON.stringify({ nodes: [{ key: 1 }], edges: [], diagnostics: [] }),
    });
    expect(broken.success).toBe(false);
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
    expect(recordOf('catalog', store.getState()).catalog).toBe(madeElsewhere);
  });
});
