// What the graph draws, decided without React or the DOM (in the shape of xyflow's XYPanZoom / XYMinimap):
// the scene (laid-out cards and their links) plus the view (zoom, view rectangle) and the reveal's clock in,
// the cards and links to hand React Flow out. useGraphView.ts binds it to React Flow; unit tests drive it
// directly (tests/ui/graphView.test.ts).
//
// Its four jobs, each a rule of its own:
// - reveal (reveal.ts): a catalog once laid out comes in a few cards per animation frame, so no single task
//   mounts them all; `reveal: false` draws everything at once (the UI tests use it so they never race it);
// - overview: a big catalog zoomed far out hides its cards, and the overview canvas draws the graph instead;
// - link window (linkWindow.ts): a big catalog hands React Flow only the links near the view;
// - hit-testing: a click on the overview canvas finds the card under it.
import type { Direction, Point, Positions } from '../../layout/geometry';
import { NODE_HEIGHT, NODE_WIDTH } from '../../layout/geometry';
import { contains, linksNear, viewRect, windowAround, type Rect } from './linkWindow';
import { REVEAL_START, nextChunk, revealOrder, revealedAfter } from './reveal';

/** Above this many catalog nodes the graph is "big": only visible cards render, links come in a window. */
export const VIRTUALIZE_ABOVE = 1000;
/** Below this zoom a big catalog is drawn by the overview canvas rather than as cards. */
export const OVERVIEW_BELOW = 0.3;

/** A card as the view model needs it: React Flow's node shape, reduced to what decides drawing. */
export interface ViewNode {
  id: string;
  position: Point;
  hidden?: boolean;
}
/** A link between two cards by id. */
export interface ViewLink {
  source: string;
  target: string;
}

export interface GraphScene<N extends ViewNode, L extends ViewLink> {
  /** The catalog being shown: a new one (by identity) starts a new reveal. */
  catalog: object;
  /** Number of nodes in the catalog, laid out or not (decides "big" and whether every card is placed). */
  total: number;
  direction: Direction;
  /** The laid-out cards as React Flow holds them (a drag in progress included). */
  nodes: N[];
  links: L[];
  /** Committed positions by node key (the link window and hit-testing read them). */
  positions: Positions;
  /** Where a big catalog's reveal starts (nearest cards first); asked once per reveal. */
  revealFrom: () => Point | null;
}

export interface GraphDraw<N extends ViewNode, L extends ViewLink> {
  nodes: N[];
  links: L[];
  /** The overview canvas draws the graph (cards hidden, no links). */
  overview: boolean;
  /** Cards are still arriving (not all laid out, or the reveal is running): the graph's `data-revealing`. */
  revealing: boolean;
}

export interface GraphViewOptions {
  /** False: every card at once, no reveal frames (tests). Default true. */
  reveal?: boolean;
}

interface RevealRun {
  order: string[];
  /** Cards out so far (a prefix of `order`); Infinity once all are. */
  count: number;
  /** The first frame of the run, before any card beyond those already on screen is mounted. */
  first: boolean;
  chunk: number;
  last: number | null;
  ids: Set<string>;
}

/** Whether a zoom level is far enough out for the overview canvas (on a big catalog). */
export function isOverviewZoom(zoom: number): boolean {
  return zoom < OVERVIEW_BELOW;
}

/** The card whose box contains `at` (graph coordinates), or null. O(n) over the placed cards. */
export function cardAt(positions: Positions, at: Point): string | null {
  for (const key in positions) {
    const p = positions[key]!;
    if (at.x >= p.x && at.x <= p.x + NODE_WIDTH && at.y >= p.y && at.y <= p.y + NODE_HEIGHT) return key;
  }
  return null;
}

/** The centre of a card placed at `p`. */
export function cardCentre(p: Point): Point {
  return { x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 };
}

/**
 * The same hidden copy for the same node every time: React Flow re-adopts only nodes whose object changed,
 * so a reveal step or a zoom past the overview threshold costs the cards that change, not all of them.
 */
const hiddenCopies = new WeakMap<object, object>();
function hiddenCopy<N extends ViewNode>(n: N): N {
  let copy = hiddenCopies.get(n) as N | undefined;
  if (!copy) hiddenCopies.set(n, (copy = { ...n, hidden: true }));
  return copy;
}

const NO_LINKS: never[] = [];

/**
 * The graph's view model. `update(scene)` with the current cards and links (cheap when nothing changed),
 * `setView`/`setFitting` as the view moves, `frame(now)` once per animation frame while `pacing`, then
 * `draw(zoomedFar)`. Listeners hear every change that alters what `draw` returns other than `update`.
 */
export class GraphView<N extends ViewNode, L extends ViewLink> {
  private readonly revealOn: boolean;
  private scene: GraphScene<N, L> | null = null;
  private revealKey: { catalog: object; direction: Direction; allPlaced: boolean } | null = null;
  private run: RevealRun | null = null;
  private window: Rect | null = null;
  private fittingNow = false;
  /** The cards the last draw showed: a new reveal keeps them (they must not vanish and come back). */
  private shown: ReadonlySet<string> = new Set();
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private memo: { key: unknown[]; draw: GraphDraw<N, L> } | null = null;

  constructor(options: GraphViewOptions = {}) {
    this.revealOn = options.reveal ?? true;
  }

  /** A big catalog: only visible cards render, links come in a window, far zoom shows the overview. */
  get big(): boolean {
    return (this.scene?.total ?? 0) > VIRTUALIZE_ABOVE;
  }

  /** Every catalog node is laid out. */
  get allPlaced(): boolean {
    const s = this.scene;
    return !!s && s.nodes.length > 0 && s.nodes.length === s.total;
  }

  /** A fit to the whole graph is under way (big catalogs hide their cards for it). */
  get fitting(): boolean {
    return this.fittingNow;
  }

  /** A reveal step is due at the next animation frame. */
  get pacing(): boolean {
    return !!this.run && this.run.count !== Infinity;
  }

  /** A number that changes with every notified change (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** Takes the current scene. A new catalog or direction, once every card is placed, starts a reveal. */
  update(scene: GraphScene<N, L>): void {
    this.scene = scene;
    const allPlaced = this.allPlaced;
    const k = this.revealKey;
    if (k && k.catalog === scene.catalog && k.direction === scene.direction && k.allPlaced === allPlaced)
      return;
    this.revealKey = { catalog: scene.catalog, direction: scene.direction, allPlaced };
    this.run = allPlaced && this.revealOn ? this.startRun(scene) : null;
  }

  private startRun(scene: GraphScene<N, L>): RevealRun {
    const big = this.big;
    const ids = new Set(scene.nodes.map((n) => n.id));
    const order = revealOrder(scene.nodes, scene.direction, big ? scene.revealFrom() : null, this.shown);
    const already = [...this.shown].filter((id) => ids.has(id)).length;
    const count = already >= order.length ? Infinity : already;
    return {
      order,
      count,
      first: count !== Infinity,
      chunk: REVEAL_START,
      last: null,
      ids: new Set(order.slice(0, already)),
    };
  }

  /** One reveal step at animation-frame time `now` (ms): the chunk follows the last frame's length. */
  frame(now: number): void {
    const run = this.run;
    if (!run || run.count === Infinity) return;
    run.chunk = nextChunk(run.chunk, run.last === null ? null : now - run.last);
    run.last = now;
    run.count = revealedAfter(run.count, run.chunk, run.order.length, this.big);
    run.first = false;
    run.ids = new Set(run.count === Infinity ? run.order : run.order.slice(0, run.count));
    this.changed();
  }

  /** A fit to the whole graph starts (true) or ends (false). */
  setFitting(on: boolean): void {
    if (this.fittingNow === on) return;
    this.fittingNow = on;
    this.changed();
  }

  /**
   * The view moved: React Flow's transform `[x, y, zoom]` and the pane's size in px. A big catalog moves its
   * link window once the view leaves it (linkWindow.ts).
   */
  setView(transform: readonly [number, number, number], width: number, height: number): void {
    if (!this.big || !width || !height) return;
    const view = viewRect(transform, width, height);
    if (this.window && contains(this.window, view)) return;
    this.window = windowAround(view);
    this.changed();
  }

  /** Whether the overview canvas draws the graph, given whether the zoom is past OVERVIEW_BELOW. */
  overview(zoomedFar: boolean): boolean {
    return this.big && (this.fittingNow || zoomedFar);
  }

  /** The card under `at` (graph coordinates) on the overview, or null. */
  cardAt(at: Point): string | null {
    return this.scene ? cardAt(this.scene.positions, at) : null;
  }

  /** What to draw now. The same object while nothing it depends on changed. */
  draw(zoomedFar: boolean): GraphDraw<N, L> {
    const s = this.scene;
    if (!s) return { nodes: [], links: [], overview: false, revealing: false };
    const overview = this.overview(zoomedFar);
    const run = this.run && this.run.count !== Infinity ? this.run : null;
    const key = [s.nodes, s.links, s.positions, s.total, overview, run, run?.ids, run?.first, this.window];
    if (this.memo && key.every((v, i) => v === this.memo!.key[i])) return this.memo.draw;
    const big = this.big;
    const revealed = run?.ids ?? null;
    const nodes = overview
      ? s.nodes.map(hiddenCopy)
      : revealed
        ? // A big catalog's first frame (its positions just landed) hands React Flow only the cards already on
          // screen; the hidden rest follow with the first new cards, so adopting 2,000 nodes is not in the same task.
          big && run!.first
          ? s.nodes.filter((n) => revealed.has(n.id))
          : s.nodes.map((n) => (revealed.has(n.id) ? n : hiddenCopy(n)))
        : s.nodes;
    const links: L[] = overview
      ? NO_LINKS // the overview canvas draws the links: React Flow would still draw links between hidden cards
      : revealed
        ? big
          ? NO_LINKS // re-sending links every frame costs more than it saves: they come once the cards are out
          : s.links.filter((e) => revealed.has(e.source) && revealed.has(e.target))
        : big && this.window
          ? linksNear(s.links, s.positions, this.window)
          : s.links;
    const draw = { nodes, links, overview, revealing: s.total > 0 && (!this.allPlaced || !!run) };
    this.shown = new Set(nodes.filter((n) => !n.hidden).map((n) => n.id));
    this.memo = { key, draw };
    return draw;
  }
}
