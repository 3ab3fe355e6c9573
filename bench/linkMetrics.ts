// What a reader sees of the links of a laid-out graph (GUIDE: "measure the picture too"): pairs of drawn links
// that cross, links drawn under a card that is not one of their ends, and prerequisite links pointing backwards
// outside a cycle. Used by the bench (for this layout, stock dagre and elkjs) and by the layout tests.
import { NODE_HEIGHT, NODE_WIDTH, type Direction, type Positions } from '../src/layout/geometry';

export interface DrawnLink {
  from: string;
  to: string;
  type: 'prerequisite' | 'next';
  /** Polyline, x and y interleaved, in the same coordinates as the positions. */
  points: number[];
}

export interface LinkMetrics {
  links: number;
  /** Pairs of links without a shared end card whose drawn lines cross. */
  crossings: number;
  /** Links (any type) whose drawn line passes under a card that is not one of its ends. */
  underCards: number;
  /** Of those, prerequisite links. */
  prerequisitesUnderCards: number;
  /** Prerequisite links outside a cycle whose target is not ahead of the source along the main axis. */
  backward: number;
}

/** Does segment (x0,y0)-(x1,y1) pass through the inside of the box (shrunk by `inset`)? Liang–Barsky clipping. */
export function segmentHitsBox(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  bx: number,
  by: number,
  bw: number,
  bh: number,
  inset = 1,
): boolean {
  const left = bx + inset;
  const right = bx + bw - inset;
  const top = by + inset;
  const bottom = by + bh - inset;
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const checks: [number, number][] = [
    [-dx, x0 - left],
    [dx, right - x0],
    [-dy, y0 - top],
    [dy, bottom - y0],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const CELL = 400;

/** Card keys bucketed on a coarse grid, so a segment is tested against the cards near it only. */
export class CardIndex {
  private cells = new Map<string, string[]>();
  constructor(readonly positions: Positions) {
    for (const key in positions) {
      const p = positions[key]!;
      for (let gx = Math.floor(p.x / CELL); gx <= Math.floor((p.x + NODE_WIDTH) / CELL); gx++)
        for (let gy = Math.floor(p.y / CELL); gy <= Math.floor((p.y + NODE_HEIGHT) / CELL); gy++) {
          const id = `${gx},${gy}`;
          const list = this.cells.get(id);
          if (list) list.push(key);
          else this.cells.set(id, [key]);
        }
    }
  }
  /** Cards whose box may meet the segment's bounding box. */
  near(x0: number, y0: number, x1: number, y1: number): Set<string> {
    const out = new Set<string>();
    for (let gx = Math.floor(Math.min(x0, x1) / CELL); gx <= Math.floor(Math.max(x0, x1) / CELL); gx++)
      for (let gy = Math.floor(Math.min(y0, y1) / CELL); gy <= Math.floor(Math.max(y0, y1) / CELL); gy++)
        for (const key of this.cells.get(`${gx},${gy}`) ?? []) out.add(key);
    return out;
  }
}

/** Keys of every card a link's line passes under, its own ends excepted. */
export function cardsUnder(
  link: DrawnLink,
  positions: Positions,
  index = new CardIndex(positions),
): string[] {
  const hit = new Set<string>();
  const p = link.points;
  for (let i = 0; i + 3 < p.length; i += 2) {
    for (const key of index.near(p[i]!, p[i + 1]!, p[i + 2]!, p[i + 3]!)) {
      if (key === link.from || key === link.to || hit.has(key)) continue;
      const b = positions[key]!;
      if (segmentHitsBox(p[i]!, p[i + 1]!, p[i + 2]!, p[i + 3]!, b.x, b.y, NODE_WIDTH, NODE_HEIGHT))
        hit.add(key);
    }
  }
  return [...hit];
}

function properCross(a: number[], i: number, b: number[], j: number): boolean {
  const [ax, ay, bx, by] = [a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!];
  const [cx, cy, dx, dy] = [b[j]!, b[j + 1]!, b[j + 2]!, b[j + 3]!];
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  const eps = 1e-9;
  return (
    ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
    ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
  );
}

/** Prerequisite links inside a cycle (both ends in one strongly connected component), by index. */
function cycleLinks(links: DrawnLink[]): Set<number> {
  const succ = new Map<string, string[]>();
  for (const l of links) if (l.type === 'prerequisite') succ.set(l.from, [...(succ.get(l.from) ?? []), l.to]);
  // Tarjan, iterative.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const comp = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  let counter = 0;
  let comps = 0;
  for (const start of succ.keys()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        on.add(v);
      }
      const out = succ.get(v) ?? [];
      if (i < out.length) {
        top[1] = i + 1;
        const w = out[i]!;
        if (!index.has(w)) work.push([w, 0]);
        else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.set(w, comps);
        } while (w !== v);
        comps++;
      }
    }
  }
  const out = new Set<number>();
  links.forEach((l, i) => {
    if (l.type === 'prerequisite' && comp.has(l.from) && comp.get(l.from) === comp.get(l.to)) out.add(i);
  });
  return out;
}

/** Prerequisite links (by index) outside a cycle whose target's centre is not ahead of the source's along the main axis. */
export function backwardLinks(links: DrawnLink[], positions: Positions, direction: Direction): number[] {
  const cyclic = cycleLinks(links);
  const main = (key: string) => (direction === 'LR' ? positions[key]!.x : positions[key]!.y);
  const out: number[] = [];
  links.forEach((l, i) => {
    if (l.type !== 'prerequisite' || cyclic.has(i) || l.from === l.to) return;
    if (!positions[l.from] || !positions[l.to]) return;
    if (main(l.to) <= main(l.from)) out.push(i);
  });
  return out;
}

/** Crossings, links under cards and backward prerequisite links of a drawn graph. */
export function linkMetrics(links: DrawnLink[], positions: Positions, direction: Direction): LinkMetrics {
  // Segments bucketed on a coarse grid so crossing pairs are found without comparing every pair.
  const buckets = new Map<string, [number, number][]>();
  links.forEach((l, li) => {
    const p = l.points;
    for (let i = 0; i + 3 < p.length; i += 2) {
      const x0 = Math.floor(Math.min(p[i]!, p[i + 2]!) / CELL);
      const x1 = Math.floor(Math.max(p[i]!, p[i + 2]!) / CELL);
      const y0 = Math.floor(Math.min(p[i + 1]!, p[i + 3]!) / CELL);
      const y1 = Math.floor(Math.max(p[i + 1]!, p[i + 3]!) / CELL);
      for (let gx = x0; gx <= x1; gx++)
        for (let gy = y0; gy <= y1; gy++) {
          const id = `${gx},${gy}`;
          const list = buckets.get(id) ?? [];
          list.push([li, i]);
          buckets.set(id, list);
        }
    }
  });
  const pairs = new Set<number>();
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      const [la, ia] = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const [lb, ib] = list[b]!;
        if (la === lb) continue;
        const A = links[la]!;
        const B = links[lb]!;
        if (A.from === B.from || A.from === B.to || A.to === B.from || A.to === B.to) continue;
        const id = Math.min(la, lb) * links.length + Math.max(la, lb);
        if (pairs.has(id)) continue;
        if (properCross(A.points, ia, B.points, ib)) pairs.add(id);
      }
    }
  }
  let underCards = 0;
  let prerequisitesUnderCards = 0;
  const cards = new CardIndex(positions);
  for (const l of links) {
    if (cardsUnder(l, positions, cards).length === 0) continue;
    underCards++;
    if (l.type === 'prerequisite') prerequisitesUnderCards++;
  }
  return {
    links: links.length,
    crossings: pairs.size,
    underCards,
    prerequisitesUnderCards,
    backward: backwardLinks(links, positions, direction).length,
  };
}
