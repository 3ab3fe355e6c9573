// Rule M7 (docs/planning.md): the layout keeps the candidate whose routed links cross fewer times.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/domain/catalog';
import { countCrossings } from '../../src/layout/crossings';
import { indexGraph, layoutCatalog, layoutPacked } from '../../src/layout/layout';
import { routeLinks } from '../../src/layout/routes';
import { randomGraph } from './randomGraph';
import { syntheticCatalog } from '../../bench/synthetic';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../src/seeds');

/** Crossings of a laid-out input, counted on the routes the app draws. */
function crossingsOf(input: Parameters<typeof layoutCatalog>[0], layout = layoutCatalog): number {
  const { keys, graph } = indexGraph(input);
  const links = [...graph.prerequisites, ...graph.next].map(([a, b]) => ({ from: keys[a]!, to: keys[b]! }));
  return countCrossings(links, routeLinks(layout(input, 'LR'), links, 'LR').points);
}

describe('crossings', () => {
  it('M7: two links crossing once count 1; links sharing a card, touching ends or running parallel count 0', () => {
    const links = [
      { from: 'A', to: 'B' },
      { from: 'C', to: 'D' },
      { from: 'A', to: 'E' },
    ];
    // A→B horizontal at y=10 from x=0 to 100; C→D vertical at x=50 from y=0 to 20: one crossing.
    expect(countCrossings(links, [[0, 10, 100, 10], [50, 0, 50, 20], null])).toBe(1);
    // A→E shares A with A→B: its crossing with A→B does not count.
    expect(countCrossings(links, [[0, 10, 100, 10], null, [50, 0, 50, 20]])).toBe(0);
    // C→D ends on A→B's line (a touch, not a crossing) / runs beside it.
    expect(countCrossings(links, [[0, 10, 100, 10], [50, 0, 50, 10], null])).toBe(0);
    expect(countCrossings(links, [[0, 10, 100, 10], [0, 20, 100, 20], null])).toBe(0);
  });

  it('M7: the seed catalog (the map a newcomer sees first) is drawn without a crossing', () => {
    const docs = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ path: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') }));
    const catalog = buildCatalog(docs);
    expect(catalog.edges.length).toBeGreaterThanOrEqual(10);
    expect(crossingsOf(catalog)).toBe(0);
  });

  it('M7: the kept layout never crosses more than the packed-band candidate alone (random catalogs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 5, max: 120 }), (seed, size) => {
        const input = randomGraph(seed, size, 4, 1.2);
        const kept = crossingsOf(input);
        const packed = crossingsOf(input, layoutPacked);
        expect(kept).toBeLessThanOrEqual(packed);
      }),
      { numRuns: 40 },
    );
  });

  it('M7: on the 200-node synthetic curriculum of the bench, one band per lane crosses less and is kept', () => {
    const catalog = syntheticCatalog(200, 200);
    expect(crossingsOf(catalog)).toBeLessThan(crossingsOf(catalog, layoutPacked));
  });
});
