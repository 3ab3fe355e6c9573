// Prerequisite cycles are reported, never fatal (R18). Iterative Tarjan: no recursion depth limit.
import type { CatalogEdge } from '../types';

/** Each strongly connected group of two or more keys (or a key requiring itself), in key order. */
export function prerequisiteCycles(keys: string[], edges: CatalogEdge[]): string[][] {
  const out = new Map<string, string[]>();
  for (const k of keys) out.set(k, []);
  for (const e of edges) if (e.type === 'prerequisite') out.get(e.from)?.push(e.to);

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  for (const root of keys) {
    if (index.has(root)) continue;
    const work: { key: string; next: number }[] = [{ key: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1] as { key: string; next: number };
      const targets = out.get(frame.key) ?? [];
      if (frame.next < targets.length) {
        const t = targets[frame.next++] as string;
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ key: t, next: 0 });
        } else if (onStack.has(t)) {
          low.set(frame.key, Math.min(low.get(frame.key) ?? 0, index.get(t) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key) ?? 0, low.get(frame.key) ?? 0));
      if (low.get(frame.key) === index.get(frame.key)) {
        const group: string[] = [];
        let k: string | undefined;
        do {
          k = stack.pop();
          if (k === undefined) break;
          onStack.delete(k);
          group.push(k);
        } while (k !== frame.key);
        const selfLoop = group.length === 1 && (out.get(frame.key) ?? []).includes(frame.key);
        if (group.length > 1 || selfLoop) cycles.push(group.sort());
      }
    }
  }
  return cycles;
}
