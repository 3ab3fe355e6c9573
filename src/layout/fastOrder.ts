// Crossing reduction for the layered piece layout: barycenter sweeps on plain arrays (dagre's own
// `order` phase built a compound graph per rank and sweep and dominated piece layout time).

const SWEEPS = 8;

/**
 * Order the nodes of every rank to reduce crossings. `rank[v]` is v's layer, edges go between
 * adjacent layers. Returns the layers, each a list of node indices from first to last.
 */
export function orderLayers(rank: ArrayLike<number>, preds: number[][], succs: number[][]): number[][] {
  const count = rank.length;
  // Initial order: depth-first from nodes in rank order, so chains start out straight.
  const layers: number[][] = [];
  const seen = new Uint8Array(count);
  const starts = Array.from({ length: count }, (_, i) => i).sort((a, b) => rank[a]! - rank[b]! || a - b);
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
  for (let l = 0; l < layers.length; l++) layers[l] ??= [];
  const pos = new Float64Array(count);
  for (const layer of layers) layer.forEach((v, i) => (pos[v] = i));

  // Alternate down and up barycenter sweeps; ties keep the current order.
  const bary = new Float64Array(count);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[down ? l : layers.length - 1 - l]!;
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
  return layers;
}
