// A polite live region: after a status change, screen readers hear what changed and what became ready (S2),
// whichever view (map, list, panel) the change came from.
import { useEffect, useState } from 'react';
import { statusChangeMessage } from '../domain/statusText';
import { activeStatuses } from '../store/progressSlice';
import { usePlannerStore } from '../store/react';

export function Announcer() {
  const store = usePlannerStore();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        const change = s.lastChange;
        if (!change || change === prev.lastChange) return;
        setMessage(statusChangeMessage(s.index, change.key, change.statusesBefore, activeStatuses(s)));
      }),
    [store],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-announcer>
      {message}
    </div>
  );
}
