import { placedLabel } from '@/lib/shared/date-label';
import { count, KIND_LABEL } from '@/lib/shared/words';
import type { CardData, PageEntity } from '@/lib/messaging/protocol';
import { RoleLineText } from './RoleLineText';
import { Snippet } from './Snippet';

/**
 * What the card shows: loading, an entity new to the store, or a known one with its card. `said` is
 * the page's own words for it (the mark's text), which the card's accessible name reads first.
 */
export type CardState = ({ status: 'loading' } | { status: 'new' } | { status: 'known'; card: CardData }) & { entity: PageEntity; said?: string };

interface Props {
  state: CardState;
  profileUrl: (id: string) => string;
}

/** The longest a snippet runs in a card, in characters: about three lines at the card's width. */
const SNIPPET_CHARACTERS = 160;

/**
 * The card's accessible name: the page's own words first, then the full name where it says more, then
 * the kind. "G-20, Group of 20, organisation"; "Mr Kelly, John F. Kelly, official".
 */
export function cardLabel(entity: PageEntity, said: string | undefined, fullName: string): string {
  const words = said?.trim() || entity.name;
  const full = fullName.replace(` (${words})`, '');
  return [words, ...(full !== words ? [full] : []), KIND_LABEL[entity.kind].toLowerCase()].join(', ');
}

/** What a screen reader announces when the card has filled: who this is, and how often seen before. */
function announcement(state: CardState, fullName: string): string {
  const { entity } = state;
  const role = state.status === 'known' ? state.card.roles.at(-1) : entity.role;
  const who = [`${fullName}, ${KIND_LABEL[entity.kind].toLowerCase()}`, role && (role.country ? `${role.title}, ${role.country}` : role.title)]
    .filter(Boolean)
    .join(', ');
  if (state.status === 'loading') return '';
  if (state.status === 'new' || state.card.mentionCount === 0) return `${who}. First seen here.`;
  const { mentionCount, documentCount } = state.card;
  return `${who}. ${count(mentionCount, 'past mention')} in ${count(documentCount, 'other document')}.`;
}

/**
 * The card a reader sees on hovering or focusing a name: who this is (roles over time, one line per
 * office), how often other documents named it, the latest of those passages and who it appears with.
 * The header and the link to every mention stay in view; what is between them scrolls if it must.
 */
export function HoverCard({ state, profileUrl }: Props) {
  const { entity } = state;
  const fullName = state.status === 'known' ? state.card.fullName : (entity.fullName ?? entity.name);
  return (
    <div class="card" role="dialog" tabIndex={-1} aria-label={cardLabel(entity, state.said, fullName)}>
      <p class="announce" role="status" aria-live="polite">
        {announcement(state, fullName)}
      </p>
      <header>
        <span class={`kind kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        <h2>{fullName}</h2>
      </header>
      <div class="body">
        {state.status === 'loading' && <p class="muted">Loading…</p>}
        {state.status === 'new' && (
          <>
            {entity.role && (
              <p class="role">
                {entity.role.title}
                {entity.role.country ? `, ${entity.role.country}` : ''}
              </p>
            )}
            <p class="count">First seen here</p>
            <p class="muted">No document in your store names it yet. Save this article to start its profile.</p>
          </>
        )}
        {state.status === 'known' && <KnownCard card={state.card} />}
      </div>
      {state.status === 'known' && (
        <footer class="actions">
          <a class="all" href={profileUrl(state.card.id)} target="_blank" rel="noopener">
            All mentions
          </a>
        </footer>
      )}
    </div>
  );
}

function KnownCard({ card }: { card: CardData }) {
  return (
    <>
      {card.roles.length > 0 && (
        <ul class="roles">
          {card.roles.map((r) => (
            <li key={`${r.title}|${r.country}`}>
              <RoleLineText line={r} />
            </li>
          ))}
        </ul>
      )}
      {card.mentionCount === 0 ? (
        <p class="count">First seen here</p>
      ) : (
        <p class="count">
          {count(card.mentionCount, 'past mention')} in {count(card.documentCount, 'other document')}
        </p>
      )}
      {card.mentionCount === 0 && <p class="muted">No other document in your store names it.</p>}
      {card.recent.length > 0 && (
        <ul class="snippets">
          {card.recent.map((m) => (
            <li key={`${m.documentId}@${m.start}`}>
              <Snippet sentence={m.sentence} names={[m.text, ...m.sameSentence.map((s) => s.text)]} around={SNIPPET_CHARACTERS} />
              <span class="muted">
                {' '}
                — {m.outlets.length > 1 ? m.outlets.join(', ') : (m.source ?? m.title)}, {placedLabel(m.date)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {card.companions.length > 0 && (
        <p class="companions">
          <span class="muted">Often with: </span>
          {card.companions.map((c) => c.name).join(', ')}
        </p>
      )}
    </>
  );
}
