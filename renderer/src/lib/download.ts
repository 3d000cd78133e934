/** Saves what an address serves as a file: the browser streams it to disk. */
export function downloadFrom(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Offers a blob as a file download; in the desktop app Electron shows its save dialog for it. */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  downloadFrom(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** Bytes (a PDF, a spreadsheet) as a file download. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string): void {
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type: mime }));
}

/** The bytes of a base64 string (the native decoder where the browser has one). */
export function bytesFromBase64(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A file the backend sent as base64 (a PDF, a spreadsheet, a package), as a download. */
export function downloadBase64(fileName: string, base64: string, mime: string): void {
  downloadBytes(fileName, bytesFromBase64(base64), mime);
}

export function readFileAsText(file: File): Promise<string> {
  return file.text();
}
