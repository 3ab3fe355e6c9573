// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutCatalog, positionsOf } from '../../src/layout/layout';
import {
  answerLayoutRequest,
  assignShares,
  type LayoutRequest,
  type LayoutResponse,
  type ShareLayouts,
} from '../../src/layout/parallel';
import { clearPieceCache, pieceCacheStats } from '../../src/layout/pieceLayout';
import { splitIntoPieces, type LayoutInput } from '../../src/layout/pieces';
import type { Direction, Positions } from '../../src/layout/geometry';
import { syntheticCatalog } from '../../bench/synthetic';

/** A few pieces of every kind: a chain, a diamond, lone nodes (a grid), a duplicate key, a self edge, a dangling edge. */
const small: LayoutInput = {
  nodes: [
    { key: 'a', roles: ['Dev'] },
    { key: 'b', roles: ['Dev'] },
    { key: 'c', roles: ['Dev'] },
    { key: 'd', roles: ['Ops'] },
    { key: 'e', roles: ['Ops'] },
    { key: 'f', roles: ['Ops'] },
    { key: 'g', roles: ['Ops'] },
    { key: 'lone1' },
    { key: 'lone2', roles: ['Dev'] },
    { key: 'a', roles: ['Ops'] },
  ],
  edges: [
    { from: 'a', to: 'b', type: 'prerequisite' },
    { from: 'b', to: 'c', type: 'next' },
    { from: 'd', to: 'e', type: 'prerequisite' },
    { from: 'd', to: 'f', type: 'prerequisite' },
    { from: 'e', to: 'g', type: 'prerequisite' },
    { from: 'f', to: 'g', type: 'prerequisite' },
    { from: 'c', to: 'c', type: 'prerequisite' },
    { from: 'c', to: 'missing', type: 'prerequisite' },
  ],
};

/** What crosses between threads is a structured clone. */
function ask(request: LayoutRequest): LayoutResponse {
  return structuredClone(answerLayoutRequest(structuredClone(request)));
}

let job = 1;
/** The client's protocol played in one thread: K shares (each with an empty cache, like fresh workers), then assemble. */
function viaShares(input: LayoutInput, direction: Direction, shares: number): Positions {
  const j = job++;
  const parts = Array.from({ length: shares }, (_, share) => {
    clearPieceCache();
    const r = ask({
      kind: 'share',
      id: share,
      job: j,
      inputJson: JSON.stringify(input),
      direction,
      share,
      shares,
    });
    if (!('share' in r)) throw new Error(JSON.stringify(r));
    return r.share;
  });
  const done = ask({ kind: 'assemble', id: 99, job: j, direction, parts });
  if (!('placed' in done)) throw new Error(JSON.stringify(done));
  return positionsOf(input, done.placed);
}

describe('share assignment', () => {
  it('P1: covers every piece exactly once, is deterministic and balanced by size', () => {
    const { pieces } = splitIntoPieces(syntheticCatalog(2000, 2026));
    for (const k of [1, 2, 3, 4, 7]) {
      const shareOf = assignShares(pieces, k);
      expect(shareOf).toHaveLength(pieces.length);
      expect(shareOf.every((s) => Number.isInteger(s) && s >= 0 && s < k)).toBe(true);
      expect(assignShares(pieces, k)).toEqual(shareOf);
      const nodes = new Array<number>(k).fill(0);
      shareOf.forEach((s, p) => (nodes[s] = nodes[s]! + pieces[p]!.nodes.length));
      expect(Math.max(...nodes) - Math.min(...nodes)).toBeLessThanOrEqual(
        Math.max(...pieces.map((p) => p.nodes.length)) + 30,
      );
    }
    // Each share's layout holds exactly its pieces, and together the shares hold every piece once.
    const split = splitIntoPieces(small);
    const seen = Array.from({ length: 3 }, (_, share) => {
      const r = ask({
        kind: 'share',
        id: 1,
        job: job++,
        inputJson: JSON.stringify(small),
        direction: 'LR',
        share,
        shares: 3,
      });
      return (r as { share: ShareLayouts }).share.pieces;
    }).flat();
    expect(seen.sort((a, b) => a - b)).toEqual(split.pieces.map((_, i) => i));
  });
});

describe('assembled shares', () => {
  it('P2: equal layoutCatalog exactly for K = 1, 2, 3 (2,000 synthetic nodes and a small fixture, both directions)', () => {
    const big = syntheticCatalog(2000, 2026);
    for (const direction of ['LR', 'TB'] as const) {
      clearPieceCache();
      const expected = layoutCatalog(big, direction);
      const expectedSmall = layoutCatalog(small, direction);
      for (const k of [1, 2, 3]) {
        // Byte-identical: same keys in the same order, same numbers.
        expect(JSON.stringify(viaShares(big, direction, k))).toBe(JSON.stringify(expected));
        expect(JSON.stringify(viaShares(small, direction, k))).toBe(JSON.stringify(expectedSmall));
      }
    }
  });

  it('P7: the same share of the same catalog again is all cache hits (the assignment is stable, so each worker keeps its pieces)', () => {
    const inputJson = JSON.stringify(syntheticCatalog(900, 11));
    clearPieceCache();
    ask({ kind: 'share', id: 1, job: job++, inputJson, direction: 'LR', share: 1, shares: 2 });
    const first = pieceCacheStats();
    expect(first.misses).toBeGreaterThan(0);
    ask({ kind: 'share', id: 2, job: job++, inputJson, direction: 'LR', share: 1, shares: 2 });
    expect(pieceCacheStats().misses).toBe(first.misses);
    expect(pieceCacheStats().hits).toBeGreaterThanOrEqual(first.misses);
  });

  it('P3: a missing share or an unknown job is an error answer, not a crash', () => {
    const r = ask({
      kind: 'share',
      id: 1,
      job: 5000,
      inputJson: JSON.stringify(small),
      direction: 'LR',
      share: 0,
      shares: 2,
    });
    expect(
      ask({
        kind: 'assemble',
        id: 2,
        job: 5000,
        direction: 'LR',
        parts: [(r as { share: ShareLayouts }).share],
      }),
    ).toMatchObject({ id: 2, error: expect.stringMatching(/no share/) });
    expect(ask({ kind: 'assemble', id: 3, job: 123456, direction: 'LR', parts: [] })).toMatchObject({
      id: 3,
      error: expect.any(String),
    });
  });
});

/** A Worker stand-in that answers in a later task, or fails to load when `failing`. */
class FakeWorker {
  static started = 0;
  static failing = false;
  onmessage: ((event: { data: LayoutResponse }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  requests: LayoutRequest['kind'][] = [];
  constructor() {
    FakeWorker.started++;
    FakeWorker.instances.push(this);
  }
  static instances: FakeWorker[] = [];
  postMessage(request: LayoutRequest): void {
    this.requests.push(request.kind);
    setTimeout(() => {
      if (FakeWorker.failing) this.onerror?.({ preventDefault() {} });
      else this.onmessage?.({ data: ask(request) });
    }, 1);
  }
  terminate(): void {}
}

describe('layoutAsync with a worker pool', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    FakeWorker.started = 0;
    FakeWorker.failing = false;
    FakeWorker.instances = [];
  });

  it('P4: without Worker (jsdom) a big catalog still resolves, on the main thread', async () => {
    expect(typeof Worker).toBe('undefined');
    const { layoutAsync } = await import('../../src/layout/client');
    const catalog = syntheticCatalog(600, 3);
    await expect(layoutAsync(catalog, 'LR')).resolves.toEqual(layoutCatalog(catalog, 'LR'));
  });

  it('P5: small catalogs use one worker; big ones fan out to hardwareConcurrency workers (≤ 4) and match layoutCatalog', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 8 });
    const { layoutAsync, layoutRunsInWorker } = await import('../../src/layout/client');
    expect(layoutRunsInWorker()).toBe(true);
    const tiny = syntheticCatalog(100, 5);
    await expect(layoutAsync(tiny, 'TB')).resolves.toEqual(layoutCatalog(tiny, 'TB'));
    expect(FakeWorker.started).toBe(1);
    const big = syntheticCatalog(900, 6);
    const [lr, tb] = await Promise.all([layoutAsync(big, 'LR'), layoutAsync(big, 'TB')]); // overlapping jobs
    expect(lr).toEqual(layoutCatalog(big, 'LR'));
    expect(tb).toEqual(layoutCatalog(big, 'TB'));
    expect(FakeWorker.started).toBe(4);
    expect(FakeWorker.instances[0]!.requests).toEqual(['layout', 'share', 'share', 'assemble', 'assemble']);
    expect(FakeWorker.instances[3]!.requests).toEqual(['share', 'share']);
  });

  it('P6: a failing worker falls back to the main thread, then stays there', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    FakeWorker.failing = true;
    const { layoutAsync, layoutRunsInWorker } = await import('../../src/layout/client');
    const big = syntheticCatalog(700, 8);
    await expect(layoutAsync(big, 'LR')).resolves.toEqual(layoutCatalog(big, 'LR'));
    expect(layoutRunsInWorker()).toBe(false);
    expect(FakeWorker.started).toBe(2);
  });
});
