// The graph view model without a DOM: reveal, overview switching, link window, hit-testing.
import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from '../../src/layout/geometry';
import {
  GraphView,
  OVERVIEW_BELOW,
  VIRTUALIZE_ABOVE,
  cardAt,
  isOverviewZoom,
  type GraphScene,
  type ViewLink,
  type ViewNode,
} from '../../src/ui/graph-view/graphView';
import { REVEAL_NEAREST, REVEAL_START } from '../../src/ui/graph-view/reveal';

/** A row of `n` cards 300 px apart, each linked to the next. */
function row(n: number, catalog: object = {}): GraphScene<ViewNode, ViewLink & { id: string }> {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, position: { x: i * 300, y: 0 } }));
  const positions: Positions = Object.fromEntries(nodes.map((m) => [m.id, m.position]));
  const links = nodes.slice(1).map((m, i) => ({ id: `l${i}`, source: `n${i}`, target: m.id }));
  return { catalog, total: n, direction: 'LR', nodes, links, positions, revealFrom: () => ({ x: 0, y: 0 }) };
}

const shown = (nodes: ViewNode[]) => nodes.filter((n) => !n.hidden).map((n) => n.id);

/** Runs reveal frames 16 ms apart until the reveal ends; returns how many cards each frame showed. */
function runReveal(view: GraphView<ViewNode, ViewLink>): number[] {
  const counts: number[] = [];
  for (let t = 0; view.pacing && t < 10_000; t += 16) {
    view.frame(t);
    counts.push(shown(view.draw(false).nodes).length);
  }
  return counts;
}

describe('graph view model: reveal', () => {
  it('a laid-out catalog comes in growing chunks in reading order, then all cards and links at once', () => {
    const view = new GraphView<ViewNode, ViewLink>();
    const scene = row(40);
    view.update(scene);
    const first = view.draw(false);
    expect(first.revealing).toBe(true);
    expect(shown(first.nodes)).toEqual([]); // the first frame carries the catalog change itself
    expect(first.nodes).toHaveLength(40); // hidden, not dropped: a small catalog keeps every node in the DOM
    view.frame(0);
    const step = view.draw(false);
    expect(shown(step.nodes)).toEqual(['n0', 'n1', 'n2'].slice(0, REVEAL_START));
    expect(step.links.map((l) => [l.source, l.target])).toEqual([
      ['n0', 'n1'],
      ['n1', 'n2'],
    ]);
    const counts = runReveal(view);
    expect(counts.length).toBeGreaterThan(1);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1]!);
    const done = view.draw(false);
    expect(done.revealing).toBe(false);
    expect(done.nodes).toBe(scene.nodes);
    expect(done.links).toBe(scene.links);
  });

  it('reveal: false draws every card at once; data-revealing only while cards are not all laid out', () => {
    const view = new GraphView<ViewNode, ViewLink>({ reveal: false });
    const partial = row(10);
    view.update({ ...partial, nodes: partial.nodes.slice(0, 4) });
    expect(view.draw(false).revealing).toBe(true);
    const scene = row(10);
    view.update(scene);
    const d = view.draw(false);
    expect(d.revealing).toBe(false);
    expect(view.pacing).toBe(false);
    expect(d.nodes).toBe(scene.nodes);
  });

  it('a new catalog starts over, keeping the cards already on screen; the same one does not', () => {
    const view = new GraphView<ViewNode, ViewLink>();
    const catalog = {};
    view.update(row(20, catalog));
    view.frame(0);
    view.frame(16);
    const before = shown(view.draw(false).nodes);
    view.update(row(20, catalog)); // same catalog (a drag, a status change): the reveal goes on
    expect(shown(view.draw(false).nodes)).toEqual(before);
    view.update(row(20, {}));
    expect(shown(view.draw(false).nodes)).toEqual(before);
    expect(view.draw(false).revealing).toBe(true);
  });

  it('a big catalog shows only the on-screen cards in its first frame, then the nearest, then the rest at once', () => {
    const view = new GraphView<ViewNode, ViewLink>();
    const scene = row(VIRTUALIZE_ABOVE + 500);
    view.update(scene);
    expect(view.big).toBe(true);
    expect(view.draw(false).nodes).toEqual([]); // nothing on screen yet: React Flow adopts no nodes this frame
    view.frame(0);
    const step = view.draw(false);
    expect(step.nodes).toHaveLength(scene.nodes.length);
    expect(shown(step.nodes)).toEqual(['n0', 'n1', 'n2']); // nearest the start card
    expect(step.links).toEqual([]); // links come once the cards are out
    const counts = runReveal(view);
    expect(counts.at(-2)).toBeLessThan(REVEAL_NEAREST);
    expect(counts.at(-1)).toBe(scene.nodes.length);
  });
});

describe('graph view model: overview switching', () => {
  it('a big catalog zoomed past OVERVIEW_BELOW, or fitting, hides every card and draws no links', () => {
    expect(isOverviewZoom(OVERVIEW_BELOW - 0.01)).toBe(true);
    expect(isOverviewZoom(OVERVIEW_BELOW)).toBe(false);
    const view = new GraphView<ViewNode, ViewLink>({ reveal: false });
    const scene = row(VIRTUALIZE_ABOVE + 1);
    view.update(scene);
    expect(view.draw(false).overview).toBe(false);
    const far = view.draw(true);
    expect(far.overview).toBe(true);
    expect(shown(far.nodes)).toEqual([]);
    expect(far.links).toEqual([]);
    // The same hidden copies each time: React Flow re-adopts only nodes whose object changed.
    view.update({ ...scene });
    expect(view.draw(true).nodes[5]).toBe(far.nodes[5]);
    let heard = 0;
    view.subscribe(() => heard++);
    view.setFitting(true);
    expect(heard).toBe(1);
    expect(view.draw(false).overview).toBe(true);
    view.setFitting(false);
    expect(view.draw(false).overview).toBe(false);
  });

  it('a small catalog never switches to the overview', () => {
    const view = new GraphView<ViewNode, ViewLink>({ reveal: false });
    view.update(row(VIRTUALIZE_ABOVE));
    view.setFitting(true);
    expect(view.draw(true).overview).toBe(false);
  });
});

describe('graph view model: link window', () => {
  it('a big catalog hands over only links near the view, and moves the window once the view leaves it', () => {
    const view = new GraphView<ViewNode, ViewLink & { id: string }>({ reveal: false });
    view.update(row(VIRTUALIZE_ABOVE + 100));
    expect(view.draw(false).links).toHaveLength(VIRTUALIZE_ABOVE + 99); // no view yet: every link
    let heard = 0;
    view.subscribe(() => heard++);
    view.setView([0, 0, 1], 1000, 800); // view x 0..1000, window x -1000..2000
    const near = view.draw(false).links;
    expect(near.map((l) => l.source)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    view.setView([-500, 0, 1], 1000, 800); // still inside the window: nothing changes
    expect(heard).toBe(1);
    expect(view.draw(false).links).toBe(near);
    view.setView([-30_000, 0, 1], 1000, 800);
    expect(heard).toBe(2);
    expect(view.draw(false).links[0]!.source).toBe('n95'); // its link to n96 reaches into the window
  });

  it('a small catalog keeps every link whatever the view', () => {
    const view = new GraphView<ViewNode, ViewLink>({ reveal: false });
    const scene = row(10);
    view.update(scene);
    view.setView([-30_000, 0, 1], 1000, 800);
    expect(view.draw(false).links).toBe(scene.links);
  });
});

describe('graph view model: hit-testing', () => {
  it('finds the card whose box holds the point, edges included, and nothing between cards', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } };
    expect(cardAt(positions, { x: 10, y: 10 })).toBe('a');
    expect(cardAt(positions, { x: 300 + NODE_WIDTH, y: NODE_HEIGHT })).toBe('b');
    expect(cardAt(positions, { x: NODE_WIDTH + 1, y: 10 })).toBeNull();
    expect(cardAt(positions, { x: 10, y: NODE_HEIGHT + 1 })).toBeNull();
    const view = new GraphView<ViewNode, ViewLink>();
    expect(view.cardAt({ x: 0, y: 0 })).toBeNull();
    view.update(row(3));
    expect(view.cardAt({ x: 610, y: 5 })).toBe('n2');
  });
});
