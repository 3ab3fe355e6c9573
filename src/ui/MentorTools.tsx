// The toolbar's "Share" menu: a picture of the learner's path (PNG/SVG, whole graph or current view), a read-only
// link, and printing; plus the print-only plan sheet (print.css shows it and hides the controls).
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { PrintSheet } from './PrintSheet';
import { usePopover } from './usePopover';
import './mentor.css';
import './print.css';

const loadSharePanel = () => import('./SharePanel');
const SharePanel = lazy(loadSharePanel);

export function MentorTools() {
  const { open, toggle, root, trigger, panel } = usePopover();
  // Mounted from the first opening on, and kept while closed so an export keeps its progress (and Cancel).
  const [wanted, setWanted] = useState(false);
  const preload = () => void loadSharePanel();
  return (
    <div className="sharemenu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className={`btn${open ? ' btn--on' : ''}`}
        data-action="share-menu"
        aria-expanded={open}
        aria-controls="share-menu-panel"
        title="Download a picture of this learner’s path, copy a link to it, or print it"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          toggle();
        }}
      >
        Share or export <span aria-hidden="true">▾</span>
      </button>
      <div
        id="share-menu-panel"
        ref={panel}
        className="popover popover--right sharemenu__panel"
        role="group"
        aria-label="Share or export"
        hidden={!open}
      >
        {wanted && (
          <Suspense fallback={<p className="muted sharemenu__section">Loading…</p>}>
            <SharePanel />
          </Suspense>
        )}
      </div>
      {createPortal(<PrintSheet />, document.body)}
    </div>
  );
}
