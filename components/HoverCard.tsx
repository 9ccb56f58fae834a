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

/** What a screen reader announces when the card has filled: who this is, and how often seen before. */
function announcement(state: CardState): string {
  const { entity } = state;
  const role = state.status === 'known' ? state.card.roles.at(-1) : entity.role;
  const who = [`${entity.name}, ${KIND_LABEL[entity.kind]}`, role && roleLine(role)].filter(Boolean).join(', ');
  if (state.status === 'loading') return '';
  if (state.status === 'new') return `${who}. First seen on this page.`;
  const { mentionCount, documentCount } = state.card;
  return `${who}. ${mentionCount} past ${mentionCount === 1 ? 'mention' : 'mentions'} in ${documentCount} ${documentCount === 1 ? 'document' : 'documents'}.`;
}

/**
 * The card a reader sees on hovering a name, or moving to it with the keyboard: who this is and where
 * the name appeared before. A known name is a link to its profile; a live region announces the card.
 */
export function HoverCard({ state, profileUrl }: Props) {
  const { entity } = state;
  return (
    <div class="card" role="dialog" tabIndex={-1} aria-label={`${entity.name}, ${KIND_LABEL[entity.kind]}`}>
      <p class="announce" role="status" aria-live="polite">
        {announcement(state)}
      </p>
      <header>
        <span class={`kind kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        <h2>
          {state.status === 'known' ? (
            <a class="name" href={profileUrl(entity.id)} target="_blank" rel="noopener" title="Open the profile">
              {entity.name}
            </a>
          ) : (
            entity.name
          )}
        </h2>
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
