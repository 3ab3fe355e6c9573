// Messages to the user (import results, storage problems) and the in-memory banner.
import { useEffect } from 'react';
import { usePlanner, usePlannerStore } from '../store/react';
import { StorageBanner } from './StorageBanner';
import { UpdateBanner } from './UpdateBanner';

const INFO_TIMEOUT_MS = 6000;

export function Notices() {
  const store = usePlannerStore();
  const notices = usePlanner((s) => s.notices);

  useEffect(() => {
    const timers = notices
      .filter((n) => n.tone === 'info')
      .map((n) => setTimeout(() => store.getState().dismissNotice(n.id), INFO_TIMEOUT_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, store]);

  return (
    <div className="notices" aria-live="polite">
      <StorageBanner />
      <UpdateBanner />
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice--${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
          data-notice={n.tone}
          data-notice-slot={n.slot}
        >
          <span>{n.text}</span>
          <button
            type="button"
            className="btn btn--quiet"
            aria-label="Dismiss message"
            onClick={() => store.getState().dismissNotice(n.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
