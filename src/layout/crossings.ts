// Crossings of routed links (rule M7, docs/planning.md): how the layout chooses between candidate pictures.
import type { RouteLink } from './routes';

/**
 * Points where two routed links cross, counting only links that share no end card (links of one card meet
 * at that card by design). Routes are orthogonal polylines (x, y interleaved, flow coordinates, px, as
 * `routeLinks` returns them; null routes are skipped); a touch at a segment's end is not a crossing.
 * Horizontal segments are bucketed by their y, so the count is about linear in segments for laid-out graphs.
 */
export function countCrossings(links: RouteLink[], points: (number[] | null)[]): number {
  const horizontal: [number, number, number, number][] = []; // y, x0, x1, link
  const vertical: [number, number, number, number][] = []; // x, y0, y1, link
  points.forEach((pts, i) => {
    if (!pts) return;
    for (let k = 0; k + 3 < pts.length; k += 2) {
      const [x0, y0, x1, y1] = [pts[k]!, pts[k + 1]!, pts[k + 2]!, pts[k + 3]!];
      if (Math.abs(y0 - y1) < 1e-6) horizontal.push([y0, Math.min(x0, x1), Math.max(x0, x1), i]);
      else if (Math.abs(x0 - x1) < 1e-6) vertical.push([x0, Math.min(y0, y1), Math.max(y0, y1), i]);
    }
  });
  horizontal.sort((a, b) => a[0] - b[0]);
  const ys = horizontal.map((h) => h[0]);
  const firstAtLeast = (y: number) => {
    let lo = 0;
    let hi = ys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid]! < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const eps = 1e-6;
  let count = 0;
  for (const [x, y0, y1, i] of vertical) {
    const a = links[i]!;
    for (let k = firstAtLeast(y0 + eps); k < horizontal.length && ys[k]! < y1 - eps; k++) {
      const [, x0, x1, j] = horizontal[k]!;
      if (j === i || !(x > x0 + eps && x < x1 - eps)) continue;
      const b = links[j]!;
      if (a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to) continue;
      count++;
    }
  }
  return count;
}
