// M3 on the overview canvas (a big catalog zoomed far out): its links follow the same routes as the cards' links.
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { routedLinks } from '../../src/layout/drawnLinks';
import { layoutCatalog } from '../../src/layout/layout';
import { drawOverview } from '../../src/ui/OverviewCanvas';
import { syntheticCatalog } from '../../bench/synthetic';

describe('overview canvas', () => {
  it('M3: draws every link along its route (around the cards), not straight from card to card', () => {
    const catalog = syntheticCatalog(150, 3);
    const positions = layoutCatalog(catalog, 'LR');
    const lines: number[][] = [];
    const ctx = new Proxy(
      {
        moveTo: (x: number, y: number) => lines.push([x, y]),
        lineTo: (x: number, y: number) => lines[lines.length - 1]!.push(x, y),
      } as Record<string, unknown>,
      {
        get: (t, k) => (k in t ? t[k as string] : typeof k === 'string' ? () => undefined : undefined),
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
    const palette = new Proxy({}, { get: () => '#000' }) as Parameters<typeof drawOverview>[5];
    drawOverview(
      ctx,
      { catalog, index: indexCatalog(catalog), positions, statuses: {}, direction: 'LR' },
      [0, 0, 1],
      1e7,
      1e7,
      palette,
    );
    const routes = [...routedLinks(catalog.edges, positions, 'LR').values()];
    expect(lines.slice(0, routes.length)).toEqual(routes);
  });
});
