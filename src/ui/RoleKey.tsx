// The always-visible key on the canvas: one chip per role colour (click to show only that role) and the line styles.
// It sits in the bottom band beside the zoom controls, which the fitted view keeps clear of nodes; it folds away.
import { useState } from 'react';
import { Panel } from '@xyflow/react';
import { usePlanner, usePlannerStore } from '../store/react';
import { roleColor } from '../export/roleColors';

/** More roles than this and the key starts folded (a big catalog's key would cover the graph). */
const AUTO_OPEN_ROLES = 12;

export function RoleKey() {
  const store = usePlannerStore();
  const roles = usePlanner((s) => s.index.roles);
  const role = usePlanner((s) => s.filters.role);
  // Until the user folds or unfolds it, the key is open only when it is short enough not to cover the map.
  const [chosen, setOpen] = useState<boolean | null>(null);
  const open = chosen ?? roles.length <= AUTO_OPEN_ROLES;
  if (roles.length === 0) return null;
  return (
    <Panel
      position="bottom-left"
      className={`rolekey${open ? '' : ' rolekey--folded'}`}
      aria-label="Role colours"
    >
      <button
        type="button"
        className="rolekey__fold"
        aria-expanded={open}
        aria-controls="rolekey-list"
        onClick={() => setOpen(!open)}
      >
        Roles{roles.length > AUTO_OPEN_ROLES ? ` (${roles.length})` : ''}{' '}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <ul id="rolekey-list" hidden={!open}>
        {/* Folded, the chips are not rendered at all: a big catalog has hundreds of roles. */}
        {open &&
          roles.map((r) => (
            <li key={r}>
              <button
                type="button"
                className={`rolekey__item${role === r ? ' rolekey__item--on' : ''}`}
                aria-pressed={role === r}
                title={role === r ? 'Show all roles' : `Show only ${r}`}
                onClick={() => store.getState().setFilters({ role: role === r ? null : r })}
              >
                <span className="swatch" style={{ background: roleColor(roles, r) }} aria-hidden="true" />
                {r}
              </button>
            </li>
          ))}
        <li className="rolekey__lines" aria-hidden="true">
          <svg width="26" height="10">
            <line x1="0" y1="5" x2="20" y2="5" stroke="var(--edge)" strokeWidth="1.5" />
            <polygon points="19,1.5 26,5 19,8.5" fill="var(--edge)" />
          </svg>
          prerequisite
          <svg width="26" height="10">
            <line
              x1="0"
              y1="5"
              x2="26"
              y2="5"
              stroke="var(--edge-next)"
              strokeWidth="1.5"
              strokeDasharray="5 4"
            />
          </svg>
          next
        </li>
      </ul>
    </Panel>
  );
}
