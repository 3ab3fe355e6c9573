// Opening a pathway file or backup that would replace something of the visitor's: what would change, and the
// choice (replace, keep both, cancel). Nothing is applied before an answer.
import { answerRestore, cancelRestore, usePendingRestore } from '../session/pathwayFiles';
import { usePlannerStore } from '../store/react';

export function RestoreDialog() {
  const store = usePlannerStore();
  const pending = usePendingRestore();
  if (!pending) return null;
  const { plan, name } = pending;
  const learners = plan.profiles.conflicts.map((c) => c.existing.name);
  const docs = plan.replacedDocuments;
  const replaced = [
    learners.length ? `learner${learners.length === 1 ? '' : 's'} ${learners.join(', ')}` : '',
    docs.length
      ? `${docs.length} of your documents (${docs.slice(0, 3).join(', ')}${docs.length > 3 ? ', …' : ''})`
      : '',
  ].filter(Boolean);
  return (
    <div
      className="banner banner--warning"
      role="alertdialog"
      aria-label="Replace with the file?"
      data-restore-pending
    >
      <span>
        <strong>{name}</strong> would replace {replaced.join(' and ')}. Replace them with the file’s, or keep
        both (the file’s learners are added under new names{docs.length ? ' and your documents stay' : ''})?{' '}
        Nothing changes until you choose.
      </span>
      <span className="toolbar__spacer" />
      <button
        type="button"
        className="btn btn--primary"
        data-action="import-replace"
        onClick={() => void answerRestore(store, 'replace')}
      >
        Replace
      </button>
      <button
        type="button"
        className="btn"
        data-action="import-keep-both"
        onClick={() => void answerRestore(store, 'keep-both')}
      >
        Keep both
      </button>
      <button type="button" className="btn btn--quiet" data-action="import-cancel" onClick={cancelRestore}>
        Cancel
      </button>
    </div>
  );
}
