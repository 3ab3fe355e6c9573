// Web Worker entry: lays out off the main thread so the page never blocks on a big catalog.
// The piece cache lives in this worker, so repeated layouts of similar catalogs stay cheap.
import type { Direction, Positions } from './geometry';
import { layoutCatalog, type LayoutInput } from './layout';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
  direction: Direction;
}

export type LayoutResponse = { id: number; positions: Positions } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (event) => {
  const { id, input, direction } = event.data;
  try {
    scope.postMessage({ id, positions: layoutCatalog(input, direction) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
