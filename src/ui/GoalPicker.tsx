// Goal picker: a target role, or nodes chosen on the graph. Saved with the profile's progress.
import { activeProfile } from '../store/progressSlice';
import { usePlanner, usePlannerShallow, usePlannerStore } from '../store/react';

export function GoalPicker() {
  const store = usePlannerStore();
  const goal = usePlanner((s) => activeProfile(s).goal);
  const readOnly = usePlanner((s) => s.mode === 'read-only');
  const { roles, selectedKey } = usePlannerShallow((s) => ({
    roles: s.index.roles,
    selectedKey: s.selectedKey,
  }));
  const selectedId = usePlanner((s) =>
    s.selectedKey ? (s.index.byKey.get(s.selectedKey)?.id ?? null) : null,
  );

  const value = goal === null ? '' : goal.type === 'role' ? `role:${goal.role}` : 'nodes';
  const goalRoleKnown = goal?.type !== 'role' || roles.includes(goal.role);

  const onChange = (v: string) => {
    const s = store.getState();
    if (v === '') s.setGoal(null);
    else if (v.startsWith('role:')) s.setGoal({ type: 'role', role: v.slice(5) });
    else if (v.startsWith('select:')) s.setGoal({ type: 'nodes', keys: [v.slice(7)] });
    else return;
    if (v !== '') s.openPanel('plan');
  };

  return (
    <label className="goal">
      <span className="goal__label">Goal</span>
      <select
        className="input"
        data-action="choose-goal"
        aria-label="Choose a goal"
        disabled={readOnly}
        title={
          readOnly ? 'A shared path is read-only: use “Save as my profile” to change its goal' : undefined
        }
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">No goal</option>
        <optgroup label="Become a role">
          {roles.map((r) => (
            <option key={r} value={`role:${r}`}>
              {r}
            </option>
          ))}
          {!goalRoleKnown && goal?.type === 'role' && (
            <option value={`role:${goal.role}`}>{goal.role} (not in catalog)</option>
          )}
        </optgroup>
        {goal?.type === 'nodes' && <option value="nodes">Chosen nodes ({goal.keys.length})</option>}
        {selectedKey && selectedId && (
          <optgroup label="Reach a node">
            <option value={`select:${selectedKey}`}>{selectedId}</option>
          </optgroup>
        )}
      </select>
    </label>
  );
}
