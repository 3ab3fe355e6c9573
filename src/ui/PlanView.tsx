// Plan tab: the learning plan to the profile's goal (PlanPanel), wired to the store. The path is highlighted on the graph.
import { localIsoDate } from '../domain/dates';
import { activeProfile, activeStatuses } from '../store/progressSlice';
import { selectPlan } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { PlanExportButtons } from './PlanExportButtons';
import { PlanPanel } from './PlanPanel';

/** Today in local time; the shell reads the clock so the domain never does. */
export function PlanView() {
  const store = usePlannerStore();
  const plan = usePlanner(selectPlan);
  const pace = usePlanner((s) => activeProfile(s).pace);
  const statuses = usePlanner(activeStatuses);
  const selectedKey = usePlanner((s) => s.selectedKey);
  return (
    <section data-panel="plan" aria-label="Learning plan">
      <h2>Learning plan</h2>
      {!plan && (
        <p className="muted">
          Choose a goal in the toolbar (a role), or add nodes with “Add to goal” in their details.
        </p>
      )}
      {plan && plan.items.length > 0 && <PlanExportButtons hasDates={plan.finish !== null} />}
      <PlanPanel
        plan={plan}
        pace={pace}
        statuses={statuses}
        selectedKey={selectedKey}
        onSelect={(key) => store.getState().focusNode(key)}
        onPaceChange={(p) => store.getState().setPace(p)}
        defaultStartDate={localIsoDate(new Date())}
      />
    </section>
  );
}
