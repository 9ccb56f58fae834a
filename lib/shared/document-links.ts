/** Where a stored document opens: its own URL, or, for an article of the built-in corpus, the reader page. */
export function documentHref(documentId: string, path: string, readerUrl: (documentId: string) => string): string {
  return /^https?:\/\//.test(path) ? path : readerUrl(documentId);
}

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref|ref_src|smid|cmpid|ocid|taid|_ga)$/i;

/**
 * The address an article is saved under: without its fragment and the tracking parameters sharing
 * links adds, so the same story opened from two links updates one document.
 */
export function articleAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.toString().replace(/\?$/, '');
}
