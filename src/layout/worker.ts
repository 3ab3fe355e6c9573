// Web Worker entry: lays out off the main thread so the page never blocks on a big catalog. One worker
// takes a whole small catalog; a big one is shared across a small pool (parallel.ts, client.ts).
// The piece cache lives in each worker, so repeated layouts of similar catalogs stay cheap.
import { answerLayoutRequest, type LayoutRequest, type LayoutResponse } from './parallel';

export type { LayoutRequest, LayoutResponse } from './parallel';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (event) => scope.postMessage(answerLayoutRequest(event.data));
