// Web Worker: paints the whole-graph PNG on an OffscreenCanvas and encodes it, so neither the drawing of 2,000 cards
// nor the PNG encoding runs on the page's main thread. Cancelling = the page terminates this worker.
import { paintScene, paintSheetFrame, sceneSteps } from './paintScene';
import type { PngJob, PngJobMessage } from './pngJob';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PngJob>) => void) | null;
  postMessage(message: PngJobMessage): void;
};

const SLICE = 200;

scope.onmessage = async (event) => {
  const job = event.data;
  try {
    const canvas = new OffscreenCanvas(job.pixelWidth, job.pixelHeight);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas in workers).');
    paintSheetFrame(ctx, job);
    job.header.close();
    job.footer.close();
    const total = sceneSteps(job.scene);
    for (let i = 0; i < total; i += SLICE) {
      paintScene(ctx, job.scene, i, Math.min(total, i + SLICE));
      scope.postMessage({ type: 'progress', done: Math.min(total, i + SLICE), total });
    }
    scope.postMessage({ type: 'encoding' });
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    scope.postMessage({ type: 'done', blob });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
