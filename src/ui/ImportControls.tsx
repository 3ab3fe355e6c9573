// Import buttons: many files (pathway files and backups among them open as such), a whole folder, and reset.
import { useRef, type ChangeEvent } from 'react';
import { usePlannerStore } from '../store/react';
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
  // No confirm dialog: progress and positions survive a reset, and the documents can be imported again.
  const onReset = () => void store.getState().resetCatalog();

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
    </div>
  );
}
