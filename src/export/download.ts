// Saving a file from the page: a temporary object URL on a clicked link (the one download path for images,
// pathway sheets and backups).

/** Starts the browser's download of `blob` as `fileName`. The object URL is released after 10 s. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts the download of a JSON text as `fileName`. */
export function downloadJson(json: string, fileName: string, doc: Document = document): void {
  downloadBlob(new Blob([json], { type: 'application/json' }), fileName, doc);
}
