// Transitive reduction of a piece's edges before dagre sees them. A skip edge (A→C beside A→B→C)
// never changes which rank comes first but costs dagre a dummy node per spanned rank, which roughly
// halved piece layout time on curriculum-shaped tracks. The drawn edges are not affected.

/** Edges of an acyclic piece minus those implied by longer paths; a piece with a cycle is returned unchanged. */
export function transitiveReduction(count: number, edges: [number, number][]): [number, number][] {
  const succs: number[][] = Array.from({ length: count }, () => []);
  const indeg = new Int32Array(count);
  for (const [a, b] of edges) {
    succs[a]!.push(b);
    indeg[b]!++;
  }
  const order: number[] = [];
  for (let i = 0; i < count; i++) if (indeg[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const w of succs[order[head]!]!) if (--indeg[w]! === 0) order.push(w);
  }
  if (order.length < count) return edges;

  const words = Math.ceil(count / 32);
  const reach = new Uint32Array(count * words); // reach[v] = nodes reachable from v by a path of length ≥ 1
  for (let k = count - 1; k >= 0; k--) {
    const v = order[k]!;
    for (const w of succs[v]!) {
      reach[v * words + (w >>> 5)]! |= 1 << (w & 31);
      for (let i = 0; i < words; i++) reach[v * words + i]! |= reach[w * words + i]!;
    }
  }
  return edges.filter(([a, b]) => {
    for (const u of succs[a]!) {
      if (u !== b && (reach[u * words + (b >>> 5)]! & (1 << (b & 31))) !== 0) return false;
    }
    return true;
  });
}
