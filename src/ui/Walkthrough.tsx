// Walkthrough for 1:1s: steps through the learning plan node by node (← → Esc), zooming to each, in large type:
// why it is next (prerequisites done / remaining), the gaps it closes, and the learner's notes. Full-screen toggle.
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { competencyGaps } from '../domain/gaps';
import { eligibilityOf } from '../domain/progress';
import { selectPlan } from '../store/derived';
import { activeProfile, activeStatuses } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';
import { NotesEditor } from './NotesEditor';

function WalkthroughPanel({ onClose }: { onClose: () => void }) {
  const store = usePlannerStore();
  const plan = usePlanner(selectPlan);
  const goal = usePlanner((s) => activeProfile(s).goal);
  const learner = usePlanner((s) => activeProfile(s).name);
  const statuses = usePlanner(activeStatuses);
  const index = usePlanner((s) => s.index);
  const [step, setStep] = useState(0);
  const items = useMemo(() => plan?.items ?? [], [plan]);
  const item = items[Math.min(step, Math.max(0, items.length - 1))];
  const report = useMemo(
    () => (goal?.type === 'role' ? competencyGaps(index, statuses, goal.role) : null),
    [goal, index, statuses],
  );

  useEffect(() => {
    if (item) store.getState().focusNode(item.key);
  }, [item, store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT')) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'Escape') {
        // Capture phase: arrows here step the walkthrough instead of moving between graph nodes.
        e.preventDefault();
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
        else setStep((i) => Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowRight' ? 1 : -1))));
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [items.length, onClose]);

  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  let body;
  if (!goal) {
    body = (
      <p className="walk__empty">
        Pick a goal first (a role in the toolbar, or “Add to goal” on nodes): the walkthrough follows the plan
        to it.
      </p>
    );
  } else if (!item) {
    body = (
      <p className="walk__empty">
        Nothing left on the plan: {learner} has completed everything the goal needs.
      </p>
    );
  } else {
    const node = index.byKey.get(item.key);
    const prereqs = index.prerequisitesOf.get(item.key) ?? [];
    const remaining = eligibilityOf(index, statuses, item.key).blockedBy;
    const done = prereqs.filter((k) => !remaining.includes(k));
    const idOf = (k: string) => index.byKey.get(k)?.id ?? k;
    const closes = report ? report.gaps.filter((g) => g.closedByKeys.includes(item.key)) : [];
    const status = statuses[item.key] ?? 'not-started';
    body = (
      <div className="walk__step" data-walkthrough-step={node?.id ?? item.id} data-step-index={step}>
        <p className="walk__count">
          Step {step + 1} of {items.length} · {item.hours ? `${item.hours} h` : 'hours not stated'}
          {item.finish ? ` · finishes ${item.finish}` : ''}
        </p>
        <h2 className="walk__title">
          <span className="mono">{item.id}</span> {node && node.title !== node.id ? node.title : ''}
        </h2>
        <div className="walk__cols">
          <section>
            <h3>Why now</h3>
            {status === 'completed' || status === 'skipped' ? (
              <p>{status === 'completed' ? 'Already completed.' : 'Skipped: already known.'}</p>
            ) : remaining.length === 0 ? (
              <p className="walk__ready">
                Ready to start
                {prereqs.length
                  ? `: every prerequisite is done (${done.map(idOf).join(', ')})`
                  : ': it has no prerequisites'}
                .
              </p>
            ) : (
              <p>
                Comes after {remaining.map(idOf).join(', ')} (still to do
                {done.length ? `; done: ${done.map(idOf).join(', ')}` : ''}).
              </p>
            )}
          </section>
          <section>
            <h3>Gaps it closes</h3>
            {closes.length > 0 ? (
              <ul>
                {closes.map((g) => (
                  <li key={g.key}>
                    {g.name ?? g.competency}: needs {g.required}, now {g.attained ?? 'none'}
                  </li>
                ))}
              </ul>
            ) : node && node.competencies.length > 0 ? (
              <ul>
                {node.competencies.map((c, i) => (
                  <li key={i}>
                    {c.name}
                    {c.level ? ` (${c.level})` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No competency gap of the goal role closes here.</p>
            )}
          </section>
          <NotesEditor key={item.key} nodeKey={item.key} large />
        </div>
      </div>
    );
  }

  return (
    <div className="walk" role="dialog" aria-label={`Walkthrough with ${learner}`} data-panel="walkthrough">
      <div className="walk__bar">
        <strong>Walkthrough · {learner}</strong>
        <span className="muted walk__keys">← → to step, Esc to close</span>
        <span className="toolbar__spacer" />
        <button
          type="button"
          className="btn"
          data-action="walkthrough-prev"
          disabled={step === 0}
          onClick={() => setStep((i) => Math.max(0, i - 1))}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="btn"
          data-action="walkthrough-next"
          disabled={step >= items.length - 1}
          onClick={() => setStep((i) => Math.min(items.length - 1, i + 1))}
        >
          Next →
        </button>
        <button
          type="button"
          className="btn btn--quiet"
          data-action="walkthrough-fullscreen"
          onClick={fullScreen}
        >
          Full screen
        </button>
        <button
          type="button"
          className="btn btn--quiet"
          data-action="walkthrough-close"
          onClick={onClose}
          aria-label="Close walkthrough (Esc)"
        >
          ✕
        </button>
      </div>
      {body}
    </div>
  );
}

export function WalkthroughButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-action="walkthrough"
        aria-pressed={open}
        onClick={() => setOpen(!open)}
        title="Step through the plan for a 1:1"
      >
        Walkthrough
      </button>
      {open && createPortal(<WalkthroughPanel onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
