/**
 * The extension's own pages, as every extension page links to them: a profile, and a stored document
 * at a mention (the article's own address, or the reader page for the built-in corpus and imports).
 */
import { documentHref, readerFragment, type MentionAt } from '@/lib/shared/document-links';
import type { EntityId } from '@/lib/shared/types';

/** The full-size profile page of an entity. */
export const profileUrl = (id: EntityId | string) => browser.runtime.getURL(`/profile.html#${encodeURIComponent(id)}`);

/** Where a stored document opens, scrolled to the mention where one is given. */
export const documentUrl = (documentId: string, path: string, mention?: MentionAt) =>
  documentHref(documentId, path, (id, at) => browser.runtime.getURL(`/reader.html${readerFragment(id, at)}`), mention);

/** The extension's icon at 32 px (shipped in public/icon/). */
export const iconUrl = () => browser.runtime.getURL('/icon/32.png');
