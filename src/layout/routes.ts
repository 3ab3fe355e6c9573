// Link routes around cards (rule M3, docs/planning.md): every link is drawn as an orthogonal polyline
// that runs only through free space — the channels between card columns and free rows across them — so no
// link passes under a card that is not one of its ends. Pure: positions + links in, points out; the layout
// calls it to size its channels, the graph and the exports call it to draw.
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from './geometry';

export interface RouteLink {
  from: string;
  to: string;
}

export interface Routes {
  /** Points of each link (x, y interleaved, flow coordinates), aligned with the input; null when an end is not placed or the link is a self-link. */
  points: (number[] | null)[];
  /** Free strips along the main axis (between card columns): start, end and the tracks routed through each. */
  strips: { start: number; end: number; tracks: number }[];
}

/** Room a strip keeps per vertical track, and between horizontal tracks in a free row. */
export const TRACK_GAP = 8;
/** Free strip assumed before the first and after the last column. */
const EDGE_STRIP = 72;
/** Distance a horizontal run keeps from card boxes. */
const CLEARANCE = 6;

interface Column {
  start: number;
  end: number;
  /** Cross-axis intervals of its cards, sorted and merged: [lo0, hi0, lo1, hi1, …]. */
  occupied: number[];
}

/** A vertical run in a strip shared by the links of one end card: where it meets horizontals on either side. */
interface Jog {
  strip: number;
  left: number[];
  right: number[];
  lo: number;
  hi: number;
  track: number;
  x: number;
}

function mergeIntervals(sorted: [number, number][]): number[] {
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    if (out.length > 0 && lo <= out[out.length - 1]!)
      out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** The occupied interval of `col` containing cross coordinate c (grown by CLEARANCE), or null. */
function blockAt(col: Column, c: number): [number, number] | null {
  const occ = col.occupied;
  let lo = 0;
  let hi = occ.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = occ[2 * mid]! - CLEARANCE;
    const b = occ[2 * mid + 1]! + CLEARANCE;
    if (c < a) hi = mid - 1;
    else if (c > b) lo = mid + 1;
    else return [a, b];
  }
  return null;
}

/**
 * Route links between cards at `positions` (top-left corners of NODE_WIDTH × NODE_HEIGHT boxes).
 * A link leaves its source's far side (right in LR, bottom in TB) and enters its target's near side; a link
 * within one column enters its target's far side. Runs across columns use the free cross coordinate nearest
 * the target's centre line; links sharing an end card share their vertical run.
 */
export function routeLinks(positions: Positions, links: RouteLink[], direction: Direction): Routes {
  const lr = direction === 'LR';
  const cardMain = lr ? NODE_WIDTH : NODE_HEIGHT;
  const cardCross = lr ? NODE_HEIGHT : NODE_WIDTH;
  const mainOf = (key: string) => (lr ? positions[key]!.x : positions[key]!.y);
  const crossOf = (key: string) => (lr ? positions[key]!.y : positions[key]!.x);

  // Columns: card boxes merged along the main axis.
  const keys = Object.keys(positions).sort((a, b) => mainOf(a) - mainOf(b));
  const columnOf = new Map<string, number>();
  const columns: Column[] = [];
  const members: [number, number][][] = [];
  for (const key of keys) {
    const m = mainOf(key);
    const last = columns[columns.length - 1];
    if (last && m < last.end) last.end = Math.max(last.end, m + cardMain);
    else {
      columns.push({ start: m, end: m + cardMain, occupied: [] });
      members.push([]);
    }
    columnOf.set(key, columns.length - 1);
    const c = crossOf(key);
    members[columns.length - 1]!.push([c, c + cardCross]);
  }
  columns.forEach((col, i) => (col.occupied = mergeIntervals(members[i]!.sort((a, b) => a[0] - b[0]))));
  // Strip k lies before column k; strip columns.length after the last one.
  const strips = columns.map((col, k) => ({
    start: k === 0 ? col.start - EDGE_STRIP : columns[k - 1]!.end,
    end: col.start,
    tracks: 0,
  }));
  if (columns.length > 0) {
    const end = columns[columns.length - 1]!.end;
    strips.push({ start: end, end: end + EDGE_STRIP, tracks: 0 });
  }

  /** The free cross coordinate nearest `want` across columns a..b (inclusive), and the free interval around it. */
  function freeRow(a: number, b: number, want: number): { c: number; lo: number; hi: number } {
    const search = (start: number, step: 1 | -1) => {
      let c = start;
      for (let guard = 0; guard < 10000; guard++) {
        let moved = false;
        for (let k = a; k <= b; k++) {
          const block = blockAt(columns[k]!, c);
          if (block) {
            c = step > 0 ? block[1] + 1e-6 : block[0] - 1e-6;
            moved = true;
          }
        }
        if (!moved) return c;
      }
      return c;
    };
    const down = search(want, 1);
    const up = search(want, -1);
    const c = Math.abs(down - want) <= Math.abs(up - want) ? down : up;
    // The free interval around c: up to the nearest block edge in any spanned column.
    let lo = -Infinity;
    let hi = Infinity;
    for (let k = a; k <= b; k++) {
      const occ = columns[k]!.occupied;
      // First interval starting above c (binary search); the one before it ends below c.
      let l = 0;
      let h = occ.length / 2;
      while (l < h) {
        const mid = (l + h) >> 1;
        if (occ[2 * mid]! - CLEARANCE >= c) h = mid;
        else l = mid + 1;
      }
      if (l < occ.length / 2) hi = Math.min(hi, occ[2 * l]! - CLEARANCE);
      if (l > 0) lo = Math.max(lo, occ[2 * l - 1]! + CLEARANCE);
    }
    return { c, lo, hi };
  }

  const jogs = new Map<string, Jog>();
  const jog = (strip: number, owner: string): Jog => {
    const id = `${strip}|${owner}`;
    let j = jogs.get(id);
    if (!j) jogs.set(id, (j = { strip, left: [], right: [], lo: Infinity, hi: -Infinity, track: 0, x: 0 }));
    return j;
  };
  const meet = (j: Jog, c: number, side: 'left' | 'right') => {
    j[side].push(c);
    j.lo = Math.min(j.lo, c);
    j.hi = Math.max(j.hi, c);
  };

  // Horizontal runs across columns, by rounded cross coordinate: [main from, main to] already taken there.
  // Buckets of TRACK_GAP: a run conflicts with runs in its own and the neighbouring buckets closer than TRACK_GAP.
  const runs = new Map<number, number[]>(); // bucket → [cross, main from, main to, …]
  const runFree = (c: number, m0: number, m1: number) => {
    const bucket = Math.round(c / TRACK_GAP);
    for (let d = -1; d <= 1; d++) {
      const list = runs.get(bucket + d);
      if (!list) continue;
      for (let i = 0; i < list.length; i += 3)
        if (Math.abs(list[i]! - c) < TRACK_GAP - 1e-6 && list[i + 1]! < m1 && m0 < list[i + 2]!) return false;
    }
    return true;
  };
  function placeRun(m0: number, m1: number, want: number, lo: number, hi: number): number {
    for (let k = 0; k < 64; k++) {
      const c = want + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * TRACK_GAP;
      if (c < lo || c > hi || !runFree(c, m0, m1)) continue;
      const bucket = Math.round(c / TRACK_GAP);
      const list = runs.get(bucket) ?? [];
      list.push(c, m0, m1);
      runs.set(bucket, list);
      return c;
    }
    return want;
  }

  interface Plan {
    sc: number;
    tc: number;
    exit: Jog;
    entry: Jog | null;
    row: number | null;
    sm: number;
    tm: number;
  }
  const plans: (Plan | null)[] = links.map((link) => {
    if (link.from === link.to || !positions[link.from] || !positions[link.to]) return null;
    const cs = columnOf.get(link.from)!;
    const ct = columnOf.get(link.to)!;
    const sc = crossOf(link.from) + cardCross / 2;
    const tc = crossOf(link.to) + cardCross / 2;
    const sm = mainOf(link.from) + cardMain;
    const exit = jog(cs + 1, `s${link.from}`);
    meet(exit, sc, 'left');
    if (ct === cs) {
      // Within one column: out through the strip after it, into the target's far side.
      meet(exit, tc, 'left');
      return { sc, tc, exit, entry: null, row: null, sm, tm: mainOf(link.to) + cardMain };
    }
    const tm = mainOf(link.to);
    if (ct === cs + 1) {
      meet(exit, tc, 'right');
      return { sc, tc, exit, entry: null, row: null, sm, tm };
    }
    const forward = ct > cs;
    const [a, b] = forward ? [cs + 1, ct - 1] : [ct, cs];
    // The free row (nearest the target's centre line, the source's, or between them) that keeps the vertical
    // runs shortest: a straight line when one of the centre lines is free.
    const m0 = strips[a]!.start;
    const m1 = strips[b + 1]!.end;
    let best: { c: number; lo: number; hi: number; want: number; cost: number } | null = null;
    for (const want of [tc, sc, (sc + tc) / 2]) {
      const f = freeRow(a, b, want);
      // A blocked line moves to the middle of the free row found (or clear of the blocks at the edge).
      const c =
        Math.abs(f.c - want) < 1e-6
          ? want
          : Number.isFinite(f.lo) && Number.isFinite(f.hi)
            ? (f.lo + f.hi) / 2
            : f.c + (f.c > want ? 3 : -3) * TRACK_GAP;
      const cost = Math.abs(c - sc) + Math.abs(c - tc);
      if (!best || cost < best.cost - 1e-6) best = { ...f, c, want, cost };
      if (Math.abs(f.c - want) < 1e-6 && want !== (sc + tc) / 2) break; // a free centre line: straight
    }
    const pick = best!;
    const mid = pick.c;
    const row = placeRun(m0, m1, mid, pick.lo, pick.hi);
    const entry = jog(ct, `t${link.to}`);
    meet(exit, row, forward ? 'right' : 'left');
    meet(entry, row, forward ? 'left' : 'right');
    meet(entry, tc, 'right');
    return { sc, tc, exit, entry, row, sm, tm };
  });

  // Tracks per strip: order the runs so horizontals cross as few verticals as possible, then give each run
  // the lowest track right of every earlier run it overlaps.
  const byStrip = new Map<number, Jog[]>();
  for (const j of jogs.values()) {
    const list = byStrip.get(j.strip) ?? [];
    list.push(j);
    byStrip.set(j.strip, list);
  }
  const inside = (c: number, j: Jog) => c > j.lo + 1e-6 && c < j.hi - 1e-6;
  const cost = (a: Jog, b: Jog) =>
    b.left.filter((c) => inside(c, a)).length + a.right.filter((c) => inside(c, b)).length;
  for (const [s, list] of byStrip) {
    orderJogs(list, cost);
    let tracks = 0;
    list.forEach((j, i) => {
      let track = 0;
      for (let k = 0; k < i; k++) {
        const o = list[k]!;
        if (o.lo <= j.hi + TRACK_GAP && j.lo <= o.hi + TRACK_GAP && o.track + 1 > track) track = o.track + 1;
      }
      j.track = track;
      tracks = Math.max(tracks, track + 1);
    });
    const strip = strips[s]!;
    strip.tracks = tracks;
    for (const j of list) j.x = strip.start + ((strip.end - strip.start) * (j.track + 1)) / (tracks + 1);
  }

  const points = plans.map((p) => {
    if (!p) return null;
    const pts: [number, number][] = [[p.sm, p.sc]];
    pts.push([p.exit.x, p.sc]);
    if (p.entry && p.row !== null) {
      pts.push([p.exit.x, p.row], [p.entry.x, p.row], [p.entry.x, p.tc]);
    } else pts.push([p.exit.x, p.tc]);
    pts.push([p.tm, p.tc]);
    const flat: number[] = [];
    for (const [m, c] of pts) {
      const n = flat.length;
      const [x, y] = lr ? [m, c] : [c, m];
      if (n >= 2 && Math.abs(flat[n - 2]! - x) < 1e-6 && Math.abs(flat[n - 1]! - y) < 1e-6) continue;
      flat.push(x, y);
    }
    return flat;
  });
  return { points, strips };
}

/**
 * Order the runs of one strip left to right: greedily the run that costs fewest crossings when put left of all
 * runs still unplaced (pairwise costs precomputed), ties by top end. Sorts `list` in place.
 */
function orderJogs(list: Jog[], cost: (a: Jog, b: Jog) => number): void {
  const n = list.length;
  if (n < 2) return;
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) c[i * n + j] = cost(list[i]!, list[j]!);
  const left = new Float64Array(n); // crossings if i goes left of every unplaced run
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) left[i] = left[i]! + c[i * n + j]!;
  const placed = new Uint8Array(n);
  const order: Jog[] = [];
  for (let step = 0; step < n; step++) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      if (best < 0 || left[i]! < left[best]! || (left[i] === left[best] && list[i]!.lo < list[best]!.lo))
        best = i;
    }
    placed[best] = 1;
    order.push(list[best]!);
    for (let i = 0; i < n; i++) if (!placed[i]) left[i] = left[i]! - c[i * n + best]!;
  }
  order.forEach((j, i) => (list[i] = j));
}
