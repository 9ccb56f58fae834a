import { useEffect, useRef, useState } from 'preact/hooks';
import { placedLabel } from '@/lib/shared/date-label';
import { count, KIND_GROUP } from '@/lib/shared/words';
import { NetworkChart } from './NetworkChart';
import { readImportFile, type HtmlParser } from '@/lib/store/import-files';
import type { StoreStatus } from '@/lib/messaging/protocol';
import type { CoMentionNetwork, DocumentSummary, SaveResult } from '@/lib/store/profile-store';
import type { OnProgress, StoreProgress } from '@/lib/store/export-file';
import { StoreProgressBar } from './StoreProgressBar';
import { pageOf, siteOf, toggled, type Settings } from '@/lib/shared/settings';
import type { DocumentId, EntityId, EntityKind, Result } from '@/lib/shared/types';

/** What the options page needs from the background and the browser. */
export interface OptionsApi {
  settings: () => Promise<Settings>;
  updateSettings: (change: (settings: Settings) => Settings) => Promise<Settings>;
  status: () => Promise<Result<StoreStatus>>;
  documents: (query: string, offset: number, limit: number) => Promise<Result<{ documents: DocumentSummary[]; total: number }>>;
  removeDocument: (id: DocumentId) => Promise<Result<StoreStatus>>;
  stageImport: (importId: string, name: string, title: string | null, text: string, siteName?: string | null) => Promise<Result<{ staged: number }>>;
  commitImport: (importId: string) => Promise<Result<SaveResult[]>>;
  dropImport: (importId: string) => Promise<unknown>;
  /** Replaces the store with an export file, read a batch at a time, however large. */
  restore: (name: string, file: Blob, onProgress: OnProgress) => Promise<Result<StoreStatus>>;
  /** The whole store as an export file, written a batch at a time. */
  exportStore: (onProgress: OnProgress) => Promise<Result<{ file: Blob; counts: { documents: number; entities: number } }>>;
  /** Empties the store, with progress. */
  clear: (onProgress: OnProgress) => Promise<Result<StoreStatus>>;
  reset: (builtIn: boolean) => Promise<Result<StoreStatus>>;
  /** Calls back whenever the store changes, from any tab; returns how to stop. */
  onStoreChanged: (listener: () => void) => () => void;
  /** Hands a file to the reader: a download. */
  download: (name: string, file: Blob) => void;
  parseHtml: HtmlParser;
  documentUrl: (id: DocumentId, path: string) => string;
  /** Who appears with whom in the whole store: the `maxNodes` strongest names. */
  network: (maxNodes: number) => Promise<Result<CoMentionNetwork>>;
  profileUrl: (id: EntityId) => string;
}

const KIND_LABELS = (Object.entries(KIND_GROUP) as [EntityKind, string][]).map(([kind, label]) => [kind, kind === 'person' ? 'Other people' : label] as const);
const PAGE = 50;

/** The options page: what to highlight, where, saving, and the reader's documents. */
export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  /** A restore is writing: the store's other actions wait for it. */
  const [restoring, setRestoring] = useState(false);

  /** Changes made on this page (removal, import, restore, clear), which its list shows at once. */
  const [own, setOwn] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const refresh = () => {
    changed();
    setOwn((n) => n + 1);
  };
  useEffect(() => {
    void api.settings().then(setSettings);
    return api.onStoreChanged(changed);
  }, []);
  useEffect(() => {
    void api.status().then((s) => {
      if (!s.ok) return setStoreError(s.error);
      setStatus(s.value);
      setStoreError(s.value.storeError);
    });
  }, [version]);

  const update = async (change: (s: Settings) => Settings) => setSettings(await api.updateSettings(change));

  return (
    <main class="options">
      <h1>Dramatis options</h1>
      {storeError && (
        <p role="alert" class="error">
          The profile store could not be opened: {storeError}. Highlighting still works from the built-in corpus.
        </p>
      )}
      {status?.unfinishedRestore && (
        <p role="alert" class="error">
          A restore did not finish: the store holds only part of the file. Restore it again, or clear the store.
        </p>
      )}
      {status && (
        <p class="muted" data-testid="store-status">
          Your store holds {count(status.documents, 'document')}, {count(status.entities, 'profile')} and {count(status.mentions, 'mention')}.
        </p>
      )}
      {settings && <HighlightSettings settings={settings} update={update} />}
      {settings && <SiteSettings settings={settings} update={update} />}
      <Documents api={api} version={version} own={own} onChanged={refresh} />
      <Network api={api} version={version} />
      <Import api={api} onChanged={refresh} storeEmpty={status?.documents === 0} onRestoring={setRestoring} />
      <StoreActions api={api} status={status} onChanged={refresh} restoring={restoring} />
    </main>
  );
}

function HighlightSettings({ settings, update }: { settings: Settings; update: (change: (s: Settings) => Settings) => void }) {
  return (
    <section aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">What to highlight</h2>
      {KIND_LABELS.map(([kind, label]) => (
        <label key={kind} class="toggle">
          <input
            type="checkbox"
            checked={settings.kinds[kind]}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              update((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
            }}
          />{' '}
          {label}
        </label>
      ))}
      <fieldset>
        <legend>Mentions</legend>
        <label class="toggle">
          <input type="radio" name="per-paragraph" checked={!settings.firstPerParagraph} onChange={() => update((s) => ({ ...s, firstPerParagraph: false }))} />{' '}
          Every mention
        </label>
        <label class="toggle">
          <input type="radio" name="per-paragraph" checked={settings.firstPerParagraph} onChange={() => update((s) => ({ ...s, firstPerParagraph: true }))} />{' '}
          Only the first in each paragraph
        </label>
      </fieldset>
    </section>
  );
}

/** An editable list of sites or pages. */
function RuleList({
  label,
  placeholder,
  items,
  normalize,
  onChange,
}: {
  label: string;
  placeholder: string;
  items: string[];
  normalize: (v: string) => string;
  onChange: (items: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  return (
    <div class="rules">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const value = normalize(draft);
          if (value) onChange(toggled(items, value, true));
          setDraft('');
        }}
      >
        <label>
          {label} <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder={placeholder} />
        </label>{' '}
        <button type="submit">Add</button>
      </form>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item}>
              {item}{' '}
              <button type="button" aria-label={`Remove ${item}`} onClick={() => onChange(toggled(items, item, false))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SiteSettings({ settings, update }: { settings: Settings; update: (change: (s: Settings) => Settings) => void }) {
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <RuleList
        label="Never run on the site"
        placeholder="example.com"
        items={settings.disabledSites}
        normalize={siteOf}
        onChange={(disabledSites) => update((s) => ({ ...s, disabledSites }))}
      />
      <RuleList
        label="Never run on the page"
        placeholder="https://example.com/news/story.html"
        items={settings.disabledPages}
        normalize={(v) => pageOf(v.trim())}
        onChange={(disabledPages) => update((s) => ({ ...s, disabledPages }))}
      />
      <h2 class="subheading">Saving</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.autoSave}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            update((s) => ({ ...s, autoSave: on }));
          }}
        />{' '}
        Save every news article I open
      </label>
      <RuleList
        label="Never save articles from"
        placeholder="example.com"
        items={settings.neverSaveSites}
        normalize={siteOf}
        onChange={(neverSaveSites) => update((s) => ({ ...s, neverSaveSites }))}
      />
    </section>
  );
}

function Documents({ api, version, own, onChanged }: { api: OptionsApi; version: number; own: number; onChanged: () => void }) {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ documents: DocumentSummary[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<DocumentSummary[]>([]);
  // Saves from elsewhere (the popup, other tabs) are shown once they pause: reading the list while
  // they arrive would hold the next one back (its write waits for the list's read).
  const settled = useSettledVersion(version, LIST_QUIET_MS);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const found = await api.documents(query, 0, PAGE);
      if (!live) return;
      if (found.ok) setList(found.value);
      else setError(found.error);
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, settled, own]);

  const more = async () => {
    if (!list) return;
    const found = await api.documents(query, list.documents.length, PAGE);
    if (found.ok) setList({ documents: [...list.documents, ...found.value.documents], total: found.value.total });
  };
  const remove = async (d: DocumentSummary) => {
    setRemoving((now) => [...now, d]);
    const removed = await api.removeDocument(d.id);
    setRemoving((now) => now.filter((r) => r.id !== d.id));
    if (!removed.ok) return setError(`${d.title} was not removed: ${removed.error}`);
    onChanged();
  };
  const busy = new Set(removing.map((d) => d.id));

  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <label class="search">
        <span>Search documents</span>
        <input type="search" value={query} placeholder="Title, source or address" onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {removing.length > 0 && <StoreProgressBar progress={null} label={`Removing “${removing[0]!.title || removing[0]!.path}” and its mentions…`} />}
      {list && (
        <>
          <p class="muted">{count(list.total, 'document')}</p>
          <ul class="documents">
            {list.documents.map((d) => (
              <li key={d.id} data-document={d.id} aria-busy={busy.has(d.id)}>
                <div class="document-text">
                  <a href={api.documentUrl(d.id, d.path)} target="_blank" rel="noopener">
                    {d.title || d.path}
                  </a>
                  <div class="muted">
                    {d.source ?? 'Unknown source'} · {placedLabel(d.placed)} · {count(d.entityCount, 'name')}
                    {d.copyOf ? ' · a copy of a wire story saved earlier' : ''}
                  </div>
                </div>
                <button type="button" aria-label={`Remove ${d.title || d.path}`} disabled={busy.has(d.id)} onClick={() => void remove(d)}>
                  {busy.has(d.id) ? 'Removing…' : 'Remove'}
                </button>
              </li>
            ))}
          </ul>
          {list.documents.length < list.total && (
            <button type="button" onClick={more}>
              Show more documents
            </button>
          )}
        </>
      )}
    </section>
  );
}

interface ImportReport {
  done: number;
  total: number;
  lines: { name: string; outcome: 'added' | 'updated' | 'skipped' | 'restored'; detail: string }[];
  finished: boolean;
}

function Import({
  api,
  onChanged,
  storeEmpty,
  onRestoring,
}: {
  api: OptionsApi;
  onChanged: () => void;
  storeEmpty: boolean;
  onRestoring: (restoring: boolean) => void;
}) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [restoring, setRestoring] = useState<{ file: string; progress: StoreProgress | null } | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const run = async (files: File[]) => {
    if (!files.length) return;
    const importId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const state: ImportReport = { done: 0, total: files.length + 1, lines: [], finished: false };
    const show = () => setReport({ ...state, lines: [...state.lines] });
    show();
    const skip = (name: string, detail: string) => state.lines.push({ name, outcome: 'skipped', detail });
    let staged = 0;
    // One export file into an empty store is a restore: read a batch at a time, however large.
    if (storeEmpty && files.length === 1 && /\.json$/i.test(files[0]!.name)) {
      const file = files[0]!;
      setRestoring({ file: file.name, progress: null });
      onRestoring(true);
      const restored = await api.restore(file.name, file, (progress) => setRestoring({ file: file.name, progress }));
      setRestoring(null);
      onRestoring(false);
      if (restored.ok)
        state.lines.push({
          name: file.name,
          outcome: 'restored',
          detail: `${restored.value.documents} documents, ${restored.value.entities} profiles, with your corrections`,
        });
      else skip(file.name, restored.error);
      state.done = state.total;
      state.finished = true;
      show();
      onChanged();
      return;
    }
    for (const file of files) {
      const read = readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), api.parseHtml);
      if (!read.ok) skip(file.name, read.error);
      else if (read.value.kind === 'export') {
        // Into a store that already holds documents, an export's articles are added like any others.
        for (const d of read.value.data.documents) {
          const r = await api.stageImport(importId, d.path, d.title, d.text);
          if (r.ok) staged++;
          else skip(`${file.name}: ${d.title}`, r.error);
        }
      } else {
        const r = await api.stageImport(importId, read.value.name, read.value.title, read.value.text, read.value.siteName);
        if (r.ok) staged++;
        else skip(file.name, r.error);
      }
      state.done++;
      show();
    }
    if (staged) {
      const committed = await api.commitImport(importId);
      if (committed.ok) {
        for (const r of committed.value) {
          state.lines.push({
            name: r.path,
            outcome: r.status,
            detail: `${r.entities} names, ${r.newEntities} new${r.copyOf ? ', a copy of a wire story already saved' : ''}`,
          });
        }
      } else {
        state.lines.push({ name: `${staged} staged files`, outcome: 'skipped', detail: `Nothing was written: ${committed.error}` });
      }
    } else {
      void api.dropImport(importId);
    }
    state.done = state.total;
    state.finished = true;
    show();
    onChanged();
  };

  const count = (outcome: ImportReport['lines'][number]['outcome']) => report?.lines.filter((l) => l.outcome === outcome).length ?? 0;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void run([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <p>Drop .txt, .html or .json files here, or</p>
        <label class="file button">
          Choose files…
          <input
            class="visually-hidden"
            ref={input}
            type="file"
            multiple
            accept=".txt,.text,.html,.htm,.json"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void run(files);
            }}
          />
        </label>
      </div>
      {restoring && <StoreProgressBar progress={restoring.progress} label={`Restoring from ${restoring.file}`} file={restoring.file} />}
      {report && !restoring && (
        <div class="import-report" aria-live="polite">
          <progress max={report.total} value={report.done} aria-label="Import progress" />
          {report.finished && (
            <p role="status" data-testid="import-summary">
              {count('restored') ? `Restored the store from an export. ` : ''}
              Added {count('added')}, updated {count('updated')}, skipped {count('skipped')}.
            </p>
          )}
          <ul>
            {report.lines.map((line, i) => (
              <li key={i} class={line.outcome === 'skipped' ? 'error' : ''}>
                <strong>{line.outcome}</strong> {line.name}: {line.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function StoreActions({ api, status, onChanged, restoring }: { api: OptionsApi; status: StoreStatus | null; onChanged: () => void; restoring: boolean }) {
  const [confirming, setConfirming] = useState<'clear' | 'built-in' | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [working, setWorking] = useState<{ label: string; progress: StoreProgress | null } | null>(null);
  const busy = !!working || restoring;
  // What an earlier action said no longer holds once a restore starts.
  useEffect(() => {
    if (restoring) {
      setMessage(null);
      setConfirming(null);
    }
  }, [restoring]);

  const exportAll = async () => {
    setMessage(null);
    setWorking({ label: 'Exporting', progress: null });
    const data = await api.exportStore((progress) => setWorking({ label: 'Exporting', progress }));
    setWorking(null);
    if (!data.ok) return setMessage({ error: true, text: `Export failed: ${data.error}` });
    api.download(`dramatis-export-${new Date().toISOString().slice(0, 10)}.json`, data.value.file);
    setMessage({ error: false, text: `Exported ${data.value.counts.documents} documents and ${data.value.counts.entities} profiles.` });
  };
  const reset = async (builtIn: boolean) => {
    setConfirming(null);
    setMessage(null);
    setWorking({ label: 'Clearing the store', progress: null });
    let result = await api.clear((progress) => setWorking({ label: 'Clearing the store', progress }));
    if (result.ok && builtIn) {
      setWorking({ label: 'Loading the built-in corpus', progress: null });
      result = await api.reset(true);
    }
    setWorking(null);
    setMessage(
      result.ok ? { error: false, text: builtIn ? 'The store holds the built-in corpus again.' : 'The store is empty.' } : { error: true, text: result.error },
    );
    onChanged();
  };

  return (
    <section aria-labelledby="store-heading">
      <h2 id="store-heading">Export, clear or start again</h2>
      <button type="button" onClick={exportAll} disabled={busy}>
        Export everything
      </button>{' '}
      <button type="button" onClick={() => setConfirming('clear')} disabled={busy}>
        Clear the store…
      </button>{' '}
      <button type="button" onClick={() => setConfirming('built-in')} disabled={busy}>
        Go back to the built-in corpus…
      </button>
      {confirming && (
        <p role="group" aria-label="Confirm">
          {confirming === 'clear'
            ? `Delete all ${status?.documents ?? ''} documents, every profile and your corrections?`
            : `Replace all ${status?.documents ?? ''} documents, every profile and your corrections with the built-in corpus?`}{' '}
          <button type="button" class="danger" onClick={() => void reset(confirming === 'built-in')} autoFocus>
            {confirming === 'clear' ? 'Delete everything' : 'Replace with the built-in corpus'}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </p>
      )}
      {working && <StoreProgressBar progress={working.progress} label={`${working.label}…`} />}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

/** How many names the store's network starts with, and how many more each "Show more" adds. */
const NETWORK_STEP = 60;

/** Who appears with whom in the whole store: the strongest names first, more on request. */
/**
 * How long the store must stay unchanged before the network is read again, in ms. Reading it walks the
 * latest 2,000 documents' mentions; while articles are being saved (an import, or automatic saving in
 * other tabs) reading it after every save would keep the background busy and hold each save back.
 */
const NETWORK_QUIET_MS = 2_000;
/**
 * How long the store must stay unchanged before the Documents list is read again after a change made
 * elsewhere, in ms: longer than a save takes, so a run of saves is listed once, after the last.
 */
const LIST_QUIET_MS = 1_000;

/** The store's version once it has stopped changing for `quietMs` ms. */
function useSettledVersion(version: number, quietMs: number): number {
  const [settled, setSettled] = useState(version);
  useEffect(() => {
    if (settled === version) return;
    const timer = window.setTimeout(() => setSettled(version), quietMs);
    return () => window.clearTimeout(timer);
  }, [version]);
  return settled;
}

function Network({ api, version }: { api: OptionsApi; version: number }) {
  const [maxNodes, setMaxNodes] = useState(NETWORK_STEP);
  const [network, setNetwork] = useState<CoMentionNetwork | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read again once the store has settled after a change, not after every save of a burst.
  const settled = useSettledVersion(version, NETWORK_QUIET_MS);
  useEffect(() => {
    void api.network(maxNodes).then((found) => (found.ok ? setNetwork(found.value) : setError(found.error)));
  }, [maxNodes, settled]);
  return (
    <section aria-labelledby="network-heading">
      <h2 id="network-heading">Who appears with whom</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {network && (
        <>
          <p class="muted" data-testid="network-summary">
            {network.nodes.length === network.entities
              ? `All ${count(network.entities, 'name')} that share a paragraph with another`
              : `The ${network.nodes.length} most connected of ${count(network.entities, 'name')} that share a paragraph with another`}{' '}
            in your {count(network.documents, 'document')} (a wire story’s copies counted once),{' '}
            {network.edges.length === network.ties
              ? `and their ${count(network.ties, 'tie')}`
              : `with the strongest ${network.edges.length} of their ${network.ties.toLocaleString('en-GB')} ties`}
            . Choose a name to open its profile.
          </p>
          <NetworkChart network={network} href={api.profileUrl} newTab />
          {network.nodes.length < network.entities && (
            <button type="button" onClick={() => setMaxNodes(maxNodes + NETWORK_STEP)}>
              Show {Math.min(NETWORK_STEP, network.entities - network.nodes.length)} more names
            </button>
          )}
        </>
      )}
    </section>
  );
}
