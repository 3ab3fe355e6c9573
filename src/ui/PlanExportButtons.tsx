// "Export plan → Calendar (.ics) / CSV": the active learner's plan as a file, with progress and Cancel for long plans.
// The exporter (and the `ics` generator) load on demand, on the first click.
import { useRef, useState } from 'react';
import { localIsoDate } from '../domain/dates';
import { shareUrl } from '../share/location';
import { useSession } from '../session/sessionStore';
import { selectExportData } from '../store/exportData';
import { usePlannerStore } from '../store/react';

type Format = 'ics' | 'csv';

/** `hasDates`: the plan has a pace (a calendar needs dates; the CSV does not). */
export function PlanExportButtons({ hasDates }: { hasDates: boolean }) {
  const store = usePlannerStore();
  const catalogUrl = useSession((s) => s.catalogUrl);
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run(format: Format) {
    abort.current?.abort();
    const ctrl = new AbortController();
    abort.current = ctrl;
    setProgress(0);
    const notify = store.getState().notify;
    try {
      const [{ planFile }, { downloadBlob }] = await Promise.all([
        import('../export/planFiles'),
        import('../export/download'),
      ]);
      const result = await planFile({
        data: selectExportData(store.getState()),
        format,
        plannerUrl: shareUrl(window.location.href, null, catalogUrl),
        date: localIsoDate(new Date()),
        now: Date.now(),
        signal: ctrl.signal,
        onProgress: setProgress,
      });
      if (!result.ok) return notify('error', result.error);
      downloadBlob(result.blob, result.fileName);
      notify(
        'info',
        `Saved ${result.fileName}: ${result.items} plan item${result.items === 1 ? '' : 's'}${format === 'ics' ? ' as all-day events' : ''}.`,
      );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') notify('info', 'Export cancelled.');
      else notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (abort.current === ctrl) {
        abort.current = null;
        setProgress(null);
      }
    }
  }

  return (
    <div className="plan-export" role="group" aria-label="Export plan">
      <span className="plan-export__label">Export plan</span>
      <button
        type="button"
        className="btn"
        data-action="export-plan-ics"
        disabled={!hasDates || progress !== null}
        title={
          hasDates
            ? 'One all-day event per plan item, at your pace; re-importing updates the events'
            : 'Set a pace (hours per week and a start date) to give the plan dates'
        }
        onClick={() => void run('ics')}
      >
        Calendar (.ics)
      </button>
      <button
        type="button"
        className="btn"
        data-action="export-plan-csv"
        disabled={progress !== null}
        title="id, title, hours, cumulative hours, start, finish, status"
        onClick={() => void run('csv')}
      >
        CSV
      </button>
      {progress !== null && (
        <span className="plan-export__progress" role="status" data-plan-export-progress="">
          <progress max={1} value={progress} aria-label="Plan export progress" />
          <button
            type="button"
            className="btn btn--quiet"
            data-action="export-plan-cancel"
            onClick={() => abort.current?.abort()}
          >
            Cancel
          </button>
        </span>
      )}
    </div>
  );
}
