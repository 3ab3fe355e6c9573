// Always-visible overall progress: done / total and hours done / total.
import { selectProgress } from '../store/derived';
import { usePlanner } from '../store/react';
import { BurnUpStatus } from './BurnUp';

function formatHours(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

export function ProgressSummary() {
  const p = usePlanner(selectProgress);
  const pct =
    p.hoursTotal > 0
      ? Math.round((p.hoursDone / p.hoursTotal) * 100)
      : p.total > 0
        ? Math.round((p.done / p.total) * 100)
        : 0;
  return (
    <>
      <div className="progress" data-panel="progress" aria-label="Overall progress" role="status">
        <div className="progress__numbers">
          <span>
            <strong data-progress="done">{p.done}</strong> / <span data-progress="total">{p.total}</span> done
          </span>
          <span className="progress__sep" aria-hidden="true">
            ·
          </span>
          <span>
            <strong data-progress="hours-done">{formatHours(p.hoursDone)}</strong> /{' '}
            <span data-progress="hours-total">{formatHours(p.hoursTotal)}</span> h
          </span>
          {p.skipped > 0 && (
            <>
              <span className="progress__sep" aria-hidden="true">
                ·
              </span>
              <span title={`${formatHours(p.hoursSkipped)} h already known: not counted as hours done`}>
                <strong data-progress="skipped">{p.skipped}</strong> skipped
              </span>
            </>
          )}
          {p.inProgress > 0 && (
            <>
              <span className="progress__sep" aria-hidden="true">
                ·
              </span>
              <span>{p.inProgress} in progress</span>
            </>
          )}
        </div>
        <div className="progress__bar" aria-hidden="true">
          <span style={{ width: `${pct}%` }} />
        </div>
      </div>
      <BurnUpStatus />
    </>
  );
}
