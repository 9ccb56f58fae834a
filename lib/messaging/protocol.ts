/**
 * The one message protocol between the content script, the popup and pages, and the background.
 * Each message names its direction and carries a typed request and response; nothing is `any`.
 * The browser is passed in, so this module runs under WXT's fakeBrowser in tests.
 */
import type {
  CoMentionNetwork,
  DocumentSummary,
  EntitySummary,
  MentionInContext,
  Profile,
  SaveResult,
  StoreExport,
  StoredEntity,
  Timeline,
} from '../store/profile-store';
import type { DatedDocument } from '../store/reads';
import type { RoleLine } from '../shared/offices';
import type { DocumentId, EntityId, EntityKind, Result, RoleStatement } from '../shared/types';
import type { ArticleReading } from '../page/readable-article';

/** An entity as the page shows it: its marks and what its card needs before asking for more. */
export interface PageEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  /** The forms of the name the page uses, longest first. */
  forms: string[];
  role: RoleStatement | null;
  /** Whether the store knew it before this page. */
  known: boolean;
  /** The name with its acronym spelt out, "European Central Bank (ECB)", where the store knows both. */
  fullName?: string;
  /** The stored documents this page is (it, and its wire story's copies): not "past" mentions in its card. */
  pageDocuments?: DocumentId[];
}

export interface PageAnnotation {
  entities: PageEntity[];
}

/**
 * What the background read in a page the content script wrote out: the story's paragraphs (as
 * ranges of the page's text stream) and the names in them, or why the page is no article, or that
 * the reader turned its site or address off, so it was not read (lib/messaging/reader-gate.ts).
 */
export type PageReading =
  | Extract<ArticleReading, { article: false }>
  | { article: false; reason: 'turned-off'; signals: [] }
  | (Omit<Extract<ArticleReading, { article: true }>, 'text' | 'blockTexts'> & {
      entities: PageEntity[];
      /**
       * Where the names are, found in the background so the page has only ranges to make: each as
       * [paragraph, start, end, entity], offsets in the paragraph's text (highlight.ts's
       * `blockSourceText`, UTF-16 code units), entity an index into `entities`; the mentions the
       * request's `kinds` and `firstPerParagraph` mark. `blockLengths` gives each paragraph's text length, to tell a paragraph the page changed since.
       */
      names: [block: number, start: number, end: number, entity: number][];
      blockLengths: number[];
    });

/** What a hover card shows. */
export interface CardData {
  id: EntityId;
  kind: EntityKind;
  name: string;
  /** The name with its acronym spelt out: "Group of 20 (G-20)". */
  fullName: string;
  /** Roles over time: one line per office and country, oldest first. */
  roles: RoleLine[];
  /** Mentions and documents other than the page being read (and its wire copies). */
  mentionCount: number;
  documentCount: number;
  /** The most recent of those mentions, one per passage. */
  recent: MentionInContext[];
  companions: { id: EntityId; name: string; kind: EntityKind; count: number }[];
}

/** Messages to the background, from content scripts and extension pages. */
export interface ToBackground {
  annotate: { request: { url: string; title: string; text: string }; response: PageAnnotation };
  /** Reads a page written out by lib/page/page-source.ts: Readability finds the story, the engine its names. */
  /**
   * `kinds` and `firstPerParagraph`: how the reader marks, as the answer's `names` follow (every
   * mention of every kind where left out).
   */
  readPage: { request: { url: string; html: string; kinds?: EntityKind[]; firstPerParagraph?: boolean }; response: PageReading };
  /** Opens a profile in a new tab: a web page may not open the extension's own pages. */
  openProfile: { request: { entityId: EntityId }; response: null };
  /** A hover card; `exclude` names the page's own stored documents, left out of its past mentions. */
  card: { request: { entityId: EntityId; exclude?: DocumentId[] }; response: CardData | null };
  search: { request: { query: string; limit?: number }; response: EntitySummary[] };
  /** A profile with a page of its mentions; `month` ("2017-07", or "undated") keeps that month's only. */
  profile: { request: { entityId: EntityId; offset?: number; limit?: number; month?: string }; response: Profile | null };
  /** An entity's mentions per month and source, for its timeline. */
  timeline: { request: { entityId: EntityId }; response: Timeline };
  /** Who appears with whom: around one entity, or in the whole store. */
  network: { request: { centre?: EntityId; maxNodes?: number }; response: CoMentionNetwork };
  document: { request: { documentId: DocumentId }; response: DatedDocument | null };
  status: { request: Record<string, never>; response: StoreStatus };
  /** Whether the store opens, without counting it (counting walks every record). */
  health: { request: Record<string, never>; response: { storeError: string | null } };
  /**
   * Saves an article (or updates it, by its address), and answers with the page's entities as they
   * stand after it. `siteName` is the page's `og:site_name` or JSON-LD publisher: the source stored.
   */
  save: { request: { url: string; title: string; text: string; siteName?: string | null }; response: SaveResult & { pageEntities: PageEntity[] } };
  /** Reads one file of an import; nothing is written until the import is committed. */
  stageImport: { request: { importId: string; name: string; title: string | null; text: string; siteName?: string | null }; response: { staged: number } };
  /** Writes every staged file of an import in one transaction. */
  commitImport: { request: { importId: string }; response: SaveResult[] };
  dropImport: { request: { importId: string }; response: null };
  documents: { request: { query: string; offset: number; limit: number }; response: { documents: DocumentSummary[]; total: number } };
  removeDocument: { request: { documentId: DocumentId }; response: StoreStatus };
  merge: { request: { from: EntityId; into: EntityId }; response: StoredEntity };
  split: { request: { entityId: EntityId; mentions: { documentId: DocumentId; start: number }[]; name: string }; response: StoredEntity };
  setKind: { request: { entityId: EntityId; kind: EntityKind }; response: StoredEntity };
  rename: { request: { entityId: EntityId; name: string }; response: StoredEntity };
  exportStore: { request: Record<string, never>; response: StoreExport };
  /** Replaces the store with an export file's contents. */
  restore: { request: { data: StoreExport }; response: StoreStatus };
  /** Empties the store; with builtIn, loads the built-in corpus again. */
  reset: { request: { builtIn: boolean }; response: StoreStatus };
}

/**
 * Every message type of `ToBackground`, at run time: what the service worker passes on to the
 * engine page (host.ts). The record makes the compiler check the list against the protocol.
 */
export const BACKGROUND_MESSAGES = Object.keys({
  annotate: true,
  readPage: true,
  openProfile: true,
  card: true,
  search: true,
  profile: true,
  timeline: true,
  network: true,
  document: true,
  status: true,
  health: true,
  save: true,
  stageImport: true,
  commitImport: true,
  dropImport: true,
  documents: true,
  removeDocument: true,
  merge: true,
  split: true,
  setKind: true,
  rename: true,
  exportStore: true,
  restore: true,
  reset: true,
} satisfies Record<keyof ToBackground, true>) as (keyof ToBackground)[];

export interface StoreStatus {
  documents: number;
  entities: number;
  mentions: number;
  storeError: string | null;
  /** Whether a restore began and did not finish (the store holds part of a file). */
  unfinishedRestore?: boolean;
}

/** The messages that change the store; after each, the background tells the extension's pages. */
export const STORE_WRITES = [
  'save',
  'commitImport',
  'removeDocument',
  'merge',
  'split',
  'setKind',
  'rename',
  'restore',
  'reset',
] as const satisfies readonly (keyof ToBackground)[];

/** Sent by the background to its own pages when the store changed. */
export const STORE_CHANGED = 'dramatisStoreChanged';

/** Wraps handlers so that every write is followed by a call to `changed`. */
export function notifyingWrites(handlers: Handlers<ToBackground>, changed: () => void): Handlers<ToBackground> {
  const wrapped = { ...handlers } as Record<string, (payload: unknown, sender: MessageSender) => Promise<unknown>>;
  for (const type of STORE_WRITES) {
    const handler = wrapped[type]!;
    wrapped[type] = async (payload, sender) => {
      const result = await handler(payload, sender);
      changed();
      return result;
    };
  }
  return wrapped as unknown as Handlers<ToBackground>;
}

/** Messages to a tab's content script, from the popup. */
export interface ToContent {
  pageEntities: { request: Record<string, never>; response: { url: string; state: string; reason: string | null; entities: PageEntity[] } };
  /** Saves the tab's article into the store and marks it again with what the store now knows. */
  saveArticle: { request: Record<string, never>; response: Result<SaveResult> };
  /** The reader's keyboard command: move to the next or previous marked name and open its card. */
  moveToName: { request: { direction: 'next' | 'previous' }; response: null };
}

export type MessageOf<Map> = { [K in keyof Map]: { type: K; payload: Map[K] extends { request: infer R } ? R : never } }[keyof Map];
type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;
type RequestOf<Map, K extends keyof Map> = Map[K] extends { request: infer R } ? R : never;

export type Handlers<Map> = { [K in keyof Map]: (payload: RequestOf<Map, K>, sender: MessageSender) => Promise<ResponseOf<Map, K>> };

/** The part of a sender the background checks. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void };
}

function isMessage<Map>(message: unknown, handlers: Handlers<Map>): message is MessageOf<Map> {
  return typeof message === 'object' && message !== null && 'type' in message && Object.hasOwn(handlers, (message as { type: string }).type);
}

/**
 * Answers messages with the handlers. Only this extension's own contexts are answered: a page's
 * scripts cannot reach the store. Errors come back as values, never thrown across.
 */
export function listen<Map>(runtime: RuntimeLike, handlers: Handlers<Map>): void {
  runtime.onMessage.addListener((message, sender) => {
    if (!isMessage(message, handlers)) return undefined;
    if (sender.id !== runtime.id) return Promise.resolve({ ok: false, error: 'unknown sender' });
    const handler = handlers[message.type] as (payload: unknown, sender: MessageSender) => Promise<unknown>;
    return handler(message.payload, sender).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** Sends a message to the background and unwraps its answer. */
export async function send<K extends keyof ToBackground>(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  type: K,
  payload: RequestOf<ToBackground, K>,
): Promise<Result<ResponseOf<ToBackground, K>>> {
  try {
    const answer = (await runtime.sendMessage({ type, payload })) as Result<ResponseOf<ToBackground, K>> | undefined;
    return answer ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
