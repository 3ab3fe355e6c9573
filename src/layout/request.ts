// Messages between the page and a layout worker (worker.ts; bench/measureNode.ts answers them in node worker
// threads). The layout is linear in the graph (layout.ts), so one worker takes a whole catalog.
import type { Direction, Positions } from './geometry';
import { layoutCatalog, type LayoutInput } from './layout';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
  direction: Direction;
}

export type LayoutResponse = { id: number; positions: Positions } | { id: number; error: string };

/** A worker's answer to one request; errors come back as `{ error }` rather than crashing the worker. */
export function answerLayoutRequest(request: LayoutRequest): LayoutResponse {
  try {
    return { id: request.id, positions: layoutCatalog(request.input, request.direction) };
  } catch (err) {
    return { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
}
