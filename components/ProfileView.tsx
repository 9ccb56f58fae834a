import { useEffect, useRef, useState } from 'preact/hooks';
import { monthLabel, placedLabel } from '@/lib/shared/date-label';
import { count, KIND_LABEL } from '@/lib/shared/words';
import type { CoMentionNetwork, MentionInContext, Profile, Timeline } from '@/lib/store/profile-store';
import type { DocumentId, EntityId } from '@/lib/shared/types';
import { Corrections, type CorrectionApi } from './Corrections';
import { NetworkChart } from './NetworkChart';
import { RoleLineText } from './RoleLineText';
import { Snippet } from './Snippet';
import { TimelineChart } from './TimelineChart';

const PAGE = 50;

interface Props {
  entityId: EntityId;
  /** A page of the profile's mentions; `month` ("2017-07", "2017" or "undated") keeps that period's only. */
  load: (id: EntityId, offset: number, limit: number, month?: string) => Promise<Profile | null>;
  /** The profile's mentions per month and source. */
  loadTimeline?: (id: EntityId) => Promise<Timeline | null>;
  /** Who appears with the entity: drawn where there is room (the full-size profile page). */
  loadNetwork?: (id: EntityId) => Promise<CoMentionNetwork | null>;
  /** Where a document opens: the article's URL, or the reader page, at the mention. */
  documentUrl: (documentId: string, path: string, mention?: { start: number; end: number; sentence: string }) => string;
  /** Where another profile opens. */
  profileHref: (id: EntityId) => string;
  onSelect?: (id: EntityId) => void;
  /** Called with each profile loaded: the page names its tab after it. */
  onLoaded?: (profile: Profile) => void;
  /** Where the reader may correct the profile (the full-size profile page). */
  corrections?: CorrectionApi;
}

/** A period's label: "Jul 2017", "2017", "undated". */
const periodLabel = (key: string) => (key === 'undated' ? 'with no date' : key.length === 4 ? key : monthLabel(key));

/** Every mention of an entry: itself and the others in its sentence, for a split. */
const anchorsOf = (m: MentionInContext) => [m.start, ...m.sameSentence.map((s) => s.start)].map((start) => ({ documentId: m.documentId, start }));

/**
 * A profile: every name used, roles over time (one line per office), a timeline of mentions, every
 * passage that names it (a page at a time; a bar of the timeline keeps one month's), and who it
 * appears with.
 */
export function ProfileView({ entityId, load, loadTimeline, loadNetwork, documentUrl, profileHref, onSelect, onLoaded, corrections }: Props) {
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const [more, setMore] = useState<Profile['mentions']>([]);
  const [morePaths, setMorePaths] = useState<Map<string, string>>(new Map());
  const [nextOffset, setNextOffset] = useState<number | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [network, setNetwork] = useState<CoMentionNetwork | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [selected, setSelected] = useState<Map<string, { documentId: DocumentId; start: number }[]>>(new Map());
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => setMonth(null), [entityId, version]);
  useEffect(() => {
    setTimeline(null);
    setNetwork(null);
  }, [entityId]);
  // The timeline and the network are asked for once the mentions are in, not beside them: the reader
  // reads the mentions first, and the three answers would share the store and the background's one thread.
  const loadedId = profile?.entity.id;
  const asked = useRef<string | null>(null);
  useEffect(() => {
    const key = `${entityId}#${version}`;
    if (loadedId !== entityId || asked.current === key) return;
    asked.current = key;
    void loadTimeline?.(entityId).then(setTimeline);
    void loadNetwork?.(entityId).then(setNetwork);
  }, [loadedId, entityId, version]);
  useEffect(() => {
    setProfile(undefined);
    setMore([]);
    setSelected(new Map());
    void load(entityId, 0, PAGE, month ?? undefined).then((p) => {
      setProfile(p);
      setNextOffset(p?.nextOffset ?? null);
      if (p) onLoaded?.(p);
    });
  }, [entityId, version, month]);

  if (profile === undefined) return <p class="muted">Loading…</p>;
  if (profile === null) return <p role="alert">No profile with this id is in the store.</p>;
  const { entity } = profile;
  const mentions = [...profile.mentions, ...more];
  const paths = new Map([...profile.documents.map((d) => [d.id, d.path] as const), ...morePaths]);
  const loadMore = async () => {
    if (nextOffset === null) return;
    const next = await load(entityId, nextOffset, PAGE, month ?? undefined);
    if (!next) return;
    setMore([...more, ...next.mentions]);
    setMorePaths(new Map([...morePaths, ...next.documents.map((d) => [d.id, d.path] as const)]));
    setNextOffset(next.nextOffset);
  };
  const toggle = (m: MentionInContext, on: boolean) => {
    const next = new Map(selected);
    if (on) next.set(`${m.documentId}@${m.start}`, anchorsOf(m));
    else next.delete(`${m.documentId}@${m.start}`);
    setSelected(next);
  };
  const changed = (id: EntityId) => {
    if (id !== entityId && onSelect) onSelect(id);
    else setVersion(version + 1);
  };
  const otherNames = entity.aliases.filter((a) => a !== profile.fullName);
  const folded = mentions.length < profile.total;
  return (
    <article class="profile">
      <header class="profile-head">
        <span class={`kind kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        <h1>{profile.fullName}</h1>
      </header>
      {corrections && (
        <Corrections
          key={`${entity.id}:${version}`}
          entity={entity}
          api={corrections}
          selected={[...selected.values()].flat()}
          onChanged={changed}
          onToggle={setCorrecting}
          message={message}
          setMessage={setMessage}
        />
      )}
      {otherNames.length > 0 && (
        <section>
          <h2>Names used</h2>
          <p class="names">{otherNames.join(' · ')}</p>
        </section>
      )}
      {profile.roleLines.length > 0 && (
        <section>
          <h2>Roles over time</h2>
          <ul class="role-lines">
            {profile.roleLines.map((r) => (
              <li key={`${r.title}|${r.country}`}>
                <RoleLineText line={r} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {timeline && (timeline.months.length > 0 || timeline.undated > 0) && (
        <section>
          <h2>Mentions over time</h2>
          <TimelineChart timeline={timeline} selected={month} onPick={setMonth} />
        </section>
      )}
      <section>
        <h2>Mentions</h2>
        <p class="mentions-summary" data-testid="mentions-summary">
          {month ? (
            <>
              {count(profile.total, 'mention')} {periodLabel(month) === 'with no date' ? 'with no date' : `in ${periodLabel(month)}`}{' '}
              <button type="button" class="link" onClick={() => setMonth(null)}>
                Show all {count(entity.mentionCount, 'mention')}
              </button>
            </>
          ) : (
            <>
              {count(profile.total, 'mention')} in {count(profile.documentCount, 'document')}
            </>
          )}
          {folded && (
            <span class="muted">
              {' '}
              · {nextOffset === null ? count(mentions.length, 'passage') : `${mentions.length} passages so far`} listed: a passage printed by several copies of
              a wire story, or naming {entity.name} more than once, is listed once
            </span>
          )}
        </p>
        <ol class="mentions">
          {mentions.map((m) => (
            <li key={`${m.documentId}:${m.start}`} data-document={m.documentId}>
              {correcting && (
                <input
                  type="checkbox"
                  class="select-mention"
                  aria-label={`Select the mention “${m.text}” in ${m.title || 'this article'}`}
                  checked={selected.has(`${m.documentId}@${m.start}`)}
                  onChange={(e) => toggle(m, e.currentTarget.checked)}
                />
              )}
              <Snippet sentence={m.sentence} names={[m.text, ...m.sameSentence.map((s) => s.text)]} />
              <div class="muted source-line">
                {m.outlets.length > 1 ? m.outlets.join(', ') : (m.source ?? 'Unknown source')},{' '}
                <span title={m.published ?? undefined}>{placedLabel(m.date)}</span> ·{' '}
                <a href={documentUrl(m.documentId, paths.get(m.documentId) ?? '', m)} target="_blank" rel="noopener">
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
      {network && network.nodes.length > 1 && (
        <section>
          <h2>Named in the same paragraphs as {entity.name}</h2>
          <NetworkChart network={network} href={profileHref} width={760} height={420} />
        </section>
      )}
      {profile.companions.length > 0 && (
        <section>
          <h2>Named in the same documents</h2>
          <ul class="companions">
            {profile.companions.map((c) => (
              <li key={c.id}>
                {onSelect ? (
                  <button type="button" class="link" onClick={() => onSelect(c.id)}>
                    {c.name}
                  </button>
                ) : (
                  <a href={profileHref(c.id)}>{c.name}</a>
                )}{' '}
                <span class="muted">({count(c.count, 'document')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
