// Laid-out nodes as flat arrays (cheap to send between threads) and the Positions object built from them.
// Kept apart from layout.ts so the main thread can build positions without loading dagre.
import type { Positions } from './geometry';
import type { LayoutInput } from './pieces';

/** Every placed node's index into input.nodes, and its top-left corner (x, y interleaved), in output order. */
export interface PlacedNodes {
  nodes: Int32Array;
  xy: Float64Array;
}

/** Positions by node key from placed nodes (keys in placing order). */
export function positionsOf(input: LayoutInput, { nodes, xy }: PlacedNodes): Positions {
  const out: Positions = {};
  for (let i = 0; i < nodes.length; i++)
    out[input.nodes[nodes[i]!]!.key] = { x: xy[2 * i]!, y: xy[2 * i + 1]! };
  return out;
}
