/**
 * The name a page gives its own site: `og:site_name` (the Open Graph protocol, https://ogp.me/), or the
 * `publisher.name` of its JSON-LD article (schema.org `NewsArticle`). Readability reads the same two for
 * imported files; the content script can't carry Readability's parser, so it reads them here.
 */

function publisherIn(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = publisherIn(item);
      if (found) return found;
    }
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const publisher = record.publisher as Record<string, unknown> | Record<string, unknown>[] | undefined;
  const named = Array.isArray(publisher) ? publisher[0] : publisher;
  if (named && typeof named.name === 'string' && named.name.trim()) return named.name.trim();
  return publisherIn(record['@graph']);
}

/**
 * The page's name for its site, or null.
 *
 * @param document the page (a parameter, so tests can hand it any tree)
 * @returns `og:site_name`'s content, else the first JSON-LD publisher's name; JSON that does not parse is skipped
 */
export function siteNameOf(document: Document): string | null {
  const og = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  if (og) return og;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = publisherIn(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's problem: look at the next one.
    }
  }
  return null;
}
