import '@/components/extension-page.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/protocol';
import { isPhotoCaption } from '@/lib/shared/captions';
import { placedLabel } from '@/lib/shared/date-label';
import { parseReaderFragment } from '@/lib/shared/document-links';
import type { DatedDocument } from '@/lib/store/reads';
import type { DocumentId } from '@/lib/shared/types';

interface Paragraph {
  text: string;
  start: number;
}

/** The cleaned text's paragraphs with the offset each starts at, so a mention's offsets find their place. */
function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ text: part, start });
    start += part.length + 2;
  }
  return paragraphs;
}

/** A paragraph, with the mention in it marked. */
function ParagraphText({ paragraph, mention }: { paragraph: Paragraph; mention: { start: number; end: number } | null }) {
  const at = mention && mention.start >= paragraph.start && mention.end <= paragraph.start + paragraph.text.length ? mention : null;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.scrollIntoView({ block: 'center' }), [at?.start]);
  if (!at) return <>{paragraph.text}</>;
  const from = at.start - paragraph.start;
  const to = at.end - paragraph.start;
  return (
    <>
      {paragraph.text.slice(0, from)}
      <mark id="mention" ref={ref}>
        {paragraph.text.slice(from, to)}
      </mark>
      {paragraph.text.slice(to)}
    </>
  );
}

/**
 * reader.html#<document id>[@<start>-<end>]: an article of the store, as its cleaned text, scrolled to
 * the mention and with it marked. Photo captions are left out, unless the mention is in one.
 */
function Reader() {
  const [stored, setStored] = useState<DatedDocument | null | undefined>(undefined);
  const [target, setTarget] = useState(() => parseReaderFragment(location.hash));
  useEffect(() => {
    const onHash = () => setTarget(parseReaderFragment(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    void send(browser.runtime, 'document', { documentId: target.documentId as DocumentId }).then((a) => {
      const found = a.ok ? a.value : null;
      setStored(found);
      document.title = found ? `${found.title || 'Untitled article'} · Dramatis reader` : 'Article not found · Dramatis reader';
    });
  }, [target.documentId]);
  if (stored === undefined) return <p>Loading…</p>;
  if (stored === null) return <p role="alert">This article is not in the store.</p>;
  const { mention } = target;
  const paragraphs = paragraphsOf(stored.text);
  const holds = (p: Paragraph) => !!mention && mention.start >= p.start && mention.start < p.start + p.text.length;
  const body = paragraphs.filter((p, i) => !(i === 0 && p.text === stored.title) && (!isPhotoCaption(p.text) || holds(p)));
  return (
    <article>
      <h1>{stored.title || paragraphs[0]?.text}</h1>
      <p class="muted">
        {stored.source ?? 'Unknown source'} · {placedLabel(stored.placed)}
        {/^https?:\/\//.test(stored.path) && (
          <>
            {' · '}
            <a href={stored.path}>the original article</a>
          </>
        )}
      </p>
      {body.map((p) => (
        <p key={p.start} class={`${holds(p) ? 'current' : ''}${isPhotoCaption(p.text) ? ' caption' : ''}`}>
          {isPhotoCaption(p.text) && <span class="muted">Photo caption: </span>}
          <ParagraphText paragraph={p} mention={mention} />
        </p>
      ))}
    </article>
  );
}

render(<Reader />, window.document.getElementById('app')!);
