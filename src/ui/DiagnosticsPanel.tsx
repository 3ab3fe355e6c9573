// Problems found in the documents, with counts and links to the nodes they are about.
import { useMemo, useState } from 'react';
import type { Diagnostic, Severity } from '../domain/types';
import { usePlanner, usePlannerStore } from '../store/react';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Rendering thousands of rows helps nobody; the counts stay exact. */
const LIST_LIMIT = 400;

export function DiagnosticsPanel() {
  const store = usePlannerStore();
  const diagnostics = usePlanner((s) => s.catalog.diagnostics);
  const keysById = usePlanner((s) => s.index.keysById);
  const byKey = usePlanner((s) => s.index.byKey);
  const [severity, setSeverity] = useState<Severity | null>(null);

  const counts = useMemo(() => {
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const byCode = new Map<string, number>();
    for (const d of diagnostics) {
      bySeverity[d.severity] = (bySeverity[d.severity] ?? 0) + 1;
      byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    }
    return { bySeverity, byCode: [...byCode].sort((a, b) => b[1] - a[1]) };
  }, [diagnostics]);
  const shown = useMemo(
    () => diagnostics.filter((d) => !severity || d.severity === severity),
    [diagnostics, severity],
  );

  const nodeKeyOf = (d: Diagnostic): string | null => {
    if (!d.nodeId) return null;
    if (byKey.has(d.nodeId)) return d.nodeId;
    return keysById.get(d.nodeId)?.[0] ?? null;
  };

  return (
    <section className="diagnostics" data-panel="diagnostics" aria-label="Diagnostics">
      <h2>Diagnostics</h2>
      {diagnostics.length === 0 ? (
        <p className="muted">No problems found in the documents.</p>
      ) : (
        <>
          <div className="diagnostics__counts" role="group" aria-label="Filter by severity">
            <button
              type="button"
              className={`chip${severity === null ? ' chip--on' : ''}`}
              aria-pressed={severity === null}
              onClick={() => setSeverity(null)}
            >
              All <strong>{diagnostics.length}</strong>
            </button>
            {SEVERITIES.map((sev) => (
              <button
                key={sev}
                type="button"
                className={`chip chip--${sev}${severity === sev ? ' chip--on' : ''}`}
                aria-pressed={severity === sev}
                data-count={sev}
                onClick={() => setSeverity(severity === sev ? null : sev)}
              >
                {sev} <strong>{counts.bySeverity[sev]}</strong>
              </button>
            ))}
          </div>
          <p className="muted diagnostics__codes">
            {counts.byCode.map(([code, n]) => `${code} ${n}`).join(' · ')}
          </p>
          <ul className="diag-list">
            {shown.slice(0, LIST_LIMIT).map((d, i) => {
              const key = nodeKeyOf(d);
              return (
                <li key={i} className={`diag diag--${d.severity}`}>
                  <div>
                    <span className="diag__sev">{d.severity}</span> {d.message}
                  </div>
                  <div className="diag__where">
                    {key && (
                      <button
                        type="button"
                        className="link mono"
                        onClick={() => store.getState().focusNode(key)}
                      >
                        {d.nodeId}
                      </button>
                    )}
                    {d.file && (
                      <span className="muted mono">
                        {d.file}
                        {d.line ? `:${d.line}` : ''}
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {shown.length > LIST_LIMIT && <p className="muted">…and {shown.length - LIST_LIMIT} more.</p>}
        </>
      )}
    </section>
  );
}
