import '@/components/extension-page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/protocol';
import type { StoredDocument } from '@/lib/store/profile-store';
import type { DocumentId } from '@/lib/shared/types';
import { formatPublished } from '@/lib/engine/metadata';

/** reader.html#<document id>: an article of the store, as its cleaned text. */
function Reader() {
  const [document, setDocument] = useState<StoredDocument | null | undefined>(undefined);
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1)) as DocumentId;
    void send(browser.runtime, 'document', { documentId: id }).then((a) => setDocument(a.ok ? a.value : null));
  }, []);
  if (document === undefined) return <p>Loading…</p>;
  if (document === null) return <p role="alert">This article is not in the store.</p>;
  const [title, ...paragraphs] = document.text.split('\n\n');
  return (
    <article>
      <h1>{document.title || title}</h1>
      <p class="muted">
        {document.source ?? 'Unknown source'}
        {document.published ? ` · ${formatPublished(document.published)}` : ''}
      </p>
      {(document.title ? [title, ...paragraphs] : paragraphs)
        .filter((p) => p !== document.title)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </article>
  );
}

render(<Reader />, window.document.getElementById('app')!);
