import { useEffect, useState } from 'preact/hooks';
import { dateLabel } from '@/lib/date-label';
import type { Profile } from '@/lib/profile-store';
import type { EntityId } from '@/lib/types';
import { Snippet } from './Snippet';

const KIND_LABEL = { official: 'Official', organization: 'Organisation', person: 'Person' } as const;
const PAGE = 50;

interface Props {
  entityId: EntityId;
  load: (id: EntityId, offset: number, limit: number) => Promise<Profile | null>;
  /** Where a document opens: the article's URL, or the reader page for seed articles. */
  documentUrl: (documentId: string, path: string) => string;
  onSelect?: (id: EntityId) => void;
}

/** A profile: every name used, roles over time, every past mention (a page at a time), and companions. */
export function ProfileView({ entityId, load, documentUrl, onSelect }: Props) {
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [more, setMore] = useState<Profile['mentions']>([]);

  useEffect(() => {
    setProfile(undefined);
    setMore([]);
    void load(entityId, 0, PAGE).then(setProfile);
  }, [entityId]);

  if (profile === undefined) return <p class="muted">Loading…</p>;
  if (profile === null) return <p role="alert">No profile with this id is in the store.</p>;
  const { entity } = profile;
  const mentions = [...profile.mentions, ...more];
  const paths = new Map(profile.documents.map((d) => [d.id, d.path]));
  const loadMore = async () => {
    const next = await load(entityId, mentions.length, PAGE);
    if (next) setMore([...more, ...next.mentions]);
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
          Mentions <span class="muted">({profile.total} in {profile.documents.length} documents)</span>
        </h2>
        <ol class="mentions">
          {mentions.map((m) => (
            <li key={`${m.documentId}:${m.start}`}>
              <Snippet sentence={m.sentence} name={m.text} />
              <div class="muted">
                {m.source ?? 'Unknown source'}
                {`, ${dateLabel(m.published)}`} ·{' '}
                <a href={documentUrl(m.documentId, paths.get(m.documentId) ?? '')} target="_blank" rel="noopener">
                  {m.title || 'Open article'}
                </a>
              </div>
            </li>
          ))}
        </ol>
        {mentions.length < profile.total && (
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
