// Ranks (columns along the main axis) and lanes (role bands) of the layered layout (layout.ts).
// Rules M1–M2 (docs/planning.md): ranks come from prerequisite links alone, so every prerequisite
// outside a cycle points forward; a `next` link never moves a node that has a prerequisite link.

/** Nodes and links as indices: what ranking and lane assignment read. */
export interface IndexedGraph {
  count: number;
  /** Prerequisite links [prerequisite, dependent], deduplicated, no self-links. */
  prerequisites: [number, number][];
  /** Next-step links [from, to], deduplicated, no self-links. */
  next: [number, number][];
}

/**
 * Rank of every node (0-based column) and which prerequisite links are cycle links (not ordered).
 * Longest path over prerequisite links (a cycle is broken by setting aside its links from later to earlier nodes);
 * a node with no prerequisite of its own sits right before its first dependent (so placeholders stand
 * next to what needs them); a node without prerequisite links follows its `next` predecessor when it has one.
 */
export function prerequisiteRanks(g: IndexedGraph): { rank: Int32Array; backward: Uint8Array } {
  const { count, prerequisites } = g;
  // A link inside a cycle (both ends in one strongly connected component) that goes from a later node to an
  // earlier one is set aside: what is left is acyclic, and no link outside a cycle is ever set aside.
  const component = stronglyConnected(count, prerequisites);
  const backward = new Uint8Array(prerequisites.length);
  prerequisites.forEach(([a, b], i) => (backward[i] = component[a] === component[b] && a > b ? 1 : 0));
  const out: number[][] = Array.from({ length: count }, () => []);
  const indeg = new Int32Array(count);
  prerequisites.forEach(([a, b], i) => {
    if (backward[i]) return;
    out[a]!.push(b);
    indeg[b]!++;
  });
  const order = new Int32Array(count);
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (indeg[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    order[v] = head;
    for (const w of out[v]!) if (--indeg[w]! === 0) queue.push(w);
  }

  const byOrder = new Int32Array(count);
  for (let v = 0; v < count; v++) byOrder[order[v]!] = v;
  const rank = new Int32Array(count);
  const hasIn = new Uint8Array(count);
  const hasOut = new Uint8Array(count);
  const succs: number[][] = Array.from({ length: count }, () => []);
  prerequisites.forEach(([a, b], i) => {
    if (backward[i]) return;
    succs[a]!.push(b);
    hasIn[b] = 1;
    hasOut[a] = 1;
  });
  for (const v of byOrder) for (const w of succs[v]!) if (rank[v]! + 1 > rank[w]!) rank[w] = rank[v]! + 1;
  // Sources move up to their first dependent: its rank is fixed (it has a prerequisite), so one pass does it.
  for (let v = 0; v < count; v++) {
    if (hasIn[v] || !hasOut[v]) continue;
    let first = Infinity;
    for (const w of succs[v]!) first = Math.min(first, rank[w]!);
    rank[v] = Math.max(0, first - 1);
  }
  // Nodes without any prerequisite link: after their `next` predecessor, else before their `next` successor.
  const free = (v: number) => !hasIn[v] && !hasOut[v];
  const ranked = new Uint8Array(count);
  for (let v = 0; v < count; v++) ranked[v] = free(v) ? 0 : 1;
  for (let pass = 0; pass < 3; pass++) {
    for (const [a, b] of g.next) {
      if (free(b) && ranked[a] && (!ranked[b] || rank[a]! + 1 > rank[b]!)) {
        rank[b] = rank[a]! + 1;
        ranked[b] = 1;
      }
    }
    for (const [a, b] of g.next) {
      if (free(a) && !ranked[a] && ranked[b]) {
        rank[a] = Math.max(0, rank[b]! - 1);
        ranked[a] = 1;
      }
    }
  }
  return { rank, backward };
}

/** Folded primary role: nodes of one role share a lane. '' for nodes without roles. */
export function primaryRole(roles: string[] | undefined): string {
  const first = roles?.find((r) => r.trim() !== '');
  return first ? first.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/**
 * Lane of every node: its primary role; a node without a role (a placeholder) joins the lane most of its
 * prerequisite neighbours are in, so it stands beside what needs it. With `followNext`, a placeholder that has
 * no prerequisite neighbour with a lane joins the lane of its `next` neighbours instead (a project only named
 * as a module's next step stands beside that module), over three passes so a chain of placeholders follows.
 * Rule M2 (docs/planning.md).
 */
export function laneKeys(roles: (string[] | undefined)[], g: IndexedGraph, followNext = false): string[] {
  const lanes = roles.map(primaryRole);
  const placeholder = lanes.map((l) => l === '');
  for (let pass = 0; pass < (followNext ? 3 : 1); pass++) {
    const votes = new Map<number, Map<string, number>>();
    const vote = (v: number, lane: string, weight: number) => {
      if (!placeholder[v] || lanes[v] !== '' || lane === '') return;
      const m = votes.get(v) ?? new Map<string, number>();
      m.set(lane, (m.get(lane) ?? 0) + weight);
      votes.set(v, m);
    };
    for (const [a, b] of g.prerequisites) {
      vote(a, lanes[b]!, 1);
      vote(b, lanes[a]!, 1);
    }
    if (followNext) {
      const byPrerequisite = new Set(votes.keys());
      for (const [a, b] of g.next) {
        if (!byPrerequisite.has(a)) vote(a, lanes[b]!, 1);
        if (!byPrerequisite.has(b)) vote(b, lanes[a]!, 1);
      }
    }
    if (votes.size === 0) break;
    for (const [v, m] of votes) {
      let best = '';
      let most = 0;
      for (const [lane, c] of m) if (c > most) [best, most] = [lane, c];
      lanes[v] = best;
    }
  }
  return lanes;
}

/** Strongly connected component of every node (Tarjan, iterative: a long prerequisite chain must not overflow the stack). */
export function stronglyConnected(count: number, links: [number, number][]): Int32Array {
  const succ: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of links) succ[a]!.push(b);
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let start = 0; start < count; start++) {
    if (index[start] !== -1) continue;
    const work: [number, number][] = [[start, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const v = top[0];
      if (top[1] === 0 && index[v] === -1) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const next = succ[v]![top[1]];
      if (next !== undefined) {
        top[1]++;
        if (index[next] === -1) work.push([next, 0]);
        else if (onStack[next]) low[v] = Math.min(low[v]!, index[next]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}
