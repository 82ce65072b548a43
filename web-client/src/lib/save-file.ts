/** Offers a downloaded blob as a file ("Save as"), through a temporary object URL. */
export function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own copy.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
