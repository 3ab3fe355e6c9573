// The planner's shell: toolbar, graph, side panel, notices; global shortcuts and the theme.
import { lazy, Suspense, useEffect } from 'react';
import { PlannerProvider, usePlanner, usePlannerStore } from '../store/react';
import type { PlannerStore } from '../store/store';
import { Announcer } from './Announcer';
import { Graph } from './Graph';
import { Notices } from './Notices';
import { ReadOnlyBanner } from './ReadOnlyBanner'; // share/mentor (issue 5)
import { RestoreDialog } from './RestoreDialog'; // pathway files (issue 16)
import { SidePanel } from './SidePanel';
import { SkipLinks } from './SkipLinks';
import { Toolbar } from './Toolbar';
import { useShownView } from './useShownView';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './phone.css';

// The list view loads when first shown (the default on phones), not with the map.
const OutlineView = lazy(() => import('./outline/OutlineView'));

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** Text entry, where Esc belongs to the field (FindControls, NotesEditor): a select or a checkbox does not use it. */
function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
  return (
    el.tagName === 'INPUT' &&
    !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test((el as HTMLInputElement).type)
  );
}

function useGlobalShortcuts() {
  const store = usePlannerStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      if ((e.key === '/' && !isTyping(e.target)) || (mod && e.key.toLowerCase() === 'k')) {
        e.preventDefault();
        document.getElementById('planner-search')?.focus();
      } else if (mod && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTyping(e.target)) {
        e.preventDefault();
        s.undo();
      } else if (e.key === 'Escape' && !e.defaultPrevented && !isTextEntry(e.target)) {
        if (s.panel) s.openPanel(null);
        else s.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

function useTheme() {
  const theme = usePlanner((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}

function Shell({ reveal }: { reveal: boolean }) {
  useGlobalShortcuts();
  useTheme();
  const ready = usePlanner((s) => s.catalogReady);
  const empty = usePlanner((s) => s.catalogReady && s.catalog.nodes.length === 0);
  const shown = useShownView();
  return (
    <div className="app">
      <SkipLinks />
      <ReadOnlyBanner />
      <RestoreDialog />
      <Toolbar />
      <main className="workspace" id="main">
        <div className={`workspace__graph workspace__graph--${shown}`} data-view={shown}>
          {/* Inside the graph area, so messages centre over the canvas and never cover the side panel. */}
          <Notices />
          {!ready && <div className="empty">Loading the catalog…</div>}
          {empty && (
            <div className="empty">
              <h2>No curriculum yet</h2>
              <p>
                Import module roadmaps, project plans or a master-plan.yaml with “Import files”, or drop a
                folder here.
              </p>
            </div>
          )}
          {shown === 'map' ? (
            <Graph reveal={reveal} />
          ) : (
            <Suspense fallback={<div className="empty">Loading the list…</div>}>
              {ready && !empty && <OutlineView />}
            </Suspense>
          )}
        </div>
        <SidePanel />
      </main>
      <Announcer />
    </div>
  );
}

/** The planner on `store`. `reveal: false` shows a catalog's cards at once rather than a few per frame (tests). */
export function App({ store, reveal = true }: { store: PlannerStore; reveal?: boolean }) {
  return (
    <PlannerProvider store={store}>
      <Shell reveal={reveal} />
    </PlannerProvider>
  );
}
