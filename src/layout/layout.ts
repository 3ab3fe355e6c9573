// Layered layout on a grid (rules M1–M3, docs/planning.md). Columns are prerequisite ranks shared by
// the whole graph (ranks.ts), so every prerequisite outside a cycle points forward; rows are role lanes, packed
// into bands where their columns do not meet; inside a lane every card sits on a row. Columns and rows leave
// free channels between them that the links are routed through (routes.ts); each channel is made wide enough
// for the links routed through it. Linear in the graph apart from sorts: no dagre, no pieces.
import { LANE_GAP, NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from './geometry';
import type { CatalogEdge } from '../domain/types';
import { laneKeys, prerequisiteRanks, type IndexedGraph } from './ranks';
import { countCrossings } from './crossings';
import { routeLinks, TRACK_GAP } from './routes';

export { layoutSignature, LAYOUT_VERSION } from './signature';
export { LANE_GAP, NODE_HEIGHT, NODE_WIDTH };

export interface LayoutInput {
  nodes: { key: string; roles?: string[] }[];
  edges: CatalogEdge[];
}

/** Minimum channel between columns, along the main axis. */
export const RANK_SEP = 72;
/** Between rows of one lane (a free row links can run along). */
export const ROW_GAP = 40;
/** Barycentre sweeps ordering the cards of each lane column. */
const SWEEPS = 8;

/** The graph by index: first occurrence of each key; duplicate keys and self-links are left out. */
export function indexGraph(input: LayoutInput): {
  keys: string[];
  roles: (string[] | undefined)[];
  graph: IndexedGraph;
} {
  const indexOf = new Map<string, number>();
  const keys: string[] = [];
  const roles: (string[] | undefined)[] = [];
  for (const node of input.nodes) {
    if (indexOf.has(node.key)) continue;
    indexOf.set(node.key, keys.length);
    keys.push(node.key);
    roles.push(node.roles);
  }
  const graph: IndexedGraph = { count: keys.length, prerequisites: [], next: [] };
  const seen = new Set<string>();
  for (const e of input.edges) {
    const a = indexOf.get(e.from);
    const b = indexOf.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const prerequisite = e.type === 'prerequisite';
    const id = `${prerequisite ? 'p' : 'n'}${a},${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (prerequisite ? graph.prerequisites : graph.next).push([a, b]);
  }
  return { keys, roles, graph };
}

/** Up to this many nodes the layout draws both candidate lane assignments and keeps the one with fewer crossings (M7). */
export const CANDIDATE_LIMIT = 600;

/**
 * Top-left position (px, flow coordinates) of every node, by key. Deterministic; cycles are broken, never fatal.
 * Rules M1–M3 and M7 (docs/planning.md): up to CANDIDATE_LIMIT nodes two candidates are laid out and routed —
 * lanes packed into shared bands with placeholders beside their prerequisite neighbours, and one band per lane
 * with placeholders also following their `next` neighbours — and the one whose links cross fewer times is kept
 * (ties: the first). Above the limit, the first alone.
 */
export function layoutCatalog(input: LayoutInput, direction: Direction): Positions {
  const indexed = indexGraph(input);
  if (indexed.keys.length === 0) return {};
  const { rank } = prerequisiteRanks(indexed.graph);
  if (indexed.keys.length > CANDIDATE_LIMIT) return layoutLanes(indexed, rank, false, direction, true);
  const { keys, graph } = indexed;
  const links = [...graph.prerequisites, ...graph.next].map(([a, b]) => ({ from: keys[a]!, to: keys[b]! }));
  let best: { positions: Positions; crossings: number } | null = null;
  for (const [followNext, pack] of [
    [false, true],
    [true, false],
  ] as const) {
    const positions = layoutLanes(indexed, rank, followNext, direction, pack);
    const crossings = countCrossings(links, routeLinks(positions, links, direction).points);
    if (!best || crossings < best.crossings) best = { positions, crossings };
  }
  return best!.positions;
}

/** The first candidate of `layoutCatalog` alone (packed bands, placeholders beside prerequisite neighbours): M7's reference. */
export function layoutPacked(input: LayoutInput, direction: Direction): Positions {
  const indexed = indexGraph(input);
  if (indexed.keys.length === 0) return {};
  return layoutLanes(indexed, prerequisiteRanks(indexed.graph).rank, false, direction, true);
}

/** One candidate layout: lanes from `laneKeys(…, followNext)`, then bands, rows and routed channel widths. */
function layoutLanes(
  { keys, roles, graph }: ReturnType<typeof indexGraph>,
  prerequisiteRank: Int32Array,
  followNext: boolean,
  direction: Direction,
  pack: boolean,
): Positions {
  const n = keys.length;
  const rawRank = Int32Array.from(prerequisiteRank);
  const laneKey = laneKeys(roles, graph, followNext);
  spreadUnlinked(rawRank, laneKey, graph);
  // Compress ranks so every column holds a card (the router finds columns from the cards).
  const used = [...new Set(rawRank)].sort((a, b) => a - b);
  const rankIndex = new Map(used.map((r, i) => [r, i]));
  const rank = Int32Array.from(rawRank, (r) => rankIndex.get(r)!);
  const columns = used.length;

  // Lanes in order of progression (first column, then first appearance).
  const laneIds = new Map<string, number>();
  const laneOf = new Int32Array(n);
  const lanes: { min: number; max: number; first: number; rows: number; band: number; top: number }[] = [];
  for (let v = 0; v < n; v++) {
    let id = laneIds.get(laneKey[v]!);
    if (id === undefined) {
      laneIds.set(laneKey[v]!, (id = lanes.length));
      lanes.push({ min: rank[v]!, max: rank[v]!, first: v, rows: 0, band: 0, top: 0 });
    }
    laneOf[v] = id;
    lanes[id]!.min = Math.min(lanes[id]!.min, rank[v]!);
    lanes[id]!.max = Math.max(lanes[id]!.max, rank[v]!);
  }
  const cells = new Map<number, number[]>(); // lane * columns + rank → nodes
  for (let v = 0; v < n; v++) {
    const id = laneOf[v]! * columns + rank[v]!;
    const cell = cells.get(id) ?? [];
    cell.push(v);
    cells.set(id, cell);
  }
  for (const [id, cell] of cells) {
    const lane = lanes[Math.floor(id / columns)]!;
    lane.rows = Math.max(lane.rows, cell.length);
  }

  // Bands: each lane goes to a band whose lanes leave its columns (and one more on each side) free — of those (or
  // a new band), the one nearest the bands of the lanes it has links with, so links cross few bands.
  const order = lanes
    .map((_, i) => i)
    .sort((a, b) => lanes[a]!.min - lanes[b]!.min || lanes[a]!.first - lanes[b]!.first);
  const laneLinks = new Map<number, number>(); // lane a * lanes + lane b → links between them (both ways)
  for (const [a, b] of [...graph.prerequisites, ...graph.next]) {
    const la = laneOf[a]!;
    const lb = laneOf[b]!;
    if (la === lb) continue;
    laneLinks.set(la * lanes.length + lb, (laneLinks.get(la * lanes.length + lb) ?? 0) + 1);
    laneLinks.set(lb * lanes.length + la, (laneLinks.get(lb * lanes.length + la) ?? 0) + 1);
  }
  const bands: { lanes: number[]; rows: number }[] = [];
  const placed: number[] = [];
  for (const l of order) {
    const lane = lanes[l]!;
    const cost = (b: number) =>
      placed.reduce(
        (sum, o) => sum + (laneLinks.get(l * lanes.length + o) ?? 0) * Math.abs(lanes[o]!.band - b),
        0,
      );
    let best = bands.length;
    let bestCost = cost(bands.length);
    bands.forEach((band, b) => {
      if (!pack || !band.lanes.every((o) => lane.min > lanes[o]!.max + 1 || lane.max < lanes[o]!.min - 1))
        return;
      const c = cost(b);
      if (c <= bestCost) [best, bestCost] = [b, c];
    });
    if (best === bands.length) bands.push({ lanes: [], rows: 0 });
    bands[best]!.lanes.push(l);
    bands[best]!.rows = Math.max(bands[best]!.rows, lane.rows);
    lane.band = best;
    placed.push(l);
  }
  // Bands in an order that keeps linked lanes near each other: a few barycentre passes over the band order.
  for (let pass = 0; pass < 4 && bands.length > 2; pass++) {
    const bary = bands.map((band, b) => {
      let sum = 0;
      let weight = 0;
      for (const l of band.lanes)
        for (let o = 0; o < lanes.length; o++) {
          const w = laneLinks.get(l * lanes.length + o) ?? 0;
          sum += w * lanes[o]!.band;
          weight += w;
        }
      return weight > 0 ? sum / weight : b;
    });
    const sorted = bands.map((_, b) => b).sort((a, b) => bary[a]! - bary[b]! || a - b);
    const moved = sorted.map((b) => bands[b]!);
    sorted.forEach((b, at) => bands[b]!.lanes.forEach((l) => (lanes[l]!.band = at)));
    bands.splice(0, bands.length, ...moved);
  }
  let rowsBefore = 0;
  const bandTop: number[] = [];
  for (const band of bands) {
    bandTop.push(rowsBefore);
    rowsBefore += band.rows + 2; // two rows' worth between bands for the ordering: lanes stay apart
  }
  for (const lane of lanes) lane.top = bandTop[lane.band]!;

  // Rows: barycentre sweeps over every link, each card at the row nearest its neighbours that keeps the order.
  const row = new Int32Array(n);
  for (const cell of cells.values()) cell.forEach((v, i) => (row[v] = i));
  const before: number[][] = Array.from({ length: n }, () => []);
  const after: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of [...graph.prerequisites, ...graph.next]) {
    if (rank[a] === rank[b]) continue;
    const [lo, hi] = rank[a]! < rank[b]! ? [a, b] : [b, a];
    after[lo]!.push(hi);
    before[hi]!.push(lo);
  }
  const byColumn: number[][][] = Array.from({ length: columns }, () => []);
  for (const [id, cell] of cells) byColumn[id % columns]!.push(cell);
  const slot = (v: number) => lanes[laneOf[v]!]!.top + row[v]!;
  const bary = new Float64Array(n);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (let k = 0; k < columns; k++) {
      for (const cell of byColumn[down ? k : columns - 1 - k]!) {
        for (const v of cell) {
          const nb = down ? before[v]! : after[v]!;
          let s = 0;
          for (const u of nb) s += slot(u);
          bary[v] = nb.length === 0 ? slot(v) : s / nb.length;
        }
        cell.sort((a, b) => bary[a]! - bary[b]! || row[a]! - row[b]!);
        placeRows(cell, bary, lanes[laneOf[cell[0]!]!]!, row);
      }
    }
  }

  // Coordinates: bands across, columns along; channels widened to the tracks the router needs.
  const lr = direction === 'LR';
  const cardMain = lr ? NODE_WIDTH : NODE_HEIGHT;
  const cardCross = lr ? NODE_HEIGHT : NODE_WIDTH;
  const bandCross: number[] = [];
  let crossAt = 0;
  for (const band of bands) {
    bandCross.push(crossAt);
    crossAt += band.rows * (cardCross + ROW_GAP) - ROW_GAP + LANE_GAP;
  }
  const cross = (v: number) => bandCross[lanes[laneOf[v]!]!.band]! + row[v]! * (cardCross + ROW_GAP);
  const place = (channel: (k: number) => number): Positions => {
    const start: number[] = [];
    let at = 0;
    for (let k = 0; k < columns; k++) {
      start.push(at);
      at += cardMain + channel(k + 1);
    }
    const out: Positions = {};
    for (let v = 0; v < n; v++) {
      const m = start[rank[v]!]!;
      const c = cross(v);
      out[keys[v]!] = lr ? { x: m, y: c } : { x: c, y: m };
    }
    return out;
  };
  const draft = place(() => RANK_SEP);
  const links = [...graph.prerequisites, ...graph.next].map(([a, b]) => ({ from: keys[a]!, to: keys[b]! }));
  const { strips } = routeLinks(draft, links, direction);
  return place((k) => Math.max(RANK_SEP, (strips[k]?.tracks ?? 0) * TRACK_GAP + 2 * TRACK_GAP));
}

/** Rows for one lane column in its sorted order: each as near its barycentre as the order and the lane allow. */
function placeRows(
  cell: number[],
  bary: Float64Array,
  lane: { top: number; rows: number },
  row: Int32Array,
): void {
  const k = cell.length;
  let prev = -1;
  for (let i = 0; i < k; i++) {
    const want = Math.min(lane.rows - 1, Math.max(0, Math.round(bary[cell[i]!]! - lane.top)));
    prev = Math.max(want, prev + 1);
    row[cell[i]!] = prev;
  }
  let next = lane.rows;
  for (let i = k - 1; i >= 0; i--) {
    next = Math.min(row[cell[i]!]!, next - 1);
    row[cell[i]!] = next;
  }
}

/**
 * Nodes without any link rank nowhere: spread each lane's over a square-ish grid of columns starting at the
 * lane's first column (a lane of 100 unlinked nodes is 10 columns wide, not one column 100 cards tall).
 */
function spreadUnlinked(rank: Int32Array, laneKey: string[], graph: IndexedGraph): void {
  const linked = new Uint8Array(graph.count);
  for (const [a, b] of [...graph.prerequisites, ...graph.next]) linked[a] = linked[b] = 1;
  const lanes = new Map<string, { first: number; last: number; loose: number[] }>();
  for (let v = 0; v < graph.count; v++) {
    const lane = lanes.get(laneKey[v]!) ?? { first: Infinity, last: -Infinity, loose: [] };
    lanes.set(laneKey[v]!, lane);
    if (!linked[v]) lane.loose.push(v);
    else {
      lane.first = Math.min(lane.first, rank[v]!);
      lane.last = Math.max(lane.last, rank[v]!);
    }
  }
  for (const lane of lanes.values()) {
    if (lane.loose.length === 0) continue;
    const first = Number.isFinite(lane.first) ? lane.first : 0;
    const span = Number.isFinite(lane.first) ? lane.last - lane.first + 1 : 1;
    const width = Math.max(span, Math.ceil(Math.sqrt(lane.loose.length)));
    lane.loose.forEach((v, i) => (rank[v] = first + (i % width)));
  }
}
