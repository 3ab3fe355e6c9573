// The right-hand panel: node details, plan, gaps, diagnostics or legend. Esc closes it.
import { usePlanner, usePlannerStore } from '../store/react';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { GapsView } from './GapsView';
import { Legend } from './Legend';
import { NodeDetails } from './NodeDetails';
import { PlanView } from './PlanView';

export function SidePanel() {
  const store = usePlannerStore();
  const panel = usePlanner((s) => s.panel);
  const selectedKey = usePlanner((s) => s.selectedKey);
  if (!panel) return null;
  return (
    <aside className="side" aria-label="Side panel" data-side-panel={panel}>
      <button
        type="button"
        className="side__close btn btn--quiet"
        aria-label="Close panel (Esc)"
        onClick={() => store.getState().openPanel(null)}
      >
        ✕
      </button>
      <div className="side__content">
        {panel === 'details' &&
          (selectedKey ? (
            <NodeDetails key={selectedKey} nodeKey={selectedKey} />
          ) : (
            <p className="muted">Click a node to see its details.</p>
          ))}
        {panel === 'plan' && <PlanView />}
        {panel === 'gaps' && <GapsView />}
        {panel === 'diagnostics' && <DiagnosticsPanel />}
        {panel === 'legend' && <Legend />}
      </div>
    </aside>
  );
}
