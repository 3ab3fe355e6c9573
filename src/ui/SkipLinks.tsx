// Skip links (issue 17 item 4): the first Tab stops of the page jump past the toolbar to the list or the map,
// and to the side panel while one is open. Hidden until focused.
import type { MouseEvent } from 'react';
import { usePlanner } from '../store/react';
import { focusPanelHeading } from './panelFocus';
import { useShownView } from './useShownView';

function jump(e: MouseEvent, target: () => HTMLElement | null) {
  // No navigation: a hash change reloads the planner (main.tsx reads share links from it).
  e.preventDefault();
  const el = target();
  if (!el) return;
  if (el.id === 'side-panel') focusPanelHeading(el);
  else el.focus();
}

/** The first list item's details button, else the list itself. */
function listTarget(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('#outline [data-action="open-details"]') ??
    document.getElementById('outline')
  );
}

/** The first card of the map. */
function mapTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.graph [data-node-key]');
}

export function SkipLinks() {
  const panelOpen = usePlanner((s) => s.panel !== null);
  const shown = useShownView();
  return (
    <nav className="skiplinks" aria-label="Skip links">
      {shown === 'list' ? (
        <a href="#outline" className="skiplink" onClick={(e) => jump(e, listTarget)}>
          Skip to list
        </a>
      ) : (
        <a href="#main" className="skiplink" onClick={(e) => jump(e, mapTarget)}>
          Skip to map
        </a>
      )}
      {panelOpen && (
        <a
          href="#side-panel"
          className="skiplink"
          onClick={(e) => jump(e, () => document.getElementById('side-panel'))}
        >
          Skip to panel
        </a>
      )}
    </nav>
  );
}
