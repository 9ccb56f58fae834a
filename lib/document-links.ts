/** Where a stored document opens: its own URL, or, for an article of the built-in corpus, the reader page. */
export function documentHref(documentId: string, path: string, readerUrl: (documentId: string) => string): string {
  return /^https?:\/\//.test(path) ? path : readerUrl(documentId);
}
