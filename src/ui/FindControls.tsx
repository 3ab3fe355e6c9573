// Search (/ or Ctrl+K) and role/status filters. Non-matching nodes dim; Enter focuses the first match.
import type { KeyboardEvent } from 'react';
import { STATUSES, type Status } from '../domain/types';
import { selectMatches } from '../store/derived';
import { usePlanner, usePlannerShallow, usePlannerStore } from '../store/react';

export const STATUS_LABEL: Record<Status, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  skipped: 'Already know this',
};

export function FindControls() {
  const store = usePlannerStore();
  const { search, filters, roles } = usePlannerShallow((s) => ({
    search: s.search,
    filters: s.filters,
    roles: s.index.roles,
  }));
  const matchCount = usePlanner((s) => selectMatches(s)?.size ?? null);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const s = store.getState();
    if (e.key === 'Enter') {
      e.preventDefault();
      const matches = selectMatches(s);
      const first = s.catalog.nodes.find((n) => matches?.has(n.key));
      if (first) s.focusNode(first.key);
    } else if (e.key === 'Escape') {
      s.setSearch('');
      e.currentTarget.blur();
    }
  };

  return (
    <div className="toolbar__group toolbar__find" role="search">
      <input
        id="planner-search"
        className="input input--search"
        type="search"
        placeholder="Search id, title, competency  ( / )"
        aria-label="Search nodes by id, title or competency"
        aria-keyshortcuts="/ Control+K"
        value={search}
        onChange={(e) => store.getState().setSearch(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <select
        className="input"
        aria-label="Filter by role"
        data-action="filter-role"
        value={filters.role ?? ''}
        onChange={(e) => store.getState().setFilters({ role: e.target.value || null })}
      >
        <option value="">All roles</option>
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <select
        className="input"
        aria-label="Filter by status"
        data-action="filter-status"
        value={filters.status ?? ''}
        onChange={(e) => store.getState().setFilters({ status: (e.target.value || null) as Status | null })}
      >
        <option value="">All statuses</option>
        {STATUSES.map((st) => (
          <option key={st} value={st}>
            {STATUS_LABEL[st]}
          </option>
        ))}
      </select>
      {matchCount !== null && (
        <span className="toolbar__count" aria-live="polite">
          {matchCount} match{matchCount === 1 ? '' : 'es'}
        </span>
      )}
    </div>
  );
}
