import { dateLabel } from '@/lib/shared/date-label';
import type { CardData, PageEntity } from '@/lib/messaging/protocol';

export type CardState =
  { status: 'loading'; entity: PageEntity } | { status: 'new'; entity: PageEntity } | { status: 'known'; entity: PageEntity; card: CardData };

const KIND_LABEL = { official: 'Official', organization: 'Organisation', person: 'Person' } as const;

interface Props {
  state: CardState;
  profileUrl: (id: string) => string;
}

function roleLine(role: { title: string; country: string | null }): string {
  return role.country ? `${role.title} (${role.country})` : role.title;
}

/** The card a reader sees on hovering or focusing a mark: who this is and where the name appeared before. */
export function HoverCard({ state, profileUrl }: Props) {
  const { entity } = state;
  return (
    <div class="card" role="dialog" aria-label={`${entity.name}, ${KIND_LABEL[entity.kind]}`}>
      <header>
        <span class={`kind kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        <h2>{entity.name}</h2>
      </header>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'new' && (
        <>
          {entity.role && <p class="role">{roleLine(entity.role)}</p>}
          <p class="muted">First seen on this page.</p>
        </>
      )}
      {state.status === 'known' && <KnownCard card={state.card} profileUrl={profileUrl} />}
    </div>
  );
}

function KnownCard({ card, profileUrl }: { card: CardData; profileUrl: (id: string) => string }) {
  const latestFirst = [...card.roles].sort((a, b) => (b.published ?? '').replace(/^--/, '0000-').localeCompare((a.published ?? '').replace(/^--/, '0000-')));
  const roles = latestFirst.filter((r, i, all) => all.findIndex((x) => x.title === r.title && x.country === r.country) === i);
  return (
    <>
      {roles.length > 0 && (
        <ul class="roles">
          {roles.map((r) => (
            <li key={`${r.title}|${r.documentId}`}>
              {roleLine(r)}
              <span class="muted"> · stated {dateLabel(r.published)}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="count">
        {card.mentionCount} past {card.mentionCount === 1 ? 'mention' : 'mentions'} in {card.documentCount}{' '}
        {card.documentCount === 1 ? 'document' : 'documents'}
      </p>
      <ul class="snippets">
        {card.recent.map((m) => (
          <li key={`${m.documentId}|${m.sentence}`}>
            <q>{m.sentence}</q>
            <span class="muted">
              {' '}
              — {m.source ?? m.title}
              {`, ${dateLabel(m.published)}`}
            </span>
          </li>
        ))}
      </ul>
      {card.companions.length > 0 && (
        <p class="companions">
          <span class="muted">Often with: </span>
          {card.companions.map((c) => c.name).join(', ')}
        </p>
      )}
      <a class="all" href={profileUrl(card.id)} target="_blank" rel="noopener">
        All mentions
      </a>
    </>
  );
}
