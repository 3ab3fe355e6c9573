// The top bar, two rows (on a phone: the title, the Map / List switch and a menu holding the rest). First: who and where to (learner, progress, goal, plan, walkthrough) and Share.
// Second: the catalog and the view (import, layout, find and filters, panels, theme). Every control has an accessible name.
import { useEffect, useState } from 'react';
import { usePlanner, usePlannerShallow, usePlannerStore } from '../store/react';
import type { SidePanel, Theme } from '../store/types';
import { FindControls } from './FindControls';
import { GoalPicker } from './GoalPicker';
import { ImportControls } from './ImportControls';
import { MentorTools } from './MentorTools'; // share/mentor (issue 5)
import { ProfileSwitcher } from './ProfileSwitcher';
import { ProgressSummary } from './ProgressSummary';
import { useShownView } from './useShownView';
import { ViewSwitch } from './ViewSwitch';
import { WalkthroughButton } from './Walkthrough';

const NEXT_THEME: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const THEME_LABEL: Record<Theme, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

function PanelButton({ panel, label, badge }: { panel: SidePanel; label: string; badge?: number }) {
  const store = usePlannerStore();
  const open = usePlanner((s) => s.panel === panel);
  return (
    <button
      type="button"
      className={`btn btn--quiet${open ? ' btn--on' : ''}`}
      aria-pressed={open}
      data-action={`open-${panel}`}
      onClick={() => store.getState().openPanel(open ? null : panel)}
    >
      {label}
      {badge !== undefined && badge > 0 && <span className="badge">{badge}</span>}
    </button>
  );
}

/** On a phone the toolbar folds into a menu (phone.css); it closes when a panel or a view is chosen, or on Esc. */
function useToolbarMenu() {
  const [open, setOpen] = useState(false);
  const panel = usePlanner((s) => s.panel);
  const view = usePlanner((s) => s.view);
  useEffect(() => setOpen(false), [panel, view]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return [open, setOpen] as const;
}

export function Toolbar() {
  const store = usePlannerStore();
  const [menuOpen, setMenuOpen] = useToolbarMenu();
  const { direction, theme, layoutPending } = usePlannerShallow((s) => ({
    direction: s.direction,
    theme: s.theme,
    layoutPending: s.layoutPending,
  }));
  const problemCount = usePlanner((s) => s.catalog.diagnostics.filter((d) => d.severity !== 'info').length);
  const shownView = useShownView();

  return (
    <header className={`toolbar${menuOpen ? ' toolbar--open' : ''}`}>
      <div className="toolbar__row toolbar__row--top">
        <h1 className="toolbar__title">Pathway Planner</h1>
        <ViewSwitch />
        <button
          type="button"
          className="btn toolbar__menu"
          aria-expanded={menuOpen}
          aria-controls="toolbar-more-1 toolbar-more-2"
          data-action="toolbar-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> {menuOpen ? 'Close' : 'Menu'}
        </button>
        <div className="toolbar__more" id="toolbar-more-1">
          <ProfileSwitcher />
          <ProgressSummary />
          <div className="toolbar__spacer" />
          <GoalPicker />
          <div className="toolbar__group" role="group" aria-label="Plan">
            <PanelButton panel="plan" label="Plan" />
            <WalkthroughButton />
          </div>
          <MentorTools />
        </div>
      </div>
      <div className="toolbar__row toolbar__more" id="toolbar-more-2">
        <ImportControls />
        {/* The layout buttons act on the map: not offered while the list is shown. */}
        {shownView === 'map' && (
          <div className="toolbar__group" role="group" aria-label="Layout">
            <button
              type="button"
              className="btn"
              data-action="relayout"
              onClick={() => void store.getState().relayout()}
              disabled={layoutPending}
            >
              Re-layout
            </button>
            <button
              type="button"
              className="btn"
              data-action="toggle-direction"
              aria-label={`Direction: ${direction === 'LR' ? 'left to right' : 'top to bottom'}. Switch`}
              onClick={() => void store.getState().setDirection(direction === 'LR' ? 'TB' : 'LR')}
            >
              {direction === 'LR' ? '→ Left to right' : '↓ Top to bottom'}
            </button>
          </div>
        )}
        <FindControls />
        <div className="toolbar__group" role="group" aria-label="Panels">
          <PanelButton panel="gaps" label="Gaps" />
          <PanelButton panel="diagnostics" label="Diagnostics" badge={problemCount} />
          <PanelButton panel="legend" label="Legend" />
          <button
            type="button"
            className="btn btn--quiet"
            data-action="toggle-theme"
            aria-label={`${THEME_LABEL[theme]}. Switch to ${NEXT_THEME[theme]}`}
            title={`${THEME_LABEL[theme]}. Click for ${NEXT_THEME[theme]}.`}
            onClick={() => store.getState().setTheme(NEXT_THEME[theme])}
          >
            <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
          </button>
        </div>
      </div>
    </header>
  );
}
