// Per-node notes of the active learner: edited in the side panel and the walkthrough, marked on the node.
import { useEffect, useState } from 'react';
import { useSession } from '../session/sessionStore';
import { activeProfile } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';

export function NotesEditor({ nodeKey, large = false }: { nodeKey: string; large?: boolean }) {
  const store = usePlannerStore();
  const saved = usePlanner((s) => activeProfile(s).notes[nodeKey] ?? '');
  const learner = usePlanner((s) => activeProfile(s).name);
  const readOnly = useSession((s) => s.mode === 'shared');
  const [draft, setDraft] = useState(saved);
  // Another profile or node: show what is stored for it.
  useEffect(() => setDraft(saved), [saved, nodeKey]);

  if (readOnly) {
    return saved ? (
      <section className="details__section notes" data-notes-for={nodeKey}>
        <h3>Notes</h3>
        <p className="notes__text">{saved}</p>
      </section>
    ) : null;
  }
  const commit = () => {
    if (draft !== saved) store.getState().setNote(nodeKey, draft);
  };
  return (
    <section className={`details__section notes${large ? ' notes--large' : ''}`} data-notes-for={nodeKey}>
      <h3>
        <label htmlFor={`note-${nodeKey}`}>Notes for {learner}</label>
      </h3>
      <textarea
        id={`note-${nodeKey}`}
        className="notes__input"
        data-action="edit-note"
        rows={large ? 3 : 4}
        maxLength={5000}
        placeholder="Private to this profile: agreements, evidence, questions for the next 1:1…"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // Esc keeps the text (saved) and leaves the field; it must not close the panel with an unsaved note.
            commit();
            e.currentTarget.blur();
            e.stopPropagation();
          }
        }}
      />
    </section>
  );
}

/** A small marker on a node card when the active learner has a note on it. */
export function NoteMarker({ nodeKey }: { nodeKey: string }) {
  const has = usePlanner((s) => !!activeProfile(s).notes[nodeKey]);
  if (!has) return null;
  return (
    <span className="card__note" data-has-note="true" title="Has a note" aria-label="Has a note" role="img">
      ✎
    </span>
  );
}
