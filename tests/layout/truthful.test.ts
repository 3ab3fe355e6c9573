// Rules M1–M3 (docs/planning.md): ranks from prerequisite links alone, placeholders before what needs them,
// and links routed around cards. Checked on the case folders of ../shared/cases (copied into fixtures), on
// randomized catalogs and on the ../shared corpus when it is there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { besideRepo } from '../support/shared';
import fc from 'fast-check';
import { buildCatalog } from '../../src/domain/catalog';
import type { Catalog, SourceDocument } from '../../src/domain/types';
import { layoutCatalog, type LayoutInput } from '../../src/layout/layout';
import { drawnLinks, linkId, routedLinks } from '../../src/layout/drawnLinks';
import { NODE_HEIGHT, NODE_WIDTH, type Direction } from '../../src/layout/geometry';
import { backwardLinks, CardIndex, cardsUnder, linkMetrics, type DrawnLink } from '../../bench/linkMetrics';
import { syntheticCatalog } from '../../bench/synthetic';
import { laneLabels } from '../../src/ui/graph-view/elements';
import { randomGraph } from './randomGraph';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = join(HERE, '../../../shared');

function walk(p: string): string[] {
  return statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((f) => walk(join(p, f)))
    : [p];
}

function catalogOf(dir: string): Catalog {
  const docs: SourceDocument[] = walk(dir)
    .filter((f) => /\.(md|ya?ml)$/i.test(f))
    .map((f) => ({ path: relative(dir, f), text: readFileSync(f, 'utf8') }));
  return buildCatalog(docs);
}

/** Every drawn link of `input` laid out in `direction`, with its route. */
function drawn(input: LayoutInput, direction: Direction) {
  const positions = layoutCatalog(input, direction);
  const routes = routedLinks(input.edges, positions, direction);
  const links: DrawnLink[] = drawnLinks(input.edges).flatMap((e) => {
    const points = routes.get(linkId(e));
    return points ? [{ from: e.from, to: e.to, type: e.type, points }] : [];
  });
  return { positions, links };
}

/** The links (as `from->to` with the cards they pass under) drawn under a card that is not one of their ends. */
function underCards(input: LayoutInput, direction: Direction, type?: 'prerequisite'): string[] {
  const { positions, links } = drawn(input, direction);
  const cards = new CardIndex(positions);
  return links
    .filter((l) => !type || l.type === type)
    .flatMap((l) => {
      const hit = cardsUnder(l, positions, cards);
      return hit.length ? [`${l.from}->${l.to} under ${hit.join(',')}`] : [];
    });
}

function backward(input: LayoutInput, direction: Direction): string[] {
  const { positions, links } = drawn(input, direction);
  return backwardLinks(links, positions, direction).map((i) => `${links[i]!.from}->${links[i]!.to}`);
}

describe('truthful map', () => {
  const edgeUnderCard = catalogOf(join(HERE, '../fixtures/layout/edge-under-card'));
  const prerequisiteAndNext = catalogOf(join(HERE, '../fixtures/layout/prerequisite-and-next'));

  it('M1: a next link does not rank a node: MOD-452 and MOD-453 both follow MOD-451 in one column', () => {
    for (const dir of ['LR', 'TB'] as const) {
      const pos = layoutCatalog(edgeUnderCard, dir);
      const main = (k: string) => (dir === 'LR' ? pos[k]!.x : pos[k]!.y);
      expect(main('MOD-452')).toBeGreaterThan(main('MOD-451'));
      expect(main('MOD-453')).toBe(main('MOD-452'));
    }
  });

  it('M3: no link of edge-under-card is drawn under a card that is not one of its ends (LR and TB)', () => {
    for (const dir of ['LR', 'TB'] as const) {
      expect(edgeUnderCard.edges.length).toBeGreaterThanOrEqual(4);
      expect(underCards(edgeUnderCard, dir)).toEqual([]);
    }
  });

  it('M1: where an id is both prerequisite and next step, the prerequisite wins: MOD-722 is placed before MOD-721', () => {
    for (const dir of ['LR', 'TB'] as const) {
      const pos = layoutCatalog(prerequisiteAndNext, dir);
      const main = (k: string) => (dir === 'LR' ? pos[k]!.x : pos[k]!.y);
      expect(main('MOD-722') + (dir === 'LR' ? NODE_WIDTH : NODE_HEIGHT)).toBeLessThanOrEqual(
        main('MOD-721'),
      );
      expect(backward(prerequisiteAndNext, dir)).toEqual([]);
    }
  });

  it('M2: a placeholder sits in the column right before its first dependent, in that dependent’s lane', () => {
    const input: LayoutInput = {
      nodes: [
        ...['A', 'B', 'C', 'D'].map((key) => ({ key, roles: ['Role'] })),
        { key: 'P' }, // a placeholder: referenced, never defined, no role
      ],
      edges: [
        { from: 'A', to: 'B', type: 'prerequisite' },
        { from: 'B', to: 'C', type: 'prerequisite' },
        { from: 'C', to: 'D', type: 'prerequisite' },
        { from: 'P', to: 'D', type: 'prerequisite' },
      ],
    };
    const pos = layoutCatalog(input, 'LR');
    expect(pos.P!.x).toBe(pos.C!.x);
    expect(pos.P!.x).toBeLessThan(pos.D!.x);
    expect(backward(input, 'LR')).toEqual([]);
  });

  it('M1/M3: on random catalogs (cycles included) no prerequisite link points backwards outside a cycle and no link runs under a card', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 2, max: 120 }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0.3, max: 2.5, noNaN: true }),
        fc.boolean(),
        fc.constantFrom<Direction>('LR', 'TB'),
        (seed, count, roles, density, cycles, dir) => {
          const input = randomGraph(seed, count, roles, density, cycles);
          expect(backward(input, dir)).toEqual([]);
          expect(underCards(input, dir)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('M3: routes are orthogonal, start on the source card and end on a side of the target card', () => {
    const input = syntheticCatalog(300, 17);
    for (const dir of ['LR', 'TB'] as const) {
      const { positions, links } = drawn(input, dir);
      for (const l of links) {
        const p = l.points;
        for (let i = 0; i + 3 < p.length; i += 2)
          expect(Math.abs(p[i]! - p[i + 2]!) < 1e-6 || Math.abs(p[i + 1]! - p[i + 3]!) < 1e-6).toBe(true);
        const s = positions[l.from]!;
        const t = positions[l.to]!;
        const onBox = (x: number, y: number, b: { x: number; y: number }) =>
          x >= b.x - 1e-6 && x <= b.x + NODE_WIDTH + 1e-6 && y >= b.y - 1e-6 && y <= b.y + NODE_HEIGHT + 1e-6;
        expect(onBox(p[0]!, p[1]!, s)).toBe(true);
        expect(onBox(p[p.length - 2]!, p[p.length - 1]!, t)).toBe(true);
      }
    }
  });

  it('M1/M3: a 2,000-node synthetic curriculum has no backward prerequisite and no link under a card', () => {
    const catalog = syntheticCatalog(2000, 2026);
    const { positions, links } = drawn(catalog, 'LR');
    const m = linkMetrics(links, positions, 'LR');
    expect(m.links).toBeGreaterThan(2500);
    expect([m.underCards, m.backward]).toEqual([0, 0]);
  });

  const corpus = join(SHARED, 'curriculum');
  it.skipIf(!besideRepo(corpus, 'M1/M3 on the ../shared corpus'))(
    'M1/M3: the ../shared corpus: no backward prerequisite, no link under a card',
    () => {
      const catalog = catalogOf(corpus);
      for (const dir of ['LR', 'TB'] as const) {
        const { positions, links } = drawn(catalog, dir);
        const m = linkMetrics(links, positions, dir);
        expect(m.links).toBeGreaterThan(180);
        expect([m.underCards, m.backward]).toEqual([0, 0]);
      }
    },
  );
});

describe('drawn links', () => {
  it('M5: a next link that repeats a prerequisite link (same ends, same direction) is drawn once, as the prerequisite', () => {
    const links = drawnLinks([
      { from: 'A', to: 'B', type: 'next' },
      { from: 'A', to: 'B', type: 'prerequisite' },
      { from: 'B', to: 'A', type: 'next' },
      { from: 'B', to: 'C', type: 'next' },
      { from: 'B', to: 'C', type: 'next' },
      { from: 'C', to: 'C', type: 'prerequisite' },
    ]);
    expect(links.map(linkId)).toEqual(['prerequisite:A->B', 'next:B->A', 'next:B->C']);
  });
});

describe('lane labels', () => {
  it('M6: one label per role lane, at the top-left of its cards; the boxes of two lanes never meet', () => {
    const catalog = syntheticCatalog(300, 5);
    const positions = layoutCatalog(catalog, 'LR');
    const labels = laneLabels(catalog, positions);
    expect(labels.map((l) => l.role).sort()).toEqual(
      [...new Set(catalog.nodes.map((n) => n.roles[0]!))].sort(),
    );
    for (const l of labels) {
      const cards = catalog.nodes.filter((n) => n.roles[0] === l.role).map((n) => positions[n.key]!);
      expect(l.x).toBe(Math.min(...cards.map((p) => p.x)));
      expect(l.y).toBe(Math.min(...cards.map((p) => p.y)));
    }
    for (const a of labels)
      for (const b of labels)
        if (a !== b)
          expect(
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
          ).toBe(true);
  });
});
