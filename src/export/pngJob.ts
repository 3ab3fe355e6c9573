// The whole-graph PNG: the sheet's header and legend are rasterised on the page (small SVG bands), the graph is
// painted from a Scene in a worker on an OffscreenCanvas (or, without one, on a page canvas in slices that yield).
import { paintScene, paintSheetFrame, sceneSteps } from './paintScene';
import type { Scene } from './scene';
import type { SheetBands } from './sheet';

export interface PngJob {
  scene: Scene;
  ratio: number;
  pixelWidth: number;
  pixelHeight: number;
  graphX: number;
  graphY: number;
  footerY: number;
  header: ImageBitmap;
  footer: ImageBitmap;
}

export type PngJobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'encoding' }
  | { type: 'done'; blob: Blob }
  | { type: 'error'; message: string };

export interface PngJobOptions {
  signal?: AbortSignal;
  /** fraction 0..1 of the painting; `encoding` once the pixels are drawn. */
  onProgress?: (fraction: number, phase: 'painting' | 'encoding') => void;
}

const abortError = () => new DOMException('Export cancelled', 'AbortError');
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** An SVG band drawn at `ratio` into a bitmap (vector drawn at the target size, so text stays sharp). */
async function bandBitmap(svg: string, width: number, height: number, ratio: number): Promise<ImageBitmap> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
  return createImageBitmap(canvas);
}

function workerAvailable(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    typeof OffscreenCanvas.prototype.convertToBlob === 'function'
  );
}

function inWorker(job: PngJob, options: PngJobOptions): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      options.signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<PngJobMessage>) => {
      const m = event.data;
      if (m.type === 'progress') options.onProgress?.(m.done / Math.max(1, m.total), 'painting');
      else if (m.type === 'encoding') options.onProgress?.(1, 'encoding');
      else if (m.type === 'done') {
        finish();
        resolve(m.blob);
      } else {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The export worker failed.'));
    };
    worker.postMessage(job, [job.header, job.footer]);
  });
}

/** Fallback without OffscreenCanvas in workers: the same painting on a page canvas, yielding between slices. */
async function onPage(job: PngJob, options: PngJobOptions): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = job.pixelWidth;
  canvas.height = job.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas).');
  paintSheetFrame(ctx, job);
  const total = sceneSteps(job.scene);
  for (let i = 0; i < total; i += 150) {
    paintScene(ctx, job.scene, i, Math.min(total, i + 150));
    options.onProgress?.(Math.min(total, i + 150) / Math.max(1, total), 'painting');
    await tick();
    if (options.signal?.aborted) throw abortError();
  }
  options.onProgress?.(1, 'encoding');
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('The image is too large for this browser to encode.');
  return blob;
}

/** Paints the scene inside the sheet's bands at `ratio` and encodes a PNG. */
export async function scenePng(
  scene: Scene,
  bands: SheetBands,
  ratio: number,
  options: PngJobOptions = {},
): Promise<Blob> {
  // One band per task, so the page keeps answering between them.
  const header = await bandBitmap(bands.header.svg, bands.width, bands.header.height, ratio);
  await tick();
  const footer = await bandBitmap(bands.footer.svg, bands.width, bands.footer.height, ratio);
  await tick();
  if (options.signal?.aborted) throw abortError();
  const job: PngJob = {
    scene,
    ratio,
    pixelWidth: Math.max(1, Math.floor(bands.width * ratio)),
    pixelHeight: Math.max(1, Math.floor(bands.height * ratio)),
    graphX: bands.graphX,
    graphY: bands.graphY,
    footerY: bands.footer.y,
    header,
    footer,
  };
  return workerAvailable() ? inWorker(job, options) : onPage(job, options);
}
