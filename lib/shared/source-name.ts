/**
 * A saved page's source, the outlet that published it: its `og:site_name`, its JSON-LD publisher, or
 * its title's suffix ("… | Continental Ledger"), in that order; then the agency its text names in a
 * dateline or credit. "Unknown source" is left for a page that has none of these.
 */

/** Between a headline and the site's name in a page title: " | ", " - ", " – ", " — ", " :: ", " · ". */
const SUFFIX = /\s+(?:\||-|–|—|::|·)\s+([^|–—:·]+?)\s*$/;
const MAX_SUFFIX_WORDS = 5;

/**
 * The site's name at the end of a page title: "Governor signs bill | Continental Ledger" → "Continental
 * Ledger". Null when the title has no separator, or what follows it is too long to be a name (over five
 * words) or as long as the headline before it.
 *
 * @param title the page's `<title>`
 */
export function titleSuffixSource(title: string | null | undefined): string | null {
  if (!title) return null;
  const match = SUFFIX.exec(title);
  if (!match) return null;
  const name = match[1]!.trim();
  const headline = title.slice(0, match.index).trim();
  if (!name || name.split(/\s+/).length > MAX_SUFFIX_WORDS || headline.length <= name.length) return null;
  return name;
}

/** The title without its site suffix: "Governor signs bill | Continental Ledger" → "Governor signs bill". */
export function withoutTitleSuffix(title: string): string {
  return titleSuffixSource(title) ? title.replace(SUFFIX, '').trim() : title;
}

/**
 * The source to store for a page: the first of the page's own names for its site, the title's suffix
 * and the agency the text names.
 *
 * @param page.siteName `og:site_name` or the JSON-LD publisher's name, as the page gives them
 * @param page.title the page's title
 * @param fromText the agency the engine read from a dateline, credit or byline
 */
export function pageSource(page: { siteName?: string | null; title?: string | null }, fromText: string | null): string | null {
  const siteName = page.siteName?.replace(/\s+/g, ' ').trim();
  return siteName || titleSuffixSource(page.title) || fromText;
}
