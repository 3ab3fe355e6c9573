// Export the graph as PNG or SVG with a header and legend. The whole graph is drawn from data (every node, even
// when the canvas only renders visible ones); the current view is captured from the live React Flow DOM with
// html-to-image, loaded on demand so it stays out of the first bundle. Cancellable between steps.
// The whole-graph PNG is painted in a worker (pngJob.ts); when the full layout is too big to read, it is the compact
// overview of scene.ts and the header and the result say so.
import { graphSvg } from './graphSvg';
import { graphInput, pathPictureInput, sheetHeader, sheetLegend, sheetNotes, type ExportData } from './model';
import { pathPictureFileName, pathPictures } from './pathPicture';
import { scenePng } from './pngJob';
import { fitRatio, pngScene, PIXEL_RATIO, type Scene } from './scene';
import { composeSheet, exportFileName, sheetBands, type SheetGraph } from './sheet';

export { downloadBlob } from './download';

export type ExportFormat = 'png' | 'svg';
export type ExportScope = 'whole' | 'view';

export interface ExportRequest {
  /** The planner's data (store/exportData.ts builds it from the state). */
  data: ExportData;
  format: ExportFormat;
  scope: ExportScope;
  catalogUrl: string | null;
  /** Local date `YYYY-MM-DD`. */
  date: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number, label: string) => void;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  pixelRatio: number;
  /** What the picture shows, in words for the user (the header of the image says the same). */
  contents: string;
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

function check(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

async function viewGraph(
  format: ExportFormat,
  signal?: AbortSignal,
  onProgress?: ExportRequest['onProgress'],
): Promise<SheetGraph> {
  const el = document.querySelector<HTMLElement>('.react-flow');
  if (!el) throw new Error('The graph is not on screen.');
  onProgress?.(0.15, 'Loading the image exporter…');
  const { toPng, toSvg } = await import('html-to-image');
  check(signal);
  onProgress?.(0.3, 'Capturing the current view…');
  const width = el.clientWidth;
  const height = el.clientHeight;
  const filter = (node: HTMLElement) =>
    !(
      node.classList?.contains('react-flow__minimap') ||
      node.classList?.contains('react-flow__controls') ||
      node.classList?.contains('react-flow__panel')
    );
  const bg = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const options = { filter, backgroundColor: bg, width, height, skipFonts: true };
  if (format === 'png')
    return { width, height, href: await toPng(el, { ...options, pixelRatio: PIXEL_RATIO }) };
  const url = await toSvg(el, options);
  const markup = decodeURIComponent(url.slice(url.indexOf(',') + 1));
  return { width, height, markup };
}

async function rasterize(
  svg: string,
  width: number,
  height: number,
  signal?: AbortSignal,
): Promise<{ blob: Blob; ratio: number }> {
  const ratio = fitRatio(width, height);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  check(signal);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(width * ratio));
  canvas.height = Math.max(1, Math.floor(height * ratio));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas).');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  await tick();
  check(signal);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('The image is too large for this browser to encode.');
  return { blob, ratio };
}

function describeScene(scene: Scene): string {
  const n = scene.nodes.length.toLocaleString('en');
  return scene.mode === 'full'
    ? `whole graph (${n} nodes)`
    : `compact overview of all ${n} nodes in order of prerequisite depth, column by column, links left out (too big to draw full-size readably; the SVG has the full graph)`;
}

async function wholePng(req: ExportRequest): Promise<ExportResult> {
  const { data, signal, onProgress } = req;
  const input = graphInput(data);
  await tick();
  check(signal);
  const scene = pngScene(input);
  await tick();
  check(signal);
  const contents = describeScene(scene);
  const header = {
    ...sheetHeader(data, { catalogUrl: req.catalogUrl, date: req.date, scope: 'whole' }),
    contents,
  };
  const bands = sheetBands(header, scene, sheetLegend(data), sheetNotes(data));
  const ratio = fitRatio(bands.width, bands.height);
  onProgress?.(0.1, `Drawing ${scene.nodes.length.toLocaleString('en')} nodes…`);
  const blob = await scenePng(scene, bands, ratio, {
    signal,
    onProgress: (fraction, phase) =>
      phase === 'painting'
        ? onProgress?.(0.1 + 0.7 * fraction, `Drawing ${scene.nodes.length.toLocaleString('en')} nodes…`)
        : onProgress?.(0.85, 'Encoding the PNG…'),
  });
  onProgress?.(1, 'Done');
  const fileName = exportFileName(header.learner, req.date, 'png', 'whole');
  return {
    blob,
    fileName,
    width: Math.floor(bands.width * ratio),
    height: Math.floor(bands.height * ratio),
    pixelRatio: ratio,
    contents,
  };
}

export async function exportImage(req: ExportRequest): Promise<ExportResult> {
  const { data, format, scope, signal, onProgress } = req;
  onProgress?.(0.05, 'Preparing…');
  if (scope === 'whole' && format === 'png') return wholePng(req);
  let graph: SheetGraph;
  let contents = 'current view';
  if (scope === 'view') {
    graph = await viewGraph(format, signal, onProgress);
  } else {
    const input = graphInput(data);
    const drawn = await graphSvg(input, {
      tick,
      signal,
      onProgress: (done, total) =>
        onProgress?.(
          0.05 + 0.6 * (done / Math.max(1, total)),
          `Drawing ${done} of ${total} nodes and links…`,
        ),
    });
    graph = { width: drawn.width, height: drawn.height, markup: drawn.svg };
    contents = `whole graph (${drawn.nodes.toLocaleString('en')} nodes)`;
  }
  check(signal);
  const header = sheetHeader(data, { catalogUrl: req.catalogUrl, date: req.date, scope });
  const sheet = composeSheet(header, graph, sheetLegend(data), sheetNotes(data));
  const fileName = exportFileName(header.learner, req.date, format, scope);
  if (format === 'svg') {
    onProgress?.(1, 'Done');
    return {
      blob: new Blob([sheet.svg], { type: 'image/svg+xml' }),
      fileName,
      width: sheet.width,
      height: sheet.height,
      pixelRatio: 1,
      contents,
    };
  }
  onProgress?.(0.75, 'Encoding the PNG…');
  const { blob, ratio } = await rasterize(sheet.svg, sheet.width, sheet.height, signal);
  onProgress?.(1, 'Done');
  return {
    blob,
    fileName,
    width: Math.floor(sheet.width * ratio),
    height: Math.floor(sheet.height * ratio),
    pixelRatio: ratio,
    contents,
  };
}

/**
 * PT3: the path picture(s) of the active learner's goal: 1920 × 1080 SVG, or PNG drawn from it on a canvas at 2×
 * (3840 × 2160). One result per part (a path longer than one picture continues on the next). Throws when no goal.
 */
export async function exportPathPicture(req: {
  data: ExportData;
  format: ExportFormat;
  date: string;
  signal?: AbortSignal;
}): Promise<ExportResult[]> {
  const input = pathPictureInput(req.data, req.date);
  if (!input) throw new Error('Choose a goal first: the path picture shows the path to it.');
  const results: ExportResult[] = [];
  for (const pic of pathPictures(input)) {
    check(req.signal);
    const fileName = pathPictureFileName(input.learner, req.date, req.format, pic.part, pic.parts);
    const contents = `path to ${input.goal}, ${pic.keys.length} step${pic.keys.length === 1 ? '' : 's'}${
      pic.parts > 1 ? ` (part ${pic.part} of ${pic.parts})` : ''
    }`;
    if (req.format === 'svg') {
      results.push({
        blob: new Blob([pic.svg], { type: 'image/svg+xml' }),
        fileName,
        width: pic.width,
        height: pic.height,
        pixelRatio: 1,
        contents,
      });
      continue;
    }
    const { blob, ratio } = await rasterize(pic.svg, pic.width, pic.height, req.signal);
    results.push({
      blob,
      fileName,
      width: Math.floor(pic.width * ratio),
      height: Math.floor(pic.height * ratio),
      pixelRatio: ratio,
      contents,
    });
  }
  return results;
}
