// Arrow keys move between connected nodes: the connected node lying most in the arrow's direction.
import type { Positions } from '../layout/geometry';

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const VECTORS: Record<Arrow, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** Among `neighbors`, the one within 60° of the arrow with the shortest distance (angle-weighted); null if none. */
export function neighborInDirection(
  from: string,
  arrow: Arrow,
  neighbors: string[],
  positions: Positions,
): string | null {
  const origin = positions[from];
  if (!origin) return null;
  const [vx, vy] = VECTORS[arrow];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const key of neighbors) {
    const p = positions[key];
    if (!p || key === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * vx + dy * vy) / dist;
    if (cos < 0.5) continue;
    const score = dist / cos;
    if (score < bestScore) {
      bestScore = score;
      best = key;
    }
  }
  return best;
}
