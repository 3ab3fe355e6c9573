// Per-node notes of the active learner: edited in the side panel and the walkthrough, marked on the node.
import { useCallback, useEffect, useRef, useState } from 'react';
import { activeProfile } from '../store/progressSlice';
import { usePlanner, usePlannerStore } from '../store/react';

/** What setNote stores for a text (a blank note is no note). */
const stored = (text: string) => (text.trim() ? text : '');

export function NotesEditor({ nodeKey, large = false }: { nodeKey: string; large?: boolean }) {
  const store = usePlannerStore();
  const saved = usePlanner((s) => activeProfile(s).notes[nodeKey] ?? '');
  const learner = usePlanner((s) => activeProfile(s).name);
  const profileId = usePlanner((s) => s.profiles.activeId);
  const readOnly = usePlanner((s) => s.mode === 'read-only');
  const [draft, setDraft] = useState(saved);
  const [replaced, setReplaced] = useState(false);
  // What this editor last wrote or adopted, for the note it shows: a stored value that differs came from elsewhere.
  const mine = useRef({ note: `${profileId}\u0000${nodeKey}`, text: saved });
  const draftRef = useRef(draft);
  draftRef.current = draft;
  // Saved as you type: each change goes to the store at once, like a status, and the persistence subscriber
  // batches the writes (its throttle is the debounce) and flushes them on pagehide/visibilitychange. A local
  // delay here would lose the last keystrokes on a reload: pagehide listeners run in registration order and
  // persistence registered first.
  const commit = useCallback(() => {
    const text = draftRef.current;
    if (stored(text) === mine.current.text) return;
    mine.current.text = stored(text);
    store.getState().setNote(nodeKey, text);
  }, [store, nodeKey]);

  useEffect(() => {
    const note = `${profileId}\u0000${nodeKey}`;
    if (mine.current.note !== note) {
      // Another profile or node: show what is stored for it.
      mine.current = { note, text: saved };
      setDraft(saved);
      setReplaced(false);
    } else if (saved !== mine.current.text) {
      // Another tab (or editor) wrote this note after us: last writer wins, and the learner is told.
      const lost = draftRef.current !== saved && stored(draftRef.current) !== mine.current.text;
      mine.current.text = saved;
      setDraft(saved);
      setReplaced(true);
      if (lost || draftRef.current !== saved)
        store
          .getState()
          .notify('warning', `The note on ${nodeKey} was changed in another tab; it now shows that text.`);
    }
  }, [saved, nodeKey, profileId, store]);

  // Switching nodes or closing the panel: nothing is left unsaved (every keystroke is already in the store).
  useEffect(() => commit, [commit]);

  if (readOnly) {
    return saved ? (
      <section className="details__section notes" data-notes-for={nodeKey}>
        <h3>Notes</h3>
        <p className="notes__text">{saved}</p>
      </section>
    ) : null;
  }
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
        onChange={(e) => {
          setDraft(e.target.value);
          draftRef.current = e.target.value;
          setReplaced(false);
          commit();
        }}
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
      {replaced && (
        <p className="muted notes__replaced" data-note-replaced role="status">
          Changed in another tab: this is the latest text.
        </p>
      )}
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
