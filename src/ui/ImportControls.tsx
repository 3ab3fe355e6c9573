// Import buttons: many files (pathway files and backups among them open as such), a whole folder, and reset.
import { useRef, type ChangeEvent } from 'react';
import { usePlanner, usePlannerStore } from '../store/react';
import { openDocuments } from './openDocuments';
import { ACCEPTED_EXTENSIONS, filesToDocuments } from './readFiles';

export function ImportControls() {
  const store = usePlannerStore();
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = input.files ? [...input.files] : [];
    input.value = ''; // picking the same files again must fire change again
    if (files.length) await openDocuments(store, await filesToDocuments(files));
  };
  // Reset removes every imported document: it asks first (a <dialog>), and can be undone (documents and progress).
  const confirmRef = useRef<HTMLDialogElement>(null);
  const imported = usePlanner((s) => s.sources.length);
  const canUndo = usePlanner((s) => s.catalogUndo !== null);
  const readOnly = usePlanner((s) => s.mode === 'read-only');
  const onReset = () => {
    const dialog = confirmRef.current;
    if (dialog?.showModal) dialog.showModal();
    else if (dialog) dialog.setAttribute('open', '');
  };
  const closeDialog = () => {
    const dialog = confirmRef.current;
    if (dialog?.close) dialog.close();
    else dialog?.removeAttribute('open');
  };
  const onConfirm = () => {
    closeDialog();
    void store.getState().resetCatalog();
  };

  // A shared path is read-only (U1): importing and resetting would change nothing, so they are not offered.
  if (readOnly) return null;
  return (
    <div className="toolbar__group" role="group" aria-label="Import">
      <button type="button" className="btn btn--primary" onClick={() => filesRef.current?.click()}>
        Import files
      </button>
      <input
        ref={filesRef}
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(',')}
        data-action="import-files"
        aria-label="Import curriculum files"
        tabIndex={-1}
        onChange={(e) => void onPick(e)}
      />
      <button type="button" className="btn" onClick={() => folderRef.current?.click()}>
        Import folder
      </button>
      <input
        ref={(el) => {
          folderRef.current = el;
          // webkitdirectory is not in React's typings; set it on the element.
          el?.setAttribute('webkitdirectory', '');
        }}
        className="visually-hidden"
        type="file"
        multiple
        data-action="import-folder"
        aria-label="Import a curriculum folder"
        tabIndex={-1}
        onChange={(e) => void onPick(e)}
      />
      <button type="button" className="btn btn--quiet" data-action="reset-catalog" onClick={onReset}>
        Reset to default
      </button>
      {canUndo && (
        <button
          type="button"
          className="btn btn--quiet"
          data-action="undo-catalog-change"
          onClick={() => store.getState().undoCatalogChange()}
        >
          Undo reset
        </button>
      )}
      <dialog
        ref={confirmRef}
        className="confirm-dialog"
        data-dialog="confirm-reset"
        aria-labelledby="confirm-reset-title"
      >
        <h2 id="confirm-reset-title">Reset to the default catalog?</h2>
        <p>
          {imported === 0
            ? 'No documents are imported: the catalog is already the default one.'
            : `This removes the ${imported} imported document${imported === 1 ? '' : 's'}. Progress on their nodes is kept aside, and “Undo reset” brings the documents and all progress back.`}
        </p>
        <div className="confirm-dialog__actions">
          <button type="button" className="btn" data-action="cancel-reset" onClick={closeDialog}>
            Cancel
          </button>
          <button type="button" className="btn btn--primary" data-action="confirm-reset" onClick={onConfirm}>
            Remove imported documents
          </button>
        </div>
      </dialog>
    </div>
  );
}
