import { useState } from 'preact/hooks';
import type { EntitySummary, StoredEntity } from '@/lib/store/profile-store';
import { count, KIND_LABEL } from '@/lib/shared/words';
import type { DocumentId, EntityId, EntityKind, Result } from '@/lib/shared/types';

/** What corrections need from the background. */
export interface CorrectionApi {
  search: (query: string) => Promise<EntitySummary[]>;
  merge: (from: EntityId, into: EntityId) => Promise<Result<StoredEntity>>;
  split: (entityId: EntityId, mentions: { documentId: DocumentId; start: number }[], name: string) => Promise<Result<StoredEntity>>;
  setKind: (entityId: EntityId, kind: EntityKind) => Promise<Result<StoredEntity>>;
  rename: (entityId: EntityId, name: string) => Promise<Result<StoredEntity>>;
}

interface Props {
  entity: StoredEntity;
  api: CorrectionApi;
  /** Mentions chosen in the list below, for a split. */
  selected: { documentId: DocumentId; start: number }[];
  /** After a correction: the entity to show now. */
  onChanged: (id: EntityId) => void;
  /** The form was opened or closed: the profile shows the mentions' checkboxes only while it is open. */
  onToggle?: (open: boolean) => void;
  /** What the last correction did; kept by the profile, as this form is rebuilt after each change. */
  message: { error: boolean; text: string } | null;
  setMessage: (message: { error: boolean; text: string } | null) => void;
}

const KINDS = Object.entries(KIND_LABEL) as [EntityKind, string][];

/** The reader's corrections to one profile: rename, change kind, merge another entity in, split mentions off. */
export function Corrections({ entity, api, selected, onChanged, onToggle, message, setMessage }: Props) {
  const [name, setName] = useState(entity.name);
  const [kind, setKind] = useState<EntityKind>(entity.kind);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<EntitySummary[]>([]);
  const [splitName, setSplitName] = useState('');

  const run = async (action: Promise<Result<StoredEntity>>, done: string, show: (e: StoredEntity) => EntityId = () => entity.id) => {
    const result = await action;
    if (!result.ok) return setMessage({ error: true, text: result.error });
    setMessage({ error: false, text: done });
    onChanged(show(result.value));
  };

  return (
    <details class="corrections" open={!!message} onToggle={(e) => onToggle?.((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Correct this profile</summary>
      <p class="muted">Tick mentions in the list below to split them off into a profile of their own.</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(api.rename(entity.id, name), `Renamed to ${name.trim()}.`);
        }}
      >
        <label>
          Name <input value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        </label>{' '}
        <button type="submit">Rename</button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(api.setKind(entity.id, kind), `Now listed as ${KIND_LABEL[kind].toLowerCase()}.`);
        }}
      >
        <label>
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EntityKind)}>
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">Change kind</button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void api.search(query).then((found) => setMatches(found.filter((f) => f.id !== entity.id)));
        }}
      >
        <label>
          Same as <input type="search" value={query} placeholder="Find another profile" onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">Find</button>
        {matches.length > 0 && (
          <ul class="merge-candidates">
            {matches.map((m) => (
              <li key={m.id}>
                {m.name}{' '}
                <span class="muted">
                  ({KIND_LABEL[m.kind].toLowerCase()}, {count(m.mentionCount, 'mention')})
                </span>{' '}
                <button type="button" onClick={() => void run(api.merge(m.id, entity.id), `Merged ${m.name} into ${entity.name}.`).then(() => setMatches([]))}>
                  Merge {m.name} into this profile
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            api.split(entity.id, selected, splitName),
            `Split ${count(selected.length, 'mention')} off into ${splitName.trim()}.`,
            (created) => created.id,
          );
        }}
      >
        <label>
          New profile for the {count(selected.length, 'selected mention')}{' '}
          <input value={splitName} placeholder="Its name" onInput={(e) => setSplitName(e.currentTarget.value)} required />
        </label>{' '}
        <button type="submit" disabled={!selected.length}>
          Split off
        </button>
      </form>
    </details>
  );
}
