// Plan tab: goal, pace and the learning plan; the plan's path is highlighted on the graph.
import { activeProfile } from '../store/progressSlice';
import { selectPlan } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { GoalPicker } from './GoalPicker';

function PaceFields() {
  const store = usePlannerStore();
  const pace = usePlanner((s) => activeProfile(s).pace);
  const setHours = (v: string) => {
    const h = Number(v);
    if (!v) store.getState().setPace(null);
    else if (Number.isFinite(h) && h > 0) store.getState().setPace({ hoursPerWeek: h, startDate: pace?.startDate ?? todayIso() });
  };
  const setStart = (v: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) store.getState().setPace({ hoursPerWeek: pace?.hoursPerWeek ?? 8, startDate: v });
  };
  return (
    <div className="pace">
      <label className="field">
        <span>Hours/week</span>
        <input className="input" type="number" min={1} max={80} step={1} data-action="pace-hours" value={pace?.hoursPerWeek ?? ''} placeholder="e.g. 8" onChange={(e) => setHours(e.target.value)} />
      </label>
      <label className="field">
        <span>Start</span>
        <input className="input" type="date" data-action="pace-start" value={pace?.startDate ?? ''} onChange={(e) => setStart(e.target.value)} />
      </label>
    </div>
  );
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function PlanView() {
  const store = usePlannerStore();
  const plan = usePlanner(selectPlan);
  return (
    <section data-panel="plan" aria-label="Learning plan">
      <h2>Learning plan</h2>
      <GoalPicker />
      <PaceFields />
      {!plan && <p className="muted">Choose a goal: a role, or nodes added with “Add to goal” in their details.</p>}
      {plan && (
        <>
          <p>
            <strong>{plan.items.length}</strong> step{plan.items.length === 1 ? '' : 's'}, <strong>{plan.totalHours}</strong> h
            {plan.finish && (
              <>
                {' '}
                · done by <strong>{plan.finish}</strong>
              </>
            )}
          </p>
          {plan.unknown.length > 0 && <p className="muted">Not in the catalog: {plan.unknown.join(', ')}</p>}
          {plan.cycles.length > 0 && <p className="muted">Prerequisite cycles: {plan.cycles.map((c) => c.join(' → ')).join('; ')}</p>}
          {plan.items.length === 0 && <p className="muted">Nothing left to do for this goal.</p>}
          <ol className="plan">
            {plan.items.map((i) => (
              <li key={i.key} data-plan-item={i.id} className={i.eligibleNow ? 'plan__item plan__item--now' : 'plan__item'}>
                <button type="button" className="link" onClick={() => store.getState().focusNode(i.key)}>
                  <span className="mono">{i.id}</span> {i.title !== i.id ? i.title : ''}
                </button>
                <span className="muted plan__hours">
                  {i.hoursKnown ? `${i.hours} h` : '? h'}
                  {i.finish ? ` · ${i.finish}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
