// Gaps tab: choose a role, see its competency gaps (GapMatrix); choosing a competency highlights the nodes that build it.
import { selectGapRole, selectGaps } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';
import { GapMatrix } from './GapMatrix';

export function GapsView() {
  const store = usePlannerStore();
  const roles = usePlanner((s) => s.index.roles);
  const role = usePlanner(selectGapRole);
  const report = usePlanner(selectGaps);
  const highlighted = usePlanner((s) => s.highlightCompetency);

  return (
    <section data-panel="gaps" aria-label="Competency gaps">
      <h2>Competency gaps</h2>
      <label className="field">
        <span>Role</span>
        <select
          className="input"
          data-action="choose-gap-role"
          value={role ?? ''}
          onChange={(e) => store.getState().setGapRole(e.target.value || null)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      {!report && <p className="muted">No roles in the catalog.</p>}
      {report && <p className="muted">Choose a competency to highlight the nodes that build it.</p>}
      <GapMatrix
        report={report}
        selectedCompetency={highlighted}
        onSelectCompetency={(key) => store.getState().setHighlightCompetency(key)}
        onSelectNode={(key) => store.getState().focusNode(key)}
      />
    </section>
  );
}
