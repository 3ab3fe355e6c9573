// Plan tab: goal picker + the learning plan (PlanPanel is wired in when it lands).
import { selectPlan } from '../store/derived';
import { usePlanner } from '../store/react';
import { GoalPicker } from './GoalPicker';

export function PlanView() {
  const plan = usePlanner(selectPlan);
  return (
    <section data-panel="plan" aria-label="Learning plan">
      <h2>Learning plan</h2>
      <GoalPicker />
      {!plan && <p className="muted">Choose a goal: a role, or nodes added from their details.</p>}
      {plan && (
        <ol>
          {plan.items.map((i) => (
            <li key={i.key} data-plan-item={i.id}>
              {i.id} {i.title} ({i.hours} h)
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
