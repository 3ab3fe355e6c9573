// "Path picture (PNG/SVG)" in the Share or export menu: the learner's path alone on a 16:9 slide (PT3), drawn from
// data by src/export/pathPicture.ts. Loaded on demand with the rest of the exporter.
import { useState } from 'react';
import { localIsoDate } from '../domain/dates';
import { selectPath } from '../store/derived';
import { selectExportData } from '../store/exportData';
import { usePlanner, usePlannerStore } from '../store/react';

export function PathPictureExport() {
  const store = usePlannerStore();
  const steps = usePlanner((s) => selectPath(s)?.keys.length ?? null);
  const [busy, setBusy] = useState(false);

  async function run(format: 'png' | 'svg') {
    setBusy(true);
    try {
      const { exportPathPicture, downloadBlob } = await import('../export/exportImage');
      const results = await exportPathPicture({
        data: selectExportData(store.getState()),
        format,
        date: localIsoDate(new Date()),
      });
      for (const r of results) downloadBlob(r.blob, r.fileName);
      const size = (r: (typeof results)[number]) =>
        format === 'png' ? ` (${r.width} × ${r.height} px)` : ` (${r.width} × ${r.height})`;
      store
        .getState()
        .notify(
          'info',
          results.length === 1
            ? `Saved ${results[0]!.fileName}: ${results[0]!.contents}${size(results[0]!)}.`
            : `Saved ${results.length} pictures (the path continues from one to the next): ${results.map((r) => r.fileName).join(', ')}.`,
        );
    } catch (error) {
      store
        .getState()
        .notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const disabled = busy || steps === null;
  return (
    <div className="mentor__item toolbar__group" role="group" aria-label="Path picture">
      <button
        type="button"
        className="btn"
        data-action="export-path-png"
        disabled={disabled}
        onClick={() => void run('png')}
        title="A 16:9 slide (3840 × 2160 PNG) of the path alone: header, steps in order, legend"
      >
        Path picture (PNG)
      </button>
      <button
        type="button"
        className="btn"
        data-action="export-path-svg"
        disabled={disabled}
        onClick={() => void run('svg')}
        title="A 16:9 slide (1920 × 1080 SVG) of the path alone: header, steps in order, legend"
      >
        Path picture (SVG)
      </button>
      {steps === null && <span className="muted">Choose a goal to picture the path to it.</span>}
    </div>
  );
}
