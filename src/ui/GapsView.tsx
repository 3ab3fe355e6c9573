// Gaps tab: choose a role, see its competency gaps; choosing a competency highlights the nodes that build it.
import { selectGapRole, selectGaps } from '../store/derived';
import { usePlanner, usePlannerStore } from '../store/react';

export function GapsView() {
  const store = usePlannerStore();
  const roles = usePlanner((s) => s.index.roles);
  const role = usePlanner(selectGapRole);
  const report = usePlanner(selectGaps);
  const highlighted = usePlanner((s) => s.highlightCompetency);
  const byKey = usePlanner((s) => s.index.byKey);

  return (
    <section data-panel="gaps" aria-label="Competency gaps">
      <h2>Competency gaps</h2>
      <label className="field">
        <span>Role</span>
        <select className="input" data-action="choose-gap-role" value={role ?? ''} onChange={(e) => store.getState().setGapRole(e.target.value || null)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      {!report && <p className="muted">No roles in the catalog.</p>}
      {report && (
        <>
          <p className="muted">
            {report.gaps.length} gap{report.gaps.length === 1 ? '' : 's'}, {report.met.length} met. Choose a competency to highlight the nodes that build it.
          </p>
          <table className="details__table gaps">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Required</th>
                <th scope="col">Attained</th>
                <th scope="col">Closed by</th>
              </tr>
            </thead>
            <tbody>
              {[...report.gaps, ...report.met].map((g) => {
                const on = highlighted === g.key;
                return (
                  <tr key={g.key} className={`${g.gap > 0 ? 'gap--open' : 'gap--met'}${on ? ' gap--on' : ''}`} data-competency={g.key}>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-pressed={on}
                        onClick={() => store.getState().setHighlightCompetency(on ? null : g.key)}
                      >
                        {g.name ?? g.competency}
                      </button>
                    </td>
                    <td>{g.required}</td>
                    <td>{g.attained ?? '—'}</td>
                    <td className="mono">
                      {g.gap > 0
                        ? g.closedByKeys.slice(0, 4).map((k, i) => (
                            <button key={k} type="button" className="link" onClick={() => store.getState().focusNode(k)}>
                              {i > 0 ? ', ' : ''}
                              {byKey.get(k)?.id ?? k}
                            </button>
                          ))
                        : 'met'}
                      {g.gap > 0 && g.closedByKeys.length > 4 ? ` +${g.closedByKeys.length - 4}` : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
