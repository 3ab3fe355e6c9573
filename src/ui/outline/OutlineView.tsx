// The list view (issue 17): the catalog as an outline of role lanes (domain/outline.ts), following the map's search
// and filters, in plan order when a goal is set. Each item: id, title, hours, status (S1), the toggle and a button
// that opens its details. ↑/↓ move between items. Loaded on demand (App.tsx: React.lazy).
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { outline, type OutlineItem } from '../../domain/outline';
import { selectEligibility, selectMatches, selectPath } from '../../store/derived';
import { activeStatuses } from '../../store/progressSlice';
import { usePlanner, usePlannerStore } from '../../store/react';
import { nodeFocusSelector, openPanelFromKeyboard, quotedValue } from '../panelFocus';
import { roleColor } from '../../export/roleColors';
import './outline.css';

const KIND_LABEL = { module: 'Module', project: 'Project', placeholder: 'Referenced' } as const;

interface RowProps {
  item: OutlineItem;
  selected: boolean;
  color: string;
}

/** outline() builds new items on every change: a row re-renders only when one of its values did. */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.selected !== b.selected || a.color !== b.color) return false;
  for (const k in b.item) {
    const field = k as keyof OutlineItem;
    if (a.item[field] !== b.item[field]) return false;
  }
  return true;
}

const Row = memo(function Row({ item, selected, color }: RowProps) {
  const store = usePlannerStore();
  const completed = item.status === 'completed';
  const skipped = item.status === 'skipped';
  const placeholder = item.kind === 'placeholder';
  const statusId = `outline-status-${item.key}`;
  const open = () => {
    // Keyboard or pointer alike: the panel takes focus, and focus comes back here when it closes.
    openPanelFromKeyboard(nodeFocusSelector(item.key));
    store.getState().select(item.key);
  };
  return (
    <li
      className={`outline__item outline__item--${item.status}${item.eligible && !placeholder ? ' outline__item--eligible' : ''}${selected ? ' outline__item--selected' : ''}`}
      data-outline-id={item.id}
      data-outline-key={item.key}
      data-status={item.status}
      data-eligible={item.eligible ? 'true' : 'false'}
      data-kind={item.kind}
    >
      <span className="outline__stripe" style={{ background: color }} aria-hidden="true" />
      <button
        type="button"
        className="outline__toggle"
        data-action="toggle-complete"
        aria-pressed={completed || skipped}
        aria-label={completed || skipped ? `Mark ${item.id} not started` : `Mark ${item.id} completed`}
        onClick={() => store.getState().toggleComplete(item.key)}
      >
        <span aria-hidden="true">{completed ? '✓' : skipped ? '↷' : ''}</span>
      </button>
      <div className="outline__body">
        <button
          type="button"
          className="outline__open"
          data-action="open-details"
          aria-describedby={statusId}
          onClick={open}
        >
          <span className="outline__id">{item.id}</span>{' '}
          <span className="outline__title">
            {item.kind === 'placeholder' && item.title === item.id
              ? 'Not described in your documents'
              : item.title}
          </span>
        </button>
        <div className="outline__meta" id={statusId}>
          {item.planStep !== null && <span className="outline__step">Step {item.planStep}</span>}
          <span
            className={`outline__status outline__status--${completed ? 'completed' : skipped ? 'skipped' : placeholder ? 'placeholder' : item.eligible ? 'eligible' : item.status}`}
          >
            {item.statusText}
          </span>
          <span className="outline__kind">{KIND_LABEL[item.kind]}</span>
          {item.hours !== null && <span className="outline__hours">{item.hours} h</span>}
        </div>
      </div>
    </li>
  );
}, sameRow);

/** ↑/↓ (and Home/End) move between the items' details buttons: one Tab stop per control otherwise. */
function onListKeyDown(e: KeyboardEvent<HTMLElement>) {
  const target = e.target as HTMLElement;
  if (!target.matches('[data-action="open-details"]')) return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-action="open-details"]')];
  const at = all.indexOf(target);
  const to =
    e.key === 'ArrowDown'
      ? at + 1
      : e.key === 'ArrowUp'
        ? at - 1
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? all.length - 1
            : null;
  if (to === null) return;
  e.preventDefault();
  all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
}

export default function OutlineView() {
  const store = usePlannerStore();
  const index = usePlanner((s) => s.index);
  const statuses = usePlanner(activeStatuses);
  const eligibility = usePlanner(selectEligibility);
  const matches = usePlanner(selectMatches);
  // PT1: the path's keys in plan order, the same numbers the map's path cards show.
  const path = usePlanner(selectPath);
  const selectedKey = usePlanner((s) => s.selectedKey);
  const focusRequest = usePlanner((s) => s.focusRequest);
  const planOrder = path?.keys ?? null;
  const lanes = useMemo(
    () => outline({ index, statuses, eligibility, matches, planOrder }),
    [index, statuses, eligibility, matches, planOrder],
  );
  const shown = lanes.reduce((n, l) => n + l.items.length, 0);
  const total = index.byKey.size;
  const ready = lanes.reduce(
    (n, l) => n + l.items.filter((i) => i.eligible && i.kind !== 'placeholder').length,
    0,
  );
  const root = useRef<HTMLElement>(null);

  // A jump from the panel ("Prerequisites", "Needed by") or search's Enter lands on the item.
  useEffect(() => {
    if (!focusRequest) return;
    const el = root.current?.querySelector<HTMLElement>(
      `[data-outline-key="${quotedValue(focusRequest.key)}"] [data-action="open-details"]`,
    );
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [focusRequest]);

  return (
    <section ref={root} id="outline" className="outline" aria-label="Catalog list" tabIndex={-1}>
      <p className="outline__summary">
        {shown === total ? `${total} nodes` : `Showing ${shown} of ${total} nodes (search or filter)`}
        {' · '}
        {ready} ready to start
        {path &&
          ` · ${path.keys.length} step${path.keys.length === 1 ? '' : 's'} to your goal, in plan order`}
      </p>
      {shown === 0 && total > 0 && (
        <p className="outline__empty">
          No node matches the search and filters.{' '}
          <button
            type="button"
            className="btn"
            onClick={() => {
              store.getState().setSearch('');
              store.getState().setFilters({ role: null, status: null });
            }}
          >
            Show all
          </button>
        </p>
      )}
      <div onKeyDown={onListKeyDown}>
        {lanes.map((lane, i) => (
          <section key={lane.lane} className="outline__lane" aria-labelledby={`outline-lane-${i}`}>
            <h2 id={`outline-lane-${i}`} className="outline__lane-title">
              <span
                className="swatch"
                style={{ background: roleColor(index.roles, lane.lane ? lane.label : undefined) }}
                aria-hidden="true"
              />
              {lane.label} <span className="outline__count">{lane.items.length}</span>
            </h2>
            <ul className="outline__items">
              {lane.items.map((item) => (
                <Row
                  key={item.key}
                  item={item}
                  selected={item.key === selectedKey}
                  color={roleColor(index.roles, lane.lane ? lane.label : undefined)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
