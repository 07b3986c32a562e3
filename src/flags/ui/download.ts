/** Offers `text` as a file download from an extension page (no `downloads` permission needed). */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.dataset.pwDownload = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: Firefox reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function datedName(stem: string, ext: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}
