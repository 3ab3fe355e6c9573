// "PNG" / "SVG" image export of the whole graph or the current view, with progress and cancel.
import { useRef, useState } from 'react';
import { localIsoDate } from '../domain/dates';
import { downloadBlob } from '../export/download';
import { useSession } from '../session/sessionStore';
import { selectExportData } from '../store/exportData';
import { usePlannerStore } from '../store/react';

type Scope = 'whole' | 'view';
const SCOPE_LABEL: Record<Scope, string> = { whole: 'whole graph', view: 'current view' };

type Store = ReturnType<typeof usePlannerStore>;

/** Resolves once the automatic layout in flight (if any) has finished, so every node has its place in the picture. */
function layoutSettled(store: Store, signal: AbortSignal): Promise<void> {
  if (!store.getState().layoutPending) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(new DOMException('The export was cancelled.', 'AbortError'));
    };
    const unsubscribe = store.subscribe((s) => {
      if (!s.layoutPending) {
        done();
        resolve();
      }
    });
    signal.addEventListener('abort', onAbort);
  });
}

export function ExportMenu() {
  const store = usePlannerStore();
  const catalogUrl = useSession((s) => s.catalogUrl);
  const [scope, setScope] = useState<Scope>('whole');
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run(format: 'png' | 'svg') {
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setProgress({ fraction: 0, label: 'Preparing…' });
    try {
      // Loaded on demand: the exporter (and html-to-image) stay out of the first bundle.
      const { exportImage } = await import('../export/exportImage');
      if (store.getState().layoutPending) setProgress({ fraction: 0, label: 'Waiting for the layout…' });
      await layoutSettled(store, ctrl.signal);
      const result = await exportImage({
        data: selectExportData(store.getState()),
        format,
        scope,
        catalogUrl,
        date: localIsoDate(new Date()),
        signal: ctrl.signal,
        onProgress: (fraction, label) => setProgress({ fraction, label }),
      });
      if (ctrl.signal.aborted) return;
      downloadBlob(result.blob, result.fileName);
      const size =
        format === 'png'
          ? `, ${result.width} × ${result.height} px at ${result.pixelRatio.toFixed(2).replace(/\.?0+$/, '')}×`
          : '';
      store.getState().notify('info', `Saved ${result.fileName}: ${result.contents}${size}.`);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        store.getState().notify('info', 'Export cancelled.');
      else
        store
          .getState()
          .notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (abort.current === ctrl) {
        abort.current = null;
        setProgress(null);
      }
    }
  }

  return (
    <div className="mentor__item toolbar__group" role="group" aria-label="Export image">
      <select
        aria-label="What to export"
        value={scope}
        onChange={(e) => setScope(e.target.value as Scope)}
        data-action="export-scope"
      >
        <option value="whole">Whole graph</option>
        <option value="view">Current view</option>
      </select>
      <button
        type="button"
        className="btn"
        data-action="export-png"
        disabled={!!progress}
        onClick={() => void run('png')}
        title="Download a PNG picture with header and legend"
      >
        Download PNG image ({SCOPE_LABEL[scope]})
      </button>
      <button
        type="button"
        className="btn"
        data-action="export-svg"
        disabled={!!progress}
        onClick={() => void run('svg')}
        title="Download an SVG picture with header and legend"
      >
        Download SVG image ({SCOPE_LABEL[scope]})
      </button>
      {progress && (
        <div className="export-progress" role="status" aria-live="polite" data-export-progress>
          <progress max={1} value={progress.fraction} aria-label="Export progress" />
          <span className="muted" data-export-label>
            Exporting… {Math.round(progress.fraction * 100)}% · {progress.label}
          </span>
          <button
            type="button"
            className="btn btn--quiet"
            data-action="export-cancel"
            onClick={() => abort.current?.abort()}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
