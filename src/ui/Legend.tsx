// A legend for every colour and line style on the graph.
import { usePlanner } from '../store/react';
import { roleColor } from '../export/roleColors';

export function Legend() {
  const roles = usePlanner((s) => s.index.roles);
  return (
    <section className="legend" data-panel="legend" aria-label="Legend">
      <h2>Legend</h2>
      <h3>Roles</h3>
      <ul>
        {roles.map((r) => (
          <li key={r}>
            <span className="swatch" style={{ background: roleColor(roles, r) }} aria-hidden="true" /> {r}
          </li>
        ))}
        {roles.length === 0 && <li className="muted">No roles in the catalog.</li>}
      </ul>
      <h3>Nodes</h3>
      <ul>
        <li>
          <span className="sample sample--module" aria-hidden="true" /> Module
        </li>
        <li>
          <span className="sample sample--project" aria-hidden="true" /> Project
        </li>
        <li>
          <span className="sample sample--placeholder" aria-hidden="true" /> Referenced but not defined
          (placeholder)
        </li>
      </ul>
      <h3>Status</h3>
      <ul>
        <li>
          <span className="sample sample--eligible" aria-hidden="true" /> Ready to start: all prerequisites
          completed
        </li>
        <li>
          <span className="sample sample--completed" aria-hidden="true" /> Completed
        </li>
        <li>
          <span className="sample sample--skipped" aria-hidden="true" /> Already know this (skipped): counts
          as done for prerequisites, not as hours done
        </li>
        <li>
          <span className="sample sample--in-progress" aria-hidden="true" /> In progress
        </li>
        <li>
          <span className="sample" aria-hidden="true" /> Blocked: says which prerequisites are missing
        </li>
        <li>
          <span className="card__cycle" aria-hidden="true">
            in a cycle
          </span>{' '}
          In a prerequisite cycle: its prerequisites lead back to it (Diagnostics names the file and line)
        </li>
      </ul>
      <h3>Links</h3>
      <ul>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke="var(--edge)" strokeWidth="2" />
            <polygon points="28,1 36,5 28,9" fill="var(--edge)" />
          </svg>{' '}
          Prerequisite
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="34"
              y2="5"
              stroke="var(--edge-next)"
              strokeWidth="2"
              strokeDasharray="5 4"
            />
          </svg>{' '}
          Suggested next step
        </li>
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" stroke="var(--accent)" strokeWidth="3" />
          </svg>{' '}
          On your plan
        </li>
      </ul>
      <h3>Keyboard</h3>
      <ul className="muted">
        <li>
          <kbd>Tab</kbd> to a node, <kbd>←↑→↓</kbd> to connected nodes
        </li>
        <li>
          <kbd>Space</kbd> complete, <kbd>Enter</kbd> details, <kbd>Esc</kbd> close
        </li>
        <li>
          <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> search, <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
        </li>
      </ul>
    </section>
  );
}
