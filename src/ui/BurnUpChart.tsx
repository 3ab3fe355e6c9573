// The burn-up chart in the plan panel (with PNG/SVG download) and on the print sheet. Loaded on demand: the chart's
// drawing code stays out of the first bundle. Shown as an image of export/burnUpChart.ts's SVG (no markup enters
// the page), so the picture on screen, in the download and on paper is the same.
import { useCallback, useMemo, useRef, useState } from 'react';
import { localIsoDate } from '../domain/dates';
import { burnUpPicture } from '../export/burnUpChart';
import { aheadBehindText, svgDataUrl } from '../export/burnUpLines';
import { slug } from '../domain/text';
import { activeProfile } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';
import { useBurnUp } from './BurnUp';

/** Downloads and print are laid out 640 px wide; the panel draws the chart at its own width (text stays 12 px). */
const CHART_WIDTH = 640;
const MIN_WIDTH = 300;

/** A ref callback and the element's content width in px, followed as it changes (null before it is measured). */
function useWidth(): [(el: HTMLElement | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.current.observe(el);
  }, []);
  return [ref, width];
}

/** The chart in the plan panel, with downloads. Nothing without a pace (BU8). */
export function BurnUpChart({ goalText }: { goalText: string }) {
  const store = usePlannerStore();
  const b = useBurnUp();
  const name = usePlanner((s) => activeProfile(s).name);
  const [figure, shown] = useWidth();
  // The panel's picture at the panel's width (minus the image's 1 px border each side), never wider than a download.
  const width = shown === null ? CHART_WIDTH : Math.max(MIN_WIDTH, Math.min(CHART_WIDTH, shown - 2));
  const title = `${name} — ${goalText}`;
  // The caption under it says who, how far and when: the panel's picture is the plot and its legend alone.
  const pic = useMemo(() => (b ? burnUpPicture(b, { width, summary: false }) : null), [b, width]);

  async function download(format: 'png' | 'svg') {
    const notify = store.getState().notify;
    try {
      const { downloadBlob } = await import('../export/download');
      const fileName = `burnup-${slug(name)}-${localIsoDate(new Date())}.${format}`;
      const file = burnUpPicture(b!, { width: CHART_WIDTH, title });
      const blob =
        format === 'svg'
          ? new Blob([file.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await (await import('../export/svgPng')).svgToPng(file.svg, file.width, file.height);
      downloadBlob(blob, fileName);
      notify('info', `Saved ${fileName}.`);
    } catch (error) {
      notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (!b || !pic) return null;
  const summary = `${b.doneHours} of ${b.totalHours} hours done, ${aheadBehindText(b)}${
    b.projectedFinish ? `, projected finish ${b.projectedFinish}` : ''
  }${b.plannedFinish ? ` (planned ${b.plannedFinish})` : ''}.`;
  return (
    <figure className="burnup" data-burnup="" ref={figure}>
      <img
        className="burnup__chart"
        src={svgDataUrl(pic.svg)}
        width={pic.width}
        height={pic.height}
        alt={`Burn-up chart: ${summary}`}
      />
      <figcaption className="burnup__caption">
        <span data-burnup-summary="">{summary}</span>
        <span className="burnup__actions">
          <button
            type="button"
            className="btn btn--quiet"
            data-action="export-burnup-png"
            onClick={() => void download('png')}
          >
            PNG
          </button>
          <button
            type="button"
            className="btn btn--quiet"
            data-action="export-burnup-svg"
            onClick={() => void download('svg')}
          >
            SVG
          </button>
        </span>
      </figcaption>
    </figure>
  );
}

/** The chart for the print sheet (printed with the plan). */
export function BurnUpPrint({ title }: { title: string }) {
  const b = useBurnUp();
  const pic = useMemo(() => (b ? burnUpPicture(b, { width: CHART_WIDTH, title }) : null), [b, title]);
  if (!pic) return null;
  return (
    <img
      className="print-sheet__burnup"
      src={svgDataUrl(pic.svg)}
      width={pic.width}
      height={pic.height}
      alt="Burn-up chart"
    />
  );
}
