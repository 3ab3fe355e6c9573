// The toolbar's learner picker ("Learner: Me") and its "Manage" menu: new, rename, duplicate, delete (with undo), backup export and import.
import { lazy, Suspense, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { downloadJson } from '../export/download';
import { openPlannerFile } from '../session/pathwayFiles';
import {
  createProfile,
  deleteProfile,
  duplicateProfile,
  renameProfile,
  switchProfile,
  undoDeleteProfile,
} from '../store/profileActions';
import { backupOf, backupOfAllProfiles } from '../store/backupDownload';
import { activeProfile } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';
import { usePopover } from './usePopover';

const TeamBoard = lazy(() => import('./TeamBoard'));

export function ProfileSwitcher() {
  const store = usePlannerStore();
  const profiles = usePlanner((s) => s.profiles);
  const readOnly = usePlanner((s) => s.mode === 'read-only');
  const { open, toggle, root, trigger, panel } = usePopover();
  const [undoName, setUndoName] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [team, setTeam] = useState(false);
  const list = Object.values(profiles.profiles);
  const active = profiles.profiles[profiles.activeId];
  if (readOnly) return null;

  const ask = (question: string, initial = '') => window.prompt(question, initial);

  async function importFile(file: File) {
    // Backups are pathway files: the curriculum they carry comes back with them (asking before replacing).
    const result = await openPlannerFile(store, await file.text(), file.name);
    setMessage(
      result.tone === 'asking'
        ? null
        : { tone: result.tone === 'error' ? 'error' : 'info', text: result.text },
    );
  }

  return (
    <div className="mentor__item profiles" data-panel="profiles" ref={root}>
      <label className="profiles__label">
        <span className="profiles__caption">Learner</span>
        <select
          className="input"
          data-action="switch-profile"
          aria-label="Learner"
          value={profiles.activeId}
          onChange={(e) => switchProfile(store, e.target.value)}
        >
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button
        ref={trigger}
        type="button"
        className={`btn btn--quiet${open ? ' btn--on' : ''}`}
        aria-expanded={open}
        aria-label="Manage learners"
        title="New, rename, duplicate, delete, back up or restore learners"
        data-action="profile-menu"
        onClick={toggle}
      >
        Manage <span aria-hidden="true">▾</span>
      </button>
      {undoName && (
        <span className="profiles__undo" role="status">
          Deleted {undoName}.{' '}
          <button
            type="button"
            className="link"
            data-action="undo-delete-profile"
            onClick={() => {
              undoDeleteProfile(store);
              setUndoName(null);
            }}
          >
            Undo
          </button>
        </span>
      )}
      {open && (
        <div className="popover" ref={panel} role="group" aria-label="Manage learners">
          <p className="muted popover__note">Each learner has their own statuses, goal, pace and notes.</p>
          <div className="popover__row">
            <button
              type="button"
              className="btn"
              data-action="new-profile"
              onClick={() => {
                const name = ask('Name of the new learner:');
                if (name?.trim()) createProfile(store, name);
              }}
            >
              New…
            </button>
            <button
              type="button"
              className="btn"
              data-action="rename-profile"
              onClick={() => {
                const name = ask('New name:', active?.name ?? '');
                if (name?.trim()) renameProfile(store, profiles.activeId, name);
              }}
            >
              Rename…
            </button>
            <button
              type="button"
              className="btn"
              data-action="duplicate-profile"
              onClick={() => duplicateProfile(store, profiles.activeId)}
            >
              Duplicate
            </button>
            <button
              type="button"
              className="btn"
              data-action="delete-profile"
              disabled={list.length < 2}
              title={list.length < 2 ? 'The last profile cannot be deleted' : undefined}
              onClick={() => {
                const gone = deleteProfile(store, profiles.activeId);
                if (gone) setUndoName(gone.profile.name);
              }}
            >
              Delete
            </button>
          </div>
          <div className="popover__row">
            <button
              type="button"
              className="btn"
              data-action="backup-profile"
              onClick={() => {
                const p = activeProfile(store.getState());
                const { json, fileName } = backupOf([p], p.id, new Date(), store.getState());
                downloadJson(json, fileName);
              }}
            >
              Back up this learner
            </button>
            <button
              type="button"
              className="btn"
              data-action="backup-all"
              onClick={() => {
                const { json, fileName } = backupOfAllProfiles(store.getState());
                downloadJson(json, fileName);
              }}
            >
              Back up all
            </button>
            <button type="button" className="btn" data-action="open-team" onClick={() => setTeam(true)}>
              Team board…
            </button>
            <button
              type="button"
              className="btn"
              data-action="restore-backup"
              onClick={() => fileInput.current?.click()}
            >
              Import backup…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-action="restore-backup-file"
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void importFile(f);
              }}
            />
          </div>
          {message && (
            <p
              className={message.tone === 'error' ? 'popover__error' : 'muted'}
              role={message.tone === 'error' ? 'alert' : 'status'}
              data-backup-message
            >
              {message.text}
            </p>
          )}
        </div>
      )}
      {team &&
        createPortal(
          <Suspense fallback={null}>
            <TeamBoard onClose={() => setTeam(false)} />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
