// Files or folders dropped on the graph are imported; a pathway file dropped there is opened.
import { useState, type DragEvent } from 'react';
import { usePlannerStore } from '../store/react';
import { openDocuments } from './openDocuments';
import { dataTransferToDocuments } from './readFiles';

/** Drop-target handlers for an element, and whether files are being dragged over it. */
export function useFileDrop() {
  const store = usePlannerStore();
  const [active, setActive] = useState(false);
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setActive(true);
  };
  const onDrop = async (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    setActive(false);
    const docs = await dataTransferToDocuments(e.dataTransfer);
    await openDocuments(store, docs);
  };
  return {
    active,
    handlers: {
      onDragOver,
      onDragLeave: () => setActive(false),
      onDrop: (e: DragEvent) => void onDrop(e),
    },
  };
}
