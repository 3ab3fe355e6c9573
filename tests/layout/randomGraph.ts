// Random catalogs for the layout tests (layout.test.ts, truthful.test.ts).
import type { CatalogEdge } from '../../src/domain/types';
import type { LayoutInput } from '../../src/layout/layout';

/** Random layered graph : `count` nodes over `roles` roles, edges only from lower to higher layer, some cycles optional. */
export function randomGraph(
  seed: number,
  count: number,
  roles: number,
  density: number,
  cycles = false,
): LayoutInput {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  const nodes = Array.from({ length: count }, (_, i) => ({
    key: `N${i}`,
    roles: [`Role ${Math.floor(rand() * roles)}`],
  }));
  const edges: CatalogEdge[] = [];
  for (let i = 1; i < count; i++) {
    const k = Math.floor(rand() * density * 2);
    for (let j = 0; j < k; j++)
      edges.push({
        from: `N${Math.floor(rand() * i)}`,
        to: `N${i}`,
        type: rand() < 0.8 ? 'prerequisite' : 'next',
      });
    if (cycles && rand() < 0.05)
      edges.push({ from: `N${i}`, to: `N${Math.floor(rand() * i)}`, type: 'prerequisite' });
  }
  return { nodes, edges };
}
