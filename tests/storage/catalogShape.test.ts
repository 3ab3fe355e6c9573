// The stored catalog's node check is a plain loop (speed); it must accept and refuse exactly what the zod shape does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogNodeShape, isCatalogNode, recordSchemas } from '../../src/storage/schema';
import { syntheticCatalog } from '../../bench/synthetic';

const FIELDS = ['key', 'id', 'kind', 'title', 'roles', 'hours', 'prerequisites', 'next', 'competencies', 'objectives', 'sources'];
const ODD_VALUES = [undefined, null, 1, 'x', '', [], ['a'], [1], {}, [{ name: 'a', key: 'a' }], [{ name: 'a' }], 'module', 'project', 'other', 2.5, true];

describe('stored catalog shape check', () => {
  const nodes = syntheticCatalog(60, 7).nodes.map((n) => JSON.parse(JSON.stringify(n)) as Record<string, unknown>);

  it('accepts every node of a real built catalog, like zod', () => {
    for (const n of nodes) {
      expect(isCatalogNode(n)).toBe(true);
      expect(catalogNodeShape.safeParse(n).success).toBe(true);
    }
  });

  it('agrees with zod on nodes with one field replaced by an odd value or removed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: nodes.length - 1 }), fc.constantFrom(...FIELDS), fc.constantFrom(...ODD_VALUES), (i, field, value) => {
        const node = { ...nodes[i]! };
        if (value === undefined) delete node[field];
        else node[field] = value;
        expect(isCatalogNode(node)).toBe(catalogNodeShape.safeParse(node).success);
      }),
      { numRuns: 400 },
    );
  });

  it('a stored catalog record with a broken node, edge or diagnostic is refused', () => {
    const catalog = JSON.parse(JSON.stringify(syntheticCatalog(20, 3)));
    const ok = { schemaVersion: 1, catalog };
    expect(recordSchemas.catalog.safeParse(ok).success).toBe(true);
    expect(recordSchemas.catalog.safeParse({ ...ok, catalog: { ...catalog, nodes: [...catalog.nodes, { key: 'x' }] } }).success).toBe(false);
    expect(recordSchemas.catalog.safeParse({ ...ok, catalog: { ...catalog, edges: [{ from: 'a', to: 'b', type: 'maybe' }] } }).success).toBe(false);
    expect(recordSchemas.catalog.safeParse({ ...ok, catalog: { ...catalog, diagnostics: [{ message: 'm' }] } }).success).toBe(false);
    expect(recordSchemas.catalog.safeParse({ ...ok, catalog: { ...catalog, nodes: 'many' } }).success).toBe(false);
  });
});
