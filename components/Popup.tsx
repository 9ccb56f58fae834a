import { useEffect, useState } from 'preact/hooks';
import type { PageEntity } from '@/lib/messaging/protocol';
import type { EntitySummary, Profile, SaveResult, Timeline } from '@/lib/store/profile-store';
import { isDisabled, pageOf, siteOf, toggled, type Settings } from '@/lib/shared/settings';
import { count, KIND_GROUP, KIND_LABEL } from '@/lib/shared/words';
import type { EntityId, EntityKind, Result } from '@/lib/shared/types';
import { ProfileView } from './ProfileView';

export interface PopupApi {
  pageEntities: () => Promise<{ url: string; state: string; reason: string | null; entities: PageEntity[] } | null>;
  saveArticle: () => Promise<Result<SaveResult>>;
  search: (query: string) => Promise<EntitySummary[]>;
  profile: (id: EntityId, offset: number, limit: number, month?: string) => Promise<Profile | null>;
  timeline: (id: EntityId) => Promise<Timeline | null>;
  documentUrl: (documentId: string, path: string, mention?: { start: number; end: number; sentence: string }) => string;
  /** The full-size profile page of an entity. */
  profileUrl: (id: EntityId) => string;
  /** The extension's icon, for the popup's header. */
  iconUrl: string;
  storeError: () => Promise<string | null>;
  settings: () => Promise<Settings>;
  updateSettings: (change: (settings: Settings) => Settings) => Promise<Settings>;
  openOptions: () => void;
}

const GROUPS = Object.entries(KIND_GROUP) as [EntityKind, string][];

const REASONS: Record<string, string> = {
  'not-readerable': 'This page does not look like an article.',
  'no-article-signals': 'This page does not look like a news article.',
  'no-article-body': 'No article text was found on this page.',
  'engine-unavailable': 'Dramatis could not read this page.',
  'turned-off': 'Dramatis is turned off here.',
};

/** The toolbar popup: who is on this page, and a search over every profile. */
export function Popup({ api }: { api: PopupApi }) {
  const [page, setPage] = useState<Awaited<ReturnType<PopupApi['pageEntities']>>>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySummary[] | null>(null);
  const [selected, setSelected] = useState<EntityId | null>(null);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saving, setSaving] = useState<'idle' | 'saving' | { ok: true; value: SaveResult } | { ok: false; error: string }>('idle');

  const refreshPage = () => void api.pageEntities().then(setPage);
  useEffect(() => {
    refreshPage();
    void api.storeError().then(setStoreError);
    void api.settings().then(setSettings);
  }, []);

  const save = async () => {
    setSaving('saving');
    const result = await api.saveArticle();
    setSaving(result);
    refreshPage();
  };
  const turnOff = async (scope: 'site' | 'page', off: boolean) => {
    if (!page) return;
    const next = await api.updateSettings((s) =>
      scope === 'site'
        ? { ...s, disabledSites: toggled(s.disabledSites, siteOf(page.url), off) }
        : { ...s, disabledPages: toggled(s.disabledPages, pageOf(page.url), off) },
    );
    setSettings(next);
    // The page reacts to the setting; ask it again once it has.
    setTimeout(refreshPage, 150);
  };

  useEffect(() => {
    if (!query.trim()) return setResults(null);
    let live = true;
    const timer = setTimeout(() => void api.search(query).then((r) => live && setResults(r)), 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const brand = (
    <header class="brand">
      <img src={api.iconUrl} alt="" width={20} height={20} />
      <span>Dramatis</span>
    </header>
  );
  if (selected) {
    return (
      <main class="popup">
        {brand}
        <nav class="popup-nav">
          <button type="button" class="back" onClick={() => setSelected(null)}>
            ← Back
          </button>
          <a href={api.profileUrl(selected)} target="_blank" rel="noopener">
            Open the full profile
          </a>
        </nav>
        <ProfileView
          entityId={selected}
          load={api.profile}
          loadTimeline={api.timeline}
          documentUrl={api.documentUrl}
          profileHref={api.profileUrl}
          onSelect={setSelected}
        />
      </main>
    );
  }

  return (
    <main class="popup">
      {brand}
      {storeError && (
        <p role="alert" class="error">
          Your profiles could not be opened ({storeError}). Pages are still marked from the built-in corpus, but nothing can be saved or searched until the
          store opens: private windows and “never remember history” turn it off.
        </p>
      )}
      <label class="search">
        <span>Search profiles</span>
        <input
          type="search"
          placeholder="Name, alias or role"
          aria-describedby="search-hint"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          autoFocus
        />
      </label>
      {!results && (
        <p id="search-hint" class="muted hint">
          For example: pena, attorney general, cartel
        </p>
      )}
      {results && (
        <section aria-live="polite">
          <h2>Results</h2>
          {results.length === 0 ? <p class="muted">No profile matches “{query}”.</p> : <EntityList items={results} onSelect={setSelected} showKind />}
        </section>
      )}
      {!results && page && settings && (
        <section class="page-controls" aria-label="This page">
          <button type="button" class="primary" onClick={save} disabled={saving === 'saving' || page.state !== 'annotated'}>
            {saving === 'saving' ? 'Saving…' : 'Save this article'}
          </button>
          {typeof saving === 'object' &&
            (saving.ok ? (
              <p role="status" class="ok">
                {saving.value.status === 'updated' ? 'Updated' : 'Saved'} “{saving.value.title}”: {count(saving.value.entities, 'name')},{' '}
                {saving.value.newEntities} new to your profiles.
                {saving.value.copyOf ? ' It is a copy of a wire story already saved.' : ''}
              </p>
            ) : (
              <p role="alert" class="error">
                Not saved: {saving.error}
              </p>
            ))}
          <label class="toggle">
            <input
              type="checkbox"
              checked={settings.disabledSites.includes(siteOf(page.url))}
              onChange={(e) => void turnOff('site', e.currentTarget.checked)}
            />{' '}
            Turn off on {siteOf(page.url)}
          </label>
          <label class="toggle">
            <input
              type="checkbox"
              checked={settings.disabledPages.includes(pageOf(page.url))}
              onChange={(e) => void turnOff('page', e.currentTarget.checked)}
            />{' '}
            Turn off on this page
          </label>
          {isDisabled(settings, page.url) && <p class="muted">Dramatis is off here: the page is as its site made it.</p>}
        </section>
      )}
      {!results && (
        <section>
          <h2>On this page</h2>
          {!page && <p class="muted">Dramatis is not running on this page.</p>}
          {page && page.state === 'skipped' && <p class="muted">{REASONS[page.reason ?? ''] ?? 'This page was not annotated.'}</p>}
          {page && page.state === 'disabled' && <p class="muted">{REASONS['turned-off']}</p>}
          {page && page.state === 'annotated' && page.entities.length === 0 && <p class="muted">No officials or organisations found.</p>}
          {page &&
            page.state === 'annotated' &&
            GROUPS.map(([kind, label]) => {
              const items = page.entities.filter((e) => e.kind === kind);
              if (!items.length) return null;
              return (
                <div key={kind}>
                  <h3>{label}</h3>
                  <EntityList
                    items={items.map((e) => ({
                      id: e.id,
                      kind: e.kind,
                      name: e.name,
                      fullName: e.fullName ?? e.name,
                      role: e.role,
                      mentionCount: 0,
                      documentCount: 0,
                      known: e.known,
                    }))}
                    onSelect={setSelected}
                  />
                </div>
              );
            })}
        </section>
      )}
      <footer>
        <button type="button" class="link" onClick={api.openOptions}>
          Options: what to highlight, documents, import
        </button>
      </footer>
    </main>
  );
}

/**
 * A list of entities: name, role, and how often the store names them. Under a kind's own heading the
 * kind is not repeated; in search results, where kinds mix, each says its kind.
 */
function EntityList({ items, onSelect, showKind }: { items: (EntitySummary & { known?: boolean })[]; onSelect: (id: EntityId) => void; showKind?: boolean }) {
  return (
    <ul class="entities">
      {items.map((e) => (
        <li key={e.id}>
          {e.known === false ? (
            <span class="name">{e.fullName}</span>
          ) : (
            <button type="button" class="link name" onClick={() => onSelect(e.id)}>
              {e.fullName}
            </button>
          )}
          {showKind && <span class={`kind kind-${e.kind}`}>{KIND_LABEL[e.kind]}</span>}
          {e.role && (
            <span class="muted">
              {' '}
              {e.role.title}
              {e.role.country ? `, ${e.role.country}` : ''}
            </span>
          )}
          {e.known === false && <span class="muted"> · new</span>}
          {e.mentionCount > 0 && <span class="muted"> · {count(e.mentionCount, 'mention')}</span>}
        </li>
      ))}
    </ul>
  );
}
