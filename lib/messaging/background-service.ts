/**
 * What the background answers: page annotation (the engine on the article's text, each name tied
 * to its profile in the store where one exists), hover cards, search and profiles. It holds no
 * state of its own, so a service worker stopped at any moment loses nothing: the store is reopened
 * and, if empty, filled from the bundled snapshot on the next request.
 */
import { analyzeDocument, articleText, type DocumentAnalysis } from '../engine/document-analysis';
import { articleAddress } from '../shared/document-links';
import { validateExport } from '../store/export';
import type { CardData, Handlers, PageEntity, PageReading, StoreStatus, ToBackground } from './protocol';
import { matchForms, planMarks } from '../page/highlight';
import { nameKey, sameFullName } from '../engine/names';
import { profileAnalysed } from '../engine/profile-corpus';
import { snapshotLookup, type AliasLookup, type SnapshotLookup } from './snapshot-lookup';
import { readArticle } from '../page/readable-article';
import { storySketch } from '../store/story';
import { pageSource, withoutTitleSuffix } from '../shared/source-name';
import { fullName } from '../shared/words';
import type { PageLookup, ProfileStore, SavedDocument, SaveResult, StoredEntity } from '../store/profile-store';
import type { CorpusProfile, DocumentId, Entity, EntityId, EntityKind } from '../shared/types';

export interface BackgroundDeps {
  openStore: () => Promise<ProfileStore>;
  loadSnapshot: () => Promise<CorpusProfile>;
}

/** Opens the store once per worker life, filling it from the snapshot the first time only. */
export function storeKeeper(deps: BackgroundDeps): () => Promise<ProfileStore> {
  let opening: Promise<ProfileStore> | undefined;
  return () => {
    opening ??= (async () => {
      const store = await deps.openStore();
      if (!(await store.isSeeded())) await store.seed(await deps.loadSnapshot());
      return store;
    })();
    opening.catch(() => (opening = undefined));
    return opening;
  };
}

const sameFamily = (a: Entity['kind'], b: Entity['kind']) => (a === 'organization') === (b === 'organization');

/**
 * The stored profile a name on the page belongs to, by the engine's own alias rules. `found` gives the
 * profiles each of the entity's names (its name and aliases) was looked up to.
 */
function storedMatch(found: (name: string) => StoredEntity[], entity: Entity): StoredEntity | undefined {
  const byName = found(entity.name).filter((s) => sameFamily(s.kind, entity.kind));
  if (byName.length === 1) return byName[0];
  if (entity.kind !== 'organization') {
    const full = byName.filter((s) => [s.name, ...s.aliases].some((a) => sameFullName(a, entity.name)));
    if (full.length === 1) return full[0];
  }
  for (const alias of entity.aliases) {
    if (nameKey(alias) === nameKey(entity.name)) continue;
    const same = found(alias).filter((s) => sameFamily(s.kind, entity.kind));
    if (same.length === 1 && entity.kind !== 'organization' && [same[0]!.name, ...same[0]!.aliases].some((a) => sameFullName(a, entity.name))) return same[0];
  }
  return undefined;
}

/** The role this page states, its country filled from the profile where the page leaves it out. */
function pageRole(entity: Entity, stored: StoredEntity | undefined) {
  const role = entity.roles.at(-1);
  if (!role) return stored?.roles.at(-1) ?? null;
  if (role.country) return role;
  const same = stored?.roles.find((r) => r.country && r.title.toLowerCase() === role.title.toLowerCase());
  return same ? { ...role, country: same.country } : role;
}

function pageEntity(entity: Entity, stored: StoredEntity | undefined, pageDocuments: DocumentId[]): PageEntity {
  const forms = [...new Set(entity.mentions.map((m) => m.text))].sort((a, b) => b.length - a.length);
  const kind = stored && stored.kind !== 'person' ? stored.kind : entity.kind;
  const name = stored?.name ?? entity.name;
  return {
    id: stored?.id ?? (`page:${entity.id}` as EntityId),
    kind,
    name,
    forms,
    role: pageRole(entity, stored),
    known: !!stored,
    fullName: fullName(name, [...(stored?.aliases ?? []), ...entity.aliases]),
    pageDocuments,
  };
}

/**
 * A page's reads: the store's, sent at once from the text where `ahead` (`lookAhead`, before the
 * analysis), or as the names come; the snapshot's profiles where the store can't be opened.
 */
function pageLookup(lookup: AliasLookup | ProfileStore, url: string, text: string, ahead: boolean): PageLookup {
  if (!('lookAhead' in lookup)) return { documents: Promise.resolve([]), find: (names) => lookup.findByAliases(names) };
  if (ahead) return lookup.lookAhead(articleAddress(url), text);
  return { documents: lookup.pageDocuments(articleAddress(url), storySketch(text)), find: (names) => lookup.findByAliases(names) };
}

/**
 * The page's entities, each tied to its stored profile where the store (or the snapshot) knows it.
 * Where the store is open already (`open`), its reads are sent before the engine reads the text, and
 * IndexedDB answers them while the engine runs; otherwise they are sent once it is open.
 */
async function pageEntities(
  lookup: Promise<AliasLookup | ProfileStore>,
  open: AliasLookup | ProfileStore | undefined,
  url: string,
  text: string,
): Promise<PageEntity[]> {
  const early = open && pageLookup(open, url, articleText(text), true);
  const analysis = analyzeDocument(text);
  return tiedEntities(early || pageLookup(await lookup, url, analysis.tagged.text, false), url, analysis);
}

/** The analysed page's entities, tied to their profiles through the page's reads. */
async function tiedEntities(reads: PageLookup, url: string, analysis: DocumentAnalysis): Promise<PageEntity[]> {
  const { entities } = profileAnalysed([{ path: url, analysis }]);
  // Every name of every entity looked up at once, in one read of the store: one transaction, not one
  // per name, each waiting its turn.
  const names = [...new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases]))];
  const profiles = await reads.find(names);
  const byName = new Map(names.map((name, i) => [name, profiles[i]!]));
  const found = (name: string) => byName.get(name) ?? [];
  const documents = await reads.documents;
  return entities.map((entity) => pageEntity(entity, storedMatch(found, entity), documents));
}

/**
 * The saved page's entities, each tied to the profile the save wrote for its mentions (where one
 * page entity's mentions went to several, the one with the most of them): no read of the store
 * after the save, so the answer costs the same in a store of any size.
 */
function savedEntities(url: string, analysis: DocumentAnalysis, saved: SavedDocument): PageEntity[] {
  const { entities } = profileAnalysed([{ path: url, analysis }]);
  const byStart = new Map<number, StoredEntity>();
  for (const { entity, starts } of saved.profiles) for (const start of starts) byStart.set(start, entity);
  return entities.map((entity) => {
    const counts = new Map<StoredEntity, number>();
    for (const m of entity.mentions) {
      const stored = byStart.get(m.start);
      if (stored) counts.set(stored, (counts.get(stored) ?? 0) + 1);
    }
    const stored = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return pageEntity(entity, stored && sameFamily(stored.kind, entity.kind) ? stored : undefined, saved.storyDocuments);
  });
}

/** A save's result as the protocol answers it: what it wrote stays in the background. */
function resultOf({ profiles: _profiles, storyDocuments: _stories, ...result }: SavedDocument): SaveResult {
  return result;
}

/**
 * Every mention of the page's entities in its paragraphs, found with the page's own matcher
 * (highlight.ts), as the reader marks them (`kinds`, all where none are given; `firstPerParagraph`),
 * as the protocol's `names` and `blockLengths`.
 */
function namesIn(
  blockTexts: readonly string[],
  entities: readonly PageEntity[],
  marking: { kinds?: readonly EntityKind[]; firstPerParagraph?: boolean },
): Pick<Extract<PageReading, { article: true }>, 'names' | 'blockLengths'> {
  const plan = planMarks(entities, { ...(marking.kinds && { kinds: new Set(marking.kinds) }), firstPerParagraph: marking.firstPerParagraph ?? false });
  const index = new Map(entities.map((entity, i) => [entity.id as string, i]));
  const names: [number, number, number, number][] = [];
  if (plan)
    blockTexts.forEach((text, block) => {
      for (const { start, end, target } of matchForms(text, plan)) names.push([block, start, end, index.get(target.id)!]);
    });
  return { names, blockLengths: blockTexts.map((text) => text.length) };
}

/** The analysis with the source a saved page names for itself (`og:site_name`, publisher, title suffix). */
function withPageSource(analysis: DocumentAnalysis, page: { siteName?: string | null; title?: string | null }): DocumentAnalysis {
  return { ...analysis, meta: { ...analysis.meta, source: pageSource(page, analysis.meta.source) } };
}

/** Imports being read: files analysed but not yet written. A stopped worker simply forgets them. */
type Staged = Map<string, { name: string; title: string | null; analysis: DocumentAnalysis }[]>;

async function statusOf(store: ProfileStore): Promise<StoreStatus> {
  return { ...(await store.counts()), storeError: null, unfinishedRestore: await store.unfinishedRestore() };
}

/**
 * The background's answers to every message of the protocol. `openPage` opens one of the
 * extension's pages (a path such as "/profile.html#id") in a new tab.
 */
export function backgroundHandlers(
  getStore: () => Promise<ProfileStore>,
  loadSnapshot: () => Promise<CorpusProfile>,
  openPage: (path: string) => Promise<void> = async () => undefined,
): Handlers<ToBackground> {
  const staged: Staged = new Map();
  // Where the store can't be opened, pages are marked against the bundled snapshot instead.
  let fallback: Promise<SnapshotLookup> | undefined;
  const snapshot = () => (fallback ??= loadSnapshot().then(snapshotLookup));
  // The store or snapshot once open: a page's reads are sent before its analysis then (`pageEntities`).
  let open: AliasLookup | ProfileStore | undefined;
  const storeOrSnapshot = (): Promise<AliasLookup | ProfileStore> => {
    const opening = getStore().catch(snapshot);
    opening.then((lookup) => (open = lookup)).catch(() => undefined);
    return opening;
  };
  return {
    async annotate({ url, text }) {
      // The store opens (in the browser's own threads) while the engine reads the text.
      return { entities: await pageEntities(storeOrSnapshot(), open, url, text) };
    },

    async readPage({ url, html, ...marking }) {
      const lookup = storeOrSnapshot();
      const reading = readArticle(html);
      if (!reading.article) return reading;
      const { text, blockTexts, ...story } = reading;
      const entities = await pageEntities(lookup, open, url, text);
      return { ...story, entities, ...namesIn(blockTexts, entities, marking) };
    },

    async openProfile({ entityId }) {
      await openPage(`/profile.html#${encodeURIComponent(entityId)}`);
      return null;
    },

    async card({ entityId, exclude }) {
      const store = await getStore().catch(() => null);
      if (!store) return (await snapshot()).card(entityId);
      const card = await store.card(entityId, exclude ?? []);
      if (!card) return null;
      const answer: CardData = {
        id: card.entity.id,
        kind: card.entity.kind,
        name: card.entity.name,
        fullName: card.fullName,
        roles: card.roleLines,
        mentionCount: card.mentionCount,
        documentCount: card.documentCount,
        recent: card.recent,
        companions: card.companions,
      };
      return answer;
    },

    async search({ query, limit }) {
      return (await getStore()).search(query, limit);
    },

    async profile({ entityId, offset, limit, month }) {
      return (await (await getStore()).profile(entityId, { offset: offset ?? 0, limit: limit ?? 50 }, { month })) ?? null;
    },

    async timeline({ entityId }) {
      return (await getStore()).timeline(entityId);
    },

    async network({ centre, maxNodes }) {
      return (await getStore()).network({ centre, maxNodes });
    },

    async document({ documentId }) {
      return (await (await getStore()).document(documentId)) ?? null;
    },

    async status() {
      try {
        return await statusOf(await getStore());
      } catch (error) {
        return { documents: 0, entities: 0, mentions: 0, storeError: error instanceof Error ? error.message : String(error) };
      }
    },

    async health() {
      try {
        await getStore();
        return { storeError: null };
      } catch (error) {
        return { storeError: error instanceof Error ? error.message : String(error) };
      }
    },

    async save({ url, title, text, siteName }) {
      const store = await getStore();
      const analysis = withPageSource(analyzeDocument(text), { siteName, title });
      const [saved] = await store.save([{ path: articleAddress(url), title: withoutTitleSuffix(title), analysis }]);
      // The page's marks as they stand now that its names have profiles: from what the save wrote.
      return { ...resultOf(saved!), pageEntities: savedEntities(url, analysis, saved!) };
    },

    async stageImport({ importId, name, title, text, siteName }) {
      const files = staged.get(importId) ?? [];
      files.push({ name, title: title && withoutTitleSuffix(title), analysis: withPageSource(analyzeDocument(text), { siteName, title }) });
      staged.set(importId, files);
      return { staged: files.length };
    },

    async commitImport({ importId }) {
      const files = staged.get(importId) ?? [];
      staged.delete(importId);
      return (await (await getStore()).save(files.map((f) => ({ path: f.name, title: f.title ?? undefined, analysis: f.analysis })))).map(resultOf);
    },

    async dropImport({ importId }) {
      staged.delete(importId);
      return null;
    },

    async documents({ query, offset, limit }) {
      return (await getStore()).documents(query, { offset, limit });
    },

    async removeDocument({ documentId }) {
      const store = await getStore();
      await store.removeDocument(documentId);
      return statusOf(store);
    },

    async merge({ from, into }) {
      return (await getStore()).merge(from, into);
    },

    async split({ entityId, mentions, name }) {
      return (await getStore()).split(entityId, mentions, name);
    },

    async setKind({ entityId, kind }) {
      return (await getStore()).setKind(entityId, kind);
    },

    async rename({ entityId, name }) {
      return (await getStore()).rename(entityId, name);
    },

    async exportStore() {
      return (await getStore()).exportAll();
    },

    async restore({ data }) {
      // Checked again here: the message may not come from the options page's own check.
      const checked = validateExport('The file', data);
      if (!checked.ok) throw new Error(checked.error);
      const store = await getStore();
      await store.restore(checked.value);
      return statusOf(store);
    },

    async reset({ builtIn }) {
      const store = await getStore();
      await store.reset(builtIn ? await loadSnapshot() : undefined);
      return statusOf(store);
    },
  };
}
