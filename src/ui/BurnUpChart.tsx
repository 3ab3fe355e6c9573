// The burn-up chart in the plan panel (with PNG/SVG download) and on the print sheet. Loaded on demand: the chart's
// drawing code stays out of the first bundle. Shown as an image of export/burnUpChart.ts's SVG (no markup enters
// the page), so the picture on screen, in the download and on paper is the same.
import { useMemo } from 'react';
import { localIsoDate } from '../domain/dates';
import { burnUpSvg } from '../export/burnUpChart';
import { aheadBehindText, svgDataUrl } from '../export/burnUpLines';
import { slug } from '../domain/text';
import { activeProfile } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';
import { useBurnUp } from './BurnUp';

const CHART = { width: 640, height: 300 };

/** The chart in the plan panel, with downloads. Nothing without a pace (BU8). */
export function BurnUpChart({ goalText }: { goalText: string }) {
  const store = usePlannerStore();
  const b = useBurnUp();
  const name = usePlanner((s) => activeProfile(s).name);
  const svg = useMemo(
    () => (b ? burnUpSvg(b, { ...CHART, title: `${name} — ${goalText}` }) : null),
    [b, name, goalText],
  );
  if (!b || !svg) return null;

  async function download(format: 'png' | 'svg') {
    const notify = store.getState().notify;
    try {
      const { downloadBlob } = await import('../export/download');
      const fileName = `burnup-${slug(name)}-${localIsoDate(new Date())}.${format}`;
      const blob =
        format === 'svg'
          ? new Blob([svg!], { type: 'image/svg+xml;charset=utf-8' })
          : await (await import('../export/svgPng')).svgToPng(svg!, CHART.width, CHART.height);
      downloadBlob(blob, fileName);
      notify('info', `Saved ${fileName}.`);
    } catch (error) {
      notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const summary = `${b.doneHours} of ${b.totalHours} hours done, ${aheadBehindText(b.behindDays)}${
    b.projectedFinish ? `, projected finish ${b.projectedFinish}` : ''
  }${b.plannedFinish ? ` (planned ${b.plannedFinish})` : ''}.`;
  return (
    <figure className="burnup" data-burnup="">
      <img
        className="burnup__chart"
        src={svgDataUrl(svg)}
        width={CHART.width}
        height={CHART.height}
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
  const src = useMemo(() => (b ? svgDataUrl(burnUpSvg(b, { ...CHART, title })) : null), [b, title]);
  if (!src) return null;
  return (
    <img
      className="print-sheet__burnup"
      src={src}
      width={CHART.width}
      height={CHART.height}
      alt="Burn-up chart"
    />
  );
}
