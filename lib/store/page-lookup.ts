/**
 * What a page being read asks of the store: the stored documents it is (saved from its address, or
 * a copy of its wire story), and the profiles its names belong to. `lookAhead` sends these reads
 * before the engine has read the page, from the text alone (its story sketch, the keys of its
 * capitalised spans: `span-keys.ts`), so that IndexedDB answers them in the browser's own threads
 * while the engine runs, and the page's names are tied to their profiles without waiting for the
 * store (in the engine page, the reads took 14–113 ms after the analysis of an 800-word article).
 */
import { sameStory, storySketch } from './story';
import { EVERY_KEY, type KeyFilter } from './key-filter';
import { spanKeys } from './span-keys';
import { ENTITIES_PER_KEY, lookupKeysOf, storyCandidates, type StoreDb, type StoredDocument, type StoredEntity } from './schema';
import type { DocumentId, EntityId } from '../shared/types';

/**
 * The stored documents a page is: the one saved from its address, and the copies of its wire story
 * (found through the sketch index, as saving finds them). The card leaves these out of "past mentions".
 *
 * @param db the store
 * @param path the page's address as it would be saved (`articleAddress`)
 * @param sketch the page text's story sketch (`storySketch`)
 * @returns document ids, none when the page is new to the store; at most 16 keys read per sketch hash
 *   and 8 documents compared
 */
export async function pageDocuments(db: StoreDb, path: string, sketch: readonly string[]): Promise<DocumentId[]> {
  const tx = db.transaction('documents');
  const documents = tx.store;
  // The address read beside the sketch's hashes (`storyCandidates`, bounded as saving's lookup is);
  // its answer comes first (a transaction answers in order), so its documents are not candidates.
  const found = new Set<DocumentId>();
  const atPath = documents
    .index('by-path')
    .getAllKeys(path)
    .then((ids) => ids.forEach((id) => found.add(id)));
  const candidates = storyCandidates(documents.index('by-sketch'), sketch, (id) => found.has(id));
  await atPath;
  for (const id of await candidates) {
    const document = await documents.get(id);
    if (document && sameStory(sketch, document.sketch)) found.add(id);
  }
  const stories = new Set<DocumentId>();
  for (const id of found) stories.add(((await documents.get(id)) as StoredDocument | undefined)?.storyId ?? id);
  for (const story of stories) for (const id of await documents.index('by-story').getAllKeys(story)) found.add(id);
  return [...found];
}

/** The entities found under each alias key read. */
type ByKey = Map<string, StoredEntity[]>;

/**
 * Reads the `by-alias` entries of `keys`, at most `ENTITIES_PER_KEY` entities each, in one
 * transaction. With a key filter, only the keys it says the store may hold are read, and they are
 * sent in the same task as the store's generation (`KeyFilter.guess`); the keys it held back are read
 * after, only where it proves not current.
 */
async function readAliasKeys(db: StoreDb, keys: Iterable<string>, filter?: KeyFilter): Promise<ByKey> {
  const tx = db.transaction(['entities', 'meta']);
  const { view, held } = filter ? filter.guess(tx) : { view: EVERY_KEY, held: Promise.resolve(true) };
  const index = tx.objectStore('entities').index('by-alias');
  const read = (some: string[]) => Promise.all(some.map(async (key) => [key, await index.getAll(key, ENTITIES_PER_KEY)] as const));
  const all = [...new Set(keys)];
  const [found, current] = await Promise.all([read(all.filter(view.mayBeAlias)), held]);
  const byKey: ByKey = new Map(found);
  if (!current) for (const [key, entities] of await read(all.filter((key) => !view.mayBeAlias(key)))) byKey.set(key, entities);
  return byKey;
}

/** Each name's entities, in the order of `names`, from the entities found under each key. */
function byName(names: readonly string[], byKey: ByKey): StoredEntity[][] {
  return names.map((name) => {
    const found = new Map<EntityId, StoredEntity>();
    for (const key of lookupKeysOf(name)) for (const entity of byKey.get(key) ?? []) found.set(entity.id, entity);
    return [...found.values()];
  });
}

/**
 * The entities each name is an alias of, in the order of `names`, read in one transaction: every
 * name's keys (`lookupKeysOf`: its person and organisation forms) read together, each key
 * at most `ENTITIES_PER_KEY` entities (a name more profiles share is ambiguous anyway). With a key
 * filter, only the keys it says the store may hold are read.
 * @returns one list per name, empty where the store knows the name not
 */
export async function findByAliases(db: StoreDb, names: readonly string[], filter?: KeyFilter): Promise<StoredEntity[][]> {
  return byName(names, await readAliasKeys(db, names.flatMap(lookupKeysOf), filter));
}

/** A page's reads, sent before the engine has read it (`lookAhead`). */
export interface PageLookup {
  /** The stored documents the page is (`pageDocuments`). */
  documents: Promise<DocumentId[]>;
  /**
   * The entities each name is an alias of, as `findByAliases` finds them: the keys read ahead are
   * not read again, and the others (a name the engine formed that no capitalised span of the text
   * gives) in one more transaction.
   */
  find(names: readonly string[]): Promise<StoredEntity[][]>;
}

/**
 * Sends a page's reads from its text alone: `pageDocuments` for its address and sketch, and, where
 * a key filter is kept, the alias keys of every capitalised span (`spanKeys`) it lets through.
 * Rejections are kept for the promises the caller awaits, never reported unhandled meanwhile.
 *
 * @param path the page's address as it would be saved (`articleAddress`)
 * @param text the text the engine reads (`articleText`: the sketch must be of the same text saving sketches)
 */
export function lookAhead(db: StoreDb, path: string, text: string, filter?: KeyFilter): PageLookup {
  const documents = pageDocuments(db, path, storySketch(text));
  // Without a key filter every key is read, and the spans' keys are ten times the names' (about 300
  // against 30 in an 800-word article): then only the names' keys are read, once the engine has them.
  const spans = filter?.kept ? spanKeys(text).aliases : new Set<string>();
  const ahead = readAliasKeys(db, spans, filter);
  documents.catch(() => undefined);
  ahead.catch(() => undefined);
  return {
    documents,
    async find(names) {
      const keys = names.flatMap(lookupKeysOf);
      const rest = keys.filter((key) => !spans.has(key));
      const [read, more] = await Promise.all([ahead, rest.length ? readAliasKeys(db, rest, filter) : new Map<string, StoredEntity[]>()]);
      return byName(names, new Map([...read, ...more]));
    },
  };
}
