// Which view the workspace shows: the learner's choice, else the list on narrow screens and the map elsewhere.
import { useSyncExternalStore } from 'react';
import { usePlanner } from '../store/react';

/** Below this width (CSS px) the list is the default view and the phone layout applies (styles.css, same number). */
export const NARROW_QUERY = '(max-width: 720px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on a narrow screen (a phone); false where the browser cannot tell (jsdom). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => typeof window !== 'undefined' && !!window.matchMedia?.(NARROW_QUERY).matches,
    () => false,
  );
}

export function useShownView(): 'map' | 'list' {
  const view = usePlanner((s) => s.view);
  const narrow = useNarrowScreen();
  return view === 'auto' ? (narrow ? 'list' : 'map') : view;
}
