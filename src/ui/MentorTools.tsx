// Share-and-mentor controls in one toolbar group: learner profiles, share link, image export, walkthrough,
// plus the print-only plan sheet (print.css shows it and hides the controls).
import { createPortal } from 'react-dom';
import { selectPlan, selectProgress } from '../store/derived';
import { activeProfile } from '../store/progressSlice';
import { usePlanner } from '../store/react';
import { ExportMenu } from './ExportMenu';
import { ProfileSwitcher } from './ProfileSwitcher';
import { ShareMenu } from './ShareMenu';
import { WalkthroughButton } from './Walkthrough';
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
  return (
    <div className="toolbar__group mentor" role="group" aria-label="Share and mentor">
      <ProfileSwitcher />
      <ShareMenu />
      <ExportMenu />
      <WalkthroughButton />
      <button type="button" className="btn btn--quiet" data-action="print" onClick={() => window.print()} title="Print the plan and the graph (A4/Letter)">
        Print
      </button>
      {createPortal(<PrintSheet />, document.body)}
    </div>
  );
}
