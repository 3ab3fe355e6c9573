// Plan tab: the learning plan to the profile's goal (PlanPanel), wired to the store. The path is highlighted on the graph.
import { lazy, Suspense } from 'react';
import { useToday } from './useToday';
import { activeProfile, activeStatuses } from '../store/progressSlice';
import { selectPlan } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { PlanExportButtons } from './PlanExportButtons';
import { PlanPanel } from './PlanPanel';

const BurnUpChart = lazy(() => import('./BurnUpChart').then((m) => ({ default: m.BurnUpChart })));

export function PlanView() {
  const store = usePlannerStore();
  const plan = usePlanner(selectPlan);
  const readOnly = usePlanner((s) => s.mode === 'read-only');
  const today = useToday();
  const pace = usePlanner((s) => activeProfile(s).pace);
  const statuses = usePlanner(activeStatuses);
  const selectedKey = usePlanner((s) => s.selectedKey);
  const byKey = usePlanner((s) => s.index.byKey);
  const goalText = !plan
    ? ''
    : plan.goal.type === 'role'
      ? plan.goal.role
      : plan.goal.keys.map((key) => byKey.get(key)?.id ?? key).join(', ');
  return (
    <section data-panel="plan" aria-label="Learning plan">
      <h2>Learning plan</h2>
      {!plan && (
        <p className="muted">
          Choose a goal in the toolbar (a role), or add nodes with “Add to goal” in their details.
        </p>
      )}
      {plan && pace && (
        <Suspense fallback={null}>
          <BurnUpChart goalText={goalText} />
        </Suspense>
      )}
      {plan && plan.items.length > 0 && <PlanExportButtons hasDates={plan.finish !== null} />}
      <PlanPanel
        plan={plan}
        pace={pace}
        statuses={statuses}
        selectedKey={selectedKey}
        onSelect={(key) => store.getState().focusNode(key)}
        onPaceChange={(p) => store.getState().setPace(p)}
        defaultStartDate={today}
        readOnly={readOnly}
      />
    </section>
  );
}
