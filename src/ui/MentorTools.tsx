// The toolbar's "Share" menu: a picture of the learner's path (PNG/SVG, whole graph or current view), a read-only
// link, and printing; plus the print-only plan sheet (print.css shows it and hides the controls).
import { createPortal } from 'react-dom';
import { selectPlan, selectProgress } from '../store/derived';
import { activeProfile } from '../store/progressSlice';
import { usePlanner } from '../store/react';
import { ExportMenu } from './ExportMenu';
import { ShareLink } from './ShareMenu';
import { usePopover } from './usePopover';
import './mentor.css';
import './print.css';

function PrintSheet() {
  const plan = usePlanner(selectPlan);
  const profile = usePlanner(activeProfile);
  const p = usePlanner(selectProgress);
  const byKey = usePlanner((s) => s.index.byKey);
  return (
    <section className="print-sheet" aria-hidden="true" data-print-sheet>
      <h1>Learning path: {profile.name}</h1>
      <p>
        Goal: {profile.goal ? (profile.goal.type === 'role' ? profile.goal.role : profile.goal.keys.map((k) => byKey.get(k)?.id ?? k).join(', ')) : 'none chosen'} ·{' '}
        {p.done} of {p.total} done · {new Date().toLocaleDateString()}
      </p>
      {plan && plan.items.length > 0 ? (
        <ol className="print-sheet__plan">
          {plan.items.map((i) => (
            <li key={i.key}>
              <span className="mono">{i.id}</span> {i.title !== i.id ? i.title : ''} — {i.hoursKnown ? `${i.hours} h` : 'hours not stated'}
              {i.finish ? `, by ${i.finish}` : ''}
              {profile.notes[i.key] ? <div className="print-sheet__note">Note: {profile.notes[i.key]}</div> : null}
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
  const { open, toggle, root, trigger, onKeyDown } = usePopover();
  const learner = usePlanner((s) => activeProfile(s).name);
  return (
    <div className="sharemenu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={trigger}
        type="button"
        className={`btn${open ? ' btn--on' : ''}`}
        data-action="share-menu"
        aria-expanded={open}
        aria-controls="share-menu-panel"
        title="Download a picture of this learner’s path, copy a link to it, or print it"
        onClick={toggle}
      >
        Share or export <span aria-hidden="true">▾</span>
      </button>
      {/* Stays mounted while closed so an export keeps its progress (and Cancel) when the menu is reopened. */}
      <div id="share-menu-panel" className="popover popover--right sharemenu__panel" role="group" aria-label="Share or export" hidden={!open}>
        <section className="sharemenu__section">
          <h2 className="sharemenu__heading">Picture of {learner}’s path</h2>
          <p className="muted popover__note">An image with a header (learner, goal, date, progress) and the legend, for a chat or a slide.</p>
          <ExportMenu />
        </section>
        <section className="sharemenu__section">
          <h2 className="sharemenu__heading">Link</h2>
          <p className="muted popover__note">Opens this path read-only in any browser; nothing of the visitor’s is changed.</p>
          <ShareLink />
        </section>
        <section className="sharemenu__section">
          <h2 className="sharemenu__heading">Paper</h2>
          <button type="button" className="btn" data-action="print" onClick={() => window.print()}>
            Print the plan and the graph
          </button>
        </section>
      </div>
      {createPortal(<PrintSheet />, document.body)}
    </div>
  );
}
