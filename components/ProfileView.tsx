import { useEffect, useState } from 'preact/hooks';
import { dateLabel } from '@/lib/shared/date-label';
import type { Profile } from '@/lib/store/profile-store';
import type { DocumentId, EntityId } from '@/lib/shared/types';
import { Corrections, type CorrectionApi } from './Corrections';
import { Snippet } from './Snippet';

const KIND_LABEL = { official: 'Official', organization: 'Organisation', person: 'Person' } as const;
const PAGE = 50;

interface Props {
  entityId: EntityId;
  load: (id: EntityId, offset: number, limit: number) => Promise<Profile | null>;
  /** Where a document opens: the article's URL, or the reader page for seed articles. */
  documentUrl: (documentId: string, path: string) => string;
  onSelect?: (id: EntityId) => void;
  /** Where the reader may correct the profile (the full-size profile page). */
  corrections?: CorrectionApi;
}

/** A profile: every name used, roles over time, every past mention (a page at a time), and companions. */
export function ProfileView({ entityId, load, documentUrl, onSelect, corrections }: Props) {
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [more, setMore] = useState<Profile['mentions']>([]);
  const [morePaths, setMorePaths] = useState<Map<string, string>>(new Map());
  const [nextOffset, setNextOffset] = useState<number | null>(null);
  const [selected, setSelected] = useState<Map<string, { documentId: DocumentId; start: number }>>(new Map());
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    setProfile(undefined);
    setMore([]);
    setSelected(new Map());
    void load(entityId, 0, PAGE).then((p) => {
      setProfile(p);
      setNextOffset(p?.nextOffset ?? null);
    });
  }, [entityId, version]);

  if (profile === undefined) return <p class="muted">Loading…</p>;
  if (profile === null) return <p role="alert">No profile with this id is in the store.</p>;
  const { entity } = profile;
  const mentions = [...profile.mentions, ...more];
  const paths = new Map([...profile.documents.map((d) => [d.id, d.path] as const), ...morePaths]);
  const loadMore = async () => {
    if (nextOffset === null) return;
    const next = await load(entityId, nextOffset, PAGE);
    if (!next) return;
    setMore([...more, ...next.mentions]);
    setMorePaths(new Map([...morePaths, ...next.documents.map((d) => [d.id, d.path] as const)]));
    setNextOffset(next.nextOffset);
  };
  const toggle = (documentId: DocumentId, start: number, on: boolean) => {
    const next = new Map(selected);
    if (on) next.set(`${documentId}@${start}`, { documentId, start });
    else next.delete(`${documentId}@${start}`);
    setSelected(next);
  };
  const changed = (id: EntityId) => {
    if (id !== entityId && onSelect) onSelect(id);
    else setVersion(version + 1);
  };
  const roles = [...entity.roles].sort((a, b) => {
    const da = profile.documents.find((d) => d.id === a.documentId)?.date ?? '';
    const db = profile.documents.find((d) => d.id === b.documentId)?.date ?? '';
    return da.localeCompare(db);
  });
  return (
    <article class="profile">
      <header>
        <span class={`kind kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        <h1>{entity.name}</h1>
      </header>
      {corrections && (
        <Corrections
          key={`${entity.id}:${version}`}
          entity={entity}
          api={corrections}
          selected={[...selected.values()]}
          onChanged={changed}
          message={message}
          setMessage={setMessage}
        />
      )}
      <section>
        <h2>Names used</h2>
        <p>{entity.aliases.join(' · ')}</p>
      </section>
      {roles.length > 0 && (
        <section>
          <h2>Roles over time</h2>
          <ul>
            {roles.map((r) => {
              const document = profile.documents.find((d) => d.id === r.documentId);
              return (
                <li key={`${r.title}|${r.documentId}`}>
                  {r.title}
                  {r.country ? ` (${r.country})` : ''}
                  <span class="muted">
                    {' '}
                    — {dateLabel(document?.published)}
                    {document?.source ? `, ${document.source}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section>
        <h2>
          Mentions{' '}
          <span class="muted">
            ({profile.total} in {profile.documentCount} documents)
          </span>
        </h2>
        <ol class="mentions">
          {mentions.map((m) => (
            <li key={`${m.documentId}:${m.start}`}>
              {corrections && (
                <input
                  type="checkbox"
                  class="select-mention"
                  aria-label={`Select the mention “${m.text}” in ${m.title || 'this article'}`}
                  checked={selected.has(`${m.documentId}@${m.start}`)}
                  onChange={(e) => toggle(m.documentId, m.start, e.currentTarget.checked)}
                />
              )}
              <Snippet sentence={m.sentence} name={m.text} />
              <div class="muted">
                {m.outlets.length > 1 ? m.outlets.join(', ') : (m.source ?? 'Unknown source')}
                {`, ${dateLabel(m.published)}`} ·{' '}
                <a href={documentUrl(m.documentId, paths.get(m.documentId) ?? '')} target="_blank" rel="noopener">
                  {m.title || 'Open article'}
                </a>
                {m.copies.length > 0 && <span> · the same wire story in {m.copies.length + 1} copies</span>}
              </div>
            </li>
          ))}
        </ol>
        {nextOffset !== null && (
          <button type="button" onClick={loadMore}>
            Show more mentions
          </button>
        )}
      </section>
      {profile.companions.length > 0 && (
        <section>
          <h2>Mentioned with</h2>
          <ul class="companions">
            {profile.companions.map((c) => (
              <li key={c.id}>
                {onSelect ? (
                  <button type="button" class="link" onClick={() => onSelect(c.id)}>
                    {c.name}
                  </button>
                ) : (
                  <a href={`#${encodeURIComponent(c.id)}`}>{c.name}</a>
                )}{' '}
                <span class="muted">({c.count})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
