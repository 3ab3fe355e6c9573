// A fast crossing-reduction pass handed to dagre as `customOrder`. dagre's own `order` phase builds a
// compound graph per rank and sweep, which dominated piece layout time (≈60%); this does the same
// barycenter sweeps on plain arrays. Ranking and coordinates stay dagre's.
import type { graphlib } from '@dagrejs/dagre';

type DagreGraph = graphlib.Graph;
const SWEEPS = 8;

export function fastOrder(g: DagreGraph): void {
  const vs = g.nodes();
  const index = new Map<string, number>();
  vs.forEach((v, i) => index.set(v, i));
  const rank = vs.map((v) => (g.node(v) as { rank?: number }).rank ?? 0);
  const preds: number[][] = vs.map(() => []);
  const succs: number[][] = vs.map(() => []);
  for (const e of g.edges()) {
    const a = index.get(e.v)!;
    const b = index.get(e.w)!;
    succs[a]!.push(b);
    preds[b]!.push(a);
  }

  // Initial order: depth-first from nodes in rank order, so chains start out straight.
  const layers: number[][] = [];
  const seen = new Uint8Array(vs.length);
  const starts = [...vs.keys()].sort((a, b) => rank[a]! - rank[b]! || a - b);
  for (const s of starts) {
    const stack = [s];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      (layers[rank[v]!] ??= []).push(v);
      const out = succs[v]!;
      for (let k = out.length - 1; k >= 0; k--) if (!seen[out[k]!]) stack.push(out[k]!);
    }
  }
  const pos = new Float64Array(vs.length);
  for (const layer of layers) layer?.forEach((v, i) => (pos[v] = i));

  // Alternate down and up barycenter sweeps; ties keep the current order.
  const bary = new Float64Array(vs.length);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[down ? l : layers.length - 1 - l];
      if (!layer) continue;
      for (const v of layer) {
        const nb = down ? preds[v]! : succs[v]!;
        if (nb.length === 0) bary[v] = pos[v]!;
        else {
          let s = 0;
          for (const u of nb) s += pos[u]!;
          bary[v] = s / nb.length;
        }
      }
      layer.sort((a, b) => bary[a]! - bary[b]! || pos[a]! - pos[b]!);
      layer.forEach((v, i) => (pos[v] = i));
    }
  }
  vs.forEach((v, i) => ((g.node(v) as { order?: number }).order = pos[i]!));
}
