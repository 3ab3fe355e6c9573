// The in-memory banner: shown when this browser refuses IndexedDB, with a backup download so nothing is lost.
import { useSession } from '../session/sessionStore';
import { downloadBackup } from '../store/backupDownload';
import { usePlanner, usePlannerStore } from '../store/react';

export function StorageBanner() {
  const store = usePlannerStore();
  const storageMode = usePlanner((s) => s.storageMode);
  // A shared path is read-only in memory on purpose; it has its own banner.
  const shared = useSession((s) => s.mode === 'shared');
  if (storageMode !== 'memory' || shared) return null;
  return (
    <div className="banner banner--warning" role="alert" data-banner="memory">
      <span>
        Saving is unavailable in this browser (IndexedDB is blocked, e.g. a private window). Your progress
        lives only in this tab and is lost when it closes.
      </span>{' '}
      <button
        type="button"
        className="btn"
        data-action="download-backup"
        onClick={() => downloadBackup(store.getState())}
      >
        Download a backup
      </button>
    </div>
  );
}
