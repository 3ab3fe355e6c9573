// The parse worker sends a built catalog back in parts (one message each) so no single receive blocks the page;
// put back together, the parts are the catalog, in order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PART_SIZE, appendPart, catalogParts } from '../../src/storage/catalogParts';
import type { Catalog } from '../../src/domain/types';

const catalogOf = (nodes: number, edges: number, diagnostics: number): Catalog =>
  ({
    nodes: Array.from({ length: nodes }, (_, i) => ({ key: `n${i}` })),
    edges: Array.from({ length: edges }, (_, i) => ({
      from: `n${i}`,
      to: `n${i + 1}`,
      type: 'prerequisite',
    })),
    diagnostics: Array.from({ length: diagnostics }, (_, i) => ({
      severity: 'warning',
      message: `d${i}`,
      code: 'x',
    })),
  }) as unknown as Catalog;

describe('catalog parts', () => {
  it('parts put back together are the catalog, and no part holds more than its share', () => {
    fc.assert(
      fc.property(fc.nat(1200), fc.nat(5000), fc.nat(1200), (n, e, d) => {
        const catalog = catalogOf(n, e, d);
        const parts = catalogParts(catalog);
        expect(parts.length).toBeGreaterThanOrEqual(1);
        for (const p of parts) {
          expect(p.nodes.length).toBeLessThanOrEqual(PART_SIZE.nodes);
          expect(p.edges.length).toBeLessThanOrEqual(PART_SIZE.edges);
          expect(p.diagnostics.length).toBeLessThanOrEqual(PART_SIZE.diagnostics);
        }
        const back: Catalog = { nodes: [], edges: [], diagnostics: [] };
        parts.forEach((p) => appendPart(back, p));
        expect(back).toEqual(catalog);
      }),
      { numRuns: 60 },
    );
  });

  it('a 2,000-node catalog crosses in several parts; an empty one in one', () => {
    expect(catalogParts(catalogOf(2000, 4000, 10)).length).toBe(Math.ceil(2000 / PART_SIZE.nodes));
    expect(catalogParts(catalogOf(0, 0, 0))).toHaveLength(1);
  });
});
