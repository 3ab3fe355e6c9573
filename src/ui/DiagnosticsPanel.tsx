// Problems found in the documents, with counts and links to the nodes they are about.
import { useMemo, useState } from 'react';
import { asideList } from '../domain/followProgress';
import { splitSkippedFiles } from '../domain/skippedFiles';
import type { AsideEntry, Diagnostic, Severity } from '../domain/types';
import { STATUS_LABEL } from './FindControls';
import { usePlanner, usePlannerStore } from '../store/react';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Rendering thousands of rows helps nobody; the counts stay exact. */
const LIST_LIMIT = 400;

/** I3: progress kept aside because its node is not in this catalog; it comes back by itself with the node. */
function AsideProgressList() {
  const aside = usePlanner((s) => s.aside);
  const activeId = usePlanner((s) => s.profiles.activeId);
  const entries = asideList(aside);
  if (entries.length === 0) return null;
  const what = (e: AsideEntry) => {
    const mine = e.profiles[activeId];
    const parts: string[] = [];
    if (mine?.status) parts.push(STATUS_LABEL[mine.status].toLowerCase());
    if (mine?.note) parts.push('a note');
    if (mine?.history?.length) parts.push('dates');
    if (mine?.goal) parts.push('in the goal');
    if (Object.keys(e.positions).length) parts.push('a position');
    const others = Object.keys(e.profiles).filter((id) => id !== activeId).length;
    if (others) parts.push(`progress of ${others} other learner${others === 1 ? '' : 's'}`);
    return parts.join(', ');
  };
  return (
    <section className="diagnostics__aside" data-aside-progress aria-label="Progress not in this catalog">
      <h3>Progress not in this catalog</h3>
      <p className="muted">
        Kept for when these nodes come back (re-import their documents): nothing is lost.
      </p>
      <ul className="diag-list">
        {entries.map(({ key, entry }) => (
          <li key={key} className="diag diag--info" data-aside-key={key}>
            <div>
              <span className="mono">{entry.identity.id}</span>{' '}
              {entry.identity.title && entry.identity.title !== entry.identity.id ? entry.identity.title : ''}
              {entry.identity.roles[0] ? ` · ${entry.identity.roles[0]}` : ''}
            </div>
            <div className="diag__where muted">
              {what(entry) || 'no progress'}
              {entry.identity.sources[0] ? (
                <span className="mono"> · {entry.identity.sources[0]}</span>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** R44: one line with the count of skipped files; the list (file and reason) opens on demand. */
function SkippedFiles({ skipped }: { skipped: Diagnostic[] }) {
  // The list renders only while open: a repository import skips thousands of files.
  const [open, setOpen] = useState(false);
  const n = skipped.length;
  return (
    <details
      className="diag-skipped"
      data-diagnostics-skipped=""
      data-diagnostics-skipped-count={n}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <span className="diag__sev">info</span> {n} file{n === 1 ? '' : 's'} skipped: not curriculum document
        {n === 1 ? '' : 's'}
      </summary>
      {open && (
        <ul className="diag-skipped__list">
          {skipped.slice(0, LIST_LIMIT).map((d, i) => (
            <li key={i} data-skipped-file={d.file ?? ''}>
              <span className="mono">{d.file}</span> <span className="muted">{d.message}</span>
            </li>
          ))}
          {n > LIST_LIMIT && <li className="muted">…and {n - LIST_LIMIT} more.</li>}
        </ul>
      )}
    </details>
  );
}

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
  // R44: files that are not curriculum documents are one summary line, not a row each.
  const { skipped, rest } = useMemo(() => splitSkippedFiles(diagnostics), [diagnostics]);
  const shown = useMemo(() => rest.filter((d) => !severity || d.severity === severity), [rest, severity]);
  const showSkipped = skipped.length > 0 && (severity === null || severity === 'info');

  const nodeKeyOf = (d: Diagnostic): string | null => {
    if (!d.nodeId) return null;
    if (byKey.has(d.nodeId)) return d.nodeId;
    return keysById.get(d.nodeId)?.[0] ?? null;
  };

  return (
    <section className="diagnostics" data-panel="diagnostics" aria-label="Diagnostics">
      <h2>Diagnostics</h2>
      <AsideProgressList />
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
          {showSkipped && <SkippedFiles skipped={skipped} />}
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
