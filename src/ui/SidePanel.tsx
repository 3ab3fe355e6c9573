// The right-hand panel (full screen on a phone): node details, plan, gaps, diagnostics or legend. Esc closes it.
// A landmark named for what it shows; opened from the keyboard it takes focus on its heading (panelFocus.ts).
import { useEffect, useRef } from 'react';
import { usePlanner, usePlannerStore } from '../store/react';
import type { SidePanel as PanelKind } from '../store/types';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { GapsView } from './GapsView';
import { Legend } from './Legend';
import { NodeDetails } from './NodeDetails';
import {
  focusPanelHeading,
  nodeFocusSelector,
  onPanelFocusRequest,
  restoreFocusAfterPanel,
  takePanelFocus,
} from './panelFocus';
import { PlanView } from './PlanView';

const PANEL_LABEL: Record<PanelKind, string> = {
  details: 'Node details',
  plan: 'Learning plan',
  gaps: 'Competency gaps',
  diagnostics: 'Diagnostics',
  legend: 'Legend',
};

export function SidePanel() {
  const store = usePlannerStore();
  const panel = usePlanner((s) => s.panel);
  const selectedKey = usePlanner((s) => s.selectedKey);
  const ref = useRef<HTMLElement>(null);
  const wasOpen = useRef(false);
  useEffect(
    () =>
      onPanelFocusRequest(() =>
        requestAnimationFrame(() => {
          if (ref.current && takePanelFocus()) focusPanelHeading(ref.current);
        }),
      ),
    [],
  );
  useEffect(() => {
    if (panel && ref.current && takePanelFocus()) focusPanelHeading(ref.current);
    if (!panel && wasOpen.current)
      restoreFocusAfterPanel(selectedKey ? nodeFocusSelector(selectedKey) : null);
    wasOpen.current = panel !== null;
  }, [panel, selectedKey]);
  if (!panel) return null;
  return (
    <aside
      ref={ref}
      id="side-panel"
      className="side"
      aria-label={PANEL_LABEL[panel]}
      data-side-panel={panel}
      tabIndex={-1}
    >
      <button
        type="button"
        className="side__close btn btn--quiet"
        aria-label="Close panel (Esc)"
        data-action="close-panel"
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
