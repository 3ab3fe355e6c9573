// The toolbar's "Share" menu: a picture of the learner's path (PNG/SVG, whole graph or current view), a read-only
// link, and printing; plus the print-only plan sheet (print.css shows it and hides the controls).
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { selectPlan, selectProgress } from '../store/derived';
import { activeProfile } from '../store/progressSlice';
import { usePlanner } from '../store/react';
import { usePopover } from './usePopover';
import './mentor.css';
import './print.css';

const loadSharePanel = () => import('./SharePanel');
const SharePanel = lazy(loadSharePanel);

function PrintSheet() {
  const plan = usePlanner(selectPlan);
  const profile = usePlanner(activeProfile);
  const p = usePlanner(selectProgress);
  const byKey = usePlanner((s) => s.index.byKey);
  return (
    <section className="print-sheet" aria-hidden="true" data-print-sheet>
      <h1>Learning path: {profile.name}</h1>
      <p>
        Goal:{' '}
        {profile.goal
          ? profile.goal.type === 'role'
            ? profile.goal.role
            : profile.goal.keys.map((k) => byKey.get(k)?.id ?? k).join(', ')
          : 'none chosen'}{' '}
        · {p.done} of {p.total} done · {new Date().toLocaleDateString()}
      </p>
      {plan && plan.items.length > 0 ? (
        <ol className="print-sheet__plan">
          {plan.items.map((i) => (
            <li key={i.key}>
              <span className="mono">{i.id}</span> {i.title !== i.id ? i.title : ''} —{' '}
              {i.hoursKnown ? `${i.hours} h` : 'hours not stated'}
              {i.finish ? `, by ${i.finish}` : ''}
              {profile.notes[i.key] ? (
                <div className="print-sheet__note">Note: {profile.notes[i.key]}</div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>No learning plan: choose a goal to print one.</p>
      )}
    </section>
  );
}

export function MentorTools() {
  const { open, toggle, root, trigger } = usePopover();
  // Mounted from the first opening on, and kept while closed so an export keeps its progress (and Cancel).
  const [wanted, setWanted] = useState(false);
  const preload = () => void loadSharePanel();
  return (
    <div className="sharemenu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className={`btn${open ? ' btn--on' : ''}`}
        data-action="share-menu"
        aria-expanded={open}
        aria-controls="share-menu-panel"
        title="Download a picture of this learner’s path, copy a link to it, or print it"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          toggle();
        }}
      >
        Share or export <span aria-hidden="true">▾</span>
      </button>
      <div
        id="share-menu-panel"
        className="popover popover--right sharemenu__panel"
        role="group"
        aria-label="Share or export"
        hidden={!open}
      >
        {wanted && (
          <Suspense fallback={<p className="muted sharemenu__section">Loading…</p>}>
            <SharePanel />
          </Suspense>
        )}
      </div>
      {createPortal(<PrintSheet />, document.body)}
    </div>
  );
}
