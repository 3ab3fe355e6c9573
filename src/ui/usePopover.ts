// A disclosure popover's behaviour: toggled by its trigger, closed by Esc (focus returns to the trigger) or by a
// press outside it. Used by the toolbar's "Share or export" and "Manage learners" menus.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Space kept between an open menu and the window's edge (px). */
const EDGE_MARGIN = 8;

export function usePopover() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // The menu hangs from its trigger; when the toolbar wraps, the trigger can sit at the window's left edge and a
  // right-aligned menu would open off screen (its items unreachable). Shift it back inside before it paints.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    el.style.translate = '';
    const r = el.getBoundingClientRect();
    const dx =
      r.left < EDGE_MARGIN
        ? EDGE_MARGIN - r.left
        : r.right > window.innerWidth - EDGE_MARGIN
          ? window.innerWidth - EDGE_MARGIN - r.right
          : 0;
    if (dx) el.style.translate = `${Math.round(dx)}px 0`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    // Esc wherever focus is (it may have moved past the menu): capture phase, so the app's own Esc (close the
    // side panel) does not also fire.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return { open, setOpen, toggle: () => setOpen((o) => !o), root, trigger, panel };
}
