// A disclosure popover's behaviour: toggled by its trigger, closed by Esc (focus returns to the trigger) or by a
// press outside it. Used by the toolbar's "Share" and "Manage learners" menus.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function usePopover() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  /** On the element holding trigger and popover: Esc closes and gives focus back to the trigger. */
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Stops the app's own Esc (close the side panel) from also firing.
    e.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };

  return { open, setOpen, toggle: () => setOpen((o) => !o), root, trigger, onKeyDown };
}
