import { describe, expect, it } from 'vitest';
import { layoutAsync, layoutRunsInWorker } from '../../src/layout/client';
import { layoutCatalog } from '../../src/layout/layout';
import { syntheticCatalog } from '../../bench/synthetic';

describe('layoutAsync', () => {
  it('L10: without Worker (node/jsdom) it falls back to the same synchronous layout', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(layoutRunsInWorker()).toBe(false);
    const catalog = syntheticCatalog(150, 4);
    await expect(layoutAsync(catalog, 'TB')).resolves.toEqual(layoutCatalog(catalog, 'TB'));
  });

  it('L10: only keys, roles and edges cross to the layout (full nodes are accepted)', async () => {
    const catalog = syntheticCatalog(30, 2);
    const positions = await layoutAsync(catalog, 'LR');
    expect(Object.keys(positions)).toHaveLength(30);
  });
});
