// Web Worker entry: lays out off the main thread so the page never blocks on a big catalog. One worker
// takes a whole catalog (request.ts).
import { answerLayoutRequest, type LayoutRequest, type LayoutResponse } from './request';

export type { LayoutRequest, LayoutResponse } from './request';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (event) => scope.postMessage(answerLayoutRequest(event.data));
