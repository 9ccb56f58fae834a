/**
 * Which alias and surname keys the store may hold, so that a save or a page's lookup reads only
 * those. A save looks up about 280 keys (every name of the article, and every capitalised run in
 * case the store knows a name the grammar missed) and finds a dozen profiles: nearly every read is a
 * miss, and in a large store each miss still costs a seek through LevelDB's levels (Chromium's
 * IndexedDB; an index entry is found by a range seek, which LevelDB's own per-table Bloom filters do
 * not answer). The filter answers misses in memory.
 *
 * It is a Bloom filter (B. H. Bloom, "Space/time trade-offs in hash coding with allowable errors",
 * CACM 13(7), 1970; the `bloomfilter` package's, with enhanced double hashing) over every key of the
 * entities' `by-alias` and `by-surname` indexes and every profile's id (a save checks that each new
 * profile's id is free; in a large store each such miss is a lookup through every level of LevelDB,
 * which also counts it towards compacting the files it passed), kept in memory by the context that saves (the
 * engine page in Chrome, the background page in Firefox). It never says no to a key the store holds:
 * - it is built by reading every profile, once the store has been quiet for `QUIET_MS`, in batches
 *   of `BUILD_BATCH`, each its own transaction so that saves go on meanwhile (the bench's
 *   100,000-document store: 456,370 profiles, 1.19 million keys, read in 3.8–4.5 s in an extension
 *   page); until then every key is read, as before;
 * - a save in this context adds the keys it wrote, and a removal says it wrote none (`change`);
 * - any other change (a correction here; a restore, import or clear in the options page) is seen
 *   through the store's generation (`transactions.ts`), read in the transaction that uses the
 *   filter: a filter of another generation is not used, and is built again.
 * A key it lets through that the store does not hold costs one read, as every key did before.
 */
import { BloomFilter } from 'bloomfilter';
import { GENERATION_KEY, generationWritten, inOneTransaction, keptCounts } from './transactions';
import type { StoreDb, StoredEntity, WriteTx } from './schema';

/** The share of keys the store does not hold that the filter lets through, at its capacity. */
export const FALSE_POSITIVE_RATE = 0.01;
/** Profiles read per transaction while building. */
const BUILD_BATCH = 2_000;
/** Keys per profile the filter is sized for: 3.6 on the bench's 100,000-document store (2.6 index keys and the id). */
const KEYS_PER_PROFILE = 4;
/** Room for this many times the keys the store held when the filter was built, before it is built again. */
const HEADROOM = 2;
const MIN_CAPACITY = 4_096;
/** How long the store goes without a view that lacked the filter before it is built (ms). */
const QUIET_MS = 2_000;
/** The pause before a build that met another context's change starts again (ms). */
const REBUILD_PAUSE_MS = 1_000;

/** The transactions a filter is read in: any that can read `meta`. */
interface MetaTx {
  objectStore(name: 'meta'): { get(key: string): Promise<unknown> };
}

/** What a filter says for one transaction. */
export interface KeyView {
  /** Whether the store may hold `key` in the `by-alias` index: false only where it surely does not. */
  mayBeAlias(key: string): boolean;
  /** Whether the store may hold `key` in the `by-surname` index. */
  mayBeSurname(key: string): boolean;
  /** Whether the store may hold a profile with this id: false only where it surely does not. */
  mayBeEntity(id: string): boolean;
}

interface Filter {
  bloom: BloomFilter;
  /** The generation of the store the filter holds every key of. */
  generation: unknown;
  capacity: number;
  keys: number;
}

interface Build {
  filter: Filter;
  /** Changes this context made while the build read: generation before → after. */
  ownChanges: Map<unknown, string>;
}

/** Every key a profile is indexed under, and its own id, as the filter holds them (alias, surname and id kept apart). */
export function keysOf(entity: Pick<StoredEntity, 'id' | 'aliasKeys' | 'surnames'>): string[] {
  return [idEntry(entity.id), ...entity.aliasKeys.map(aliasEntry), ...entity.surnames.map(surnameEntry)];
}
const aliasEntry = (key: string) => `a:${key}`;
const surnameEntry = (key: string) => `s:${key}`;
const idEntry = (id: string) => `i:${id}`;

/** What a filter says of each key. */
function viewOf(filter: Filter): KeyView {
  return {
    mayBeAlias: (key) => filter.bloom.test(aliasEntry(key)),
    mayBeSurname: (key) => filter.bloom.test(surnameEntry(key)),
    mayBeEntity: (id) => filter.bloom.test(idEntry(id)),
  };
}

/** Every key may be in the store: where no filter is kept, or none is current. */
export const EVERY_KEY: KeyView = { mayBeAlias: () => true, mayBeSurname: () => true, mayBeEntity: () => true };

/** A view of the filter for one transaction, and what `change` needs to keep it current. */
export interface FilterRead extends KeyView {
  generation: unknown;
  filter: Filter | null;
}

/**
 * The key filter of one open store. `within(tx)` says which keys to read in a transaction; until the
 * filter is built, or when the store changed elsewhere, it lets every key through and builds (again)
 * in the background once the store is quiet.
 */
export class KeyFilter {
  readonly #db: StoreDb;
  #filter: Filter | null = null;
  #build: Build | null = null;
  #built: Promise<void> | null = null;
  #builds = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The store's generation the last view read. */
  #lastSeen: unknown;

  constructor(db: StoreDb) {
    this.#db = db;
  }

  /** Whether a filter is kept (of whatever generation): `guess` holds keys back only then. */
  get kept(): boolean {
    return this.#filter !== null;
  }

  /** How many times a build read the whole store, whether or not it was kept. */
  get builds(): number {
    return this.#builds;
  }

  /**
   * The filter's view for a transaction that includes `meta`: one read of the store's generation.
   * Lets every key through, and starts a build, where the filter is missing, full or of another
   * generation.
   */
  async within(tx: MetaTx): Promise<FilterRead> {
    const generation: unknown = await tx.objectStore('meta').get(GENERATION_KEY);
    this.#lastSeen = generation;
    const filter = this.#filter;
    if (filter && filter.generation === generation && filter.keys <= filter.capacity) return { generation, filter, ...viewOf(filter) };
    this.#buildWhenQuiet();
    return { ...EVERY_KEY, generation, filter: null };
  }

  /**
   * A view to read by at once, before the store's generation is read: the filter this context keeps,
   * whatever its generation, or every key where it keeps none. `held` resolves, once the generation
   * is read in `tx` (`within`), to whether that view was the transaction's own; where it was not (the
   * store changed elsewhere, or the filter is full), the keys it held back must be read too. So a
   * lookup sends its key reads in the same task as the generation's, not one round trip after it.
   */
  guess(tx: MetaTx): { view: KeyView; held: Promise<boolean> } {
    const filter = this.#filter;
    const read = this.within(tx);
    if (!filter) return { view: EVERY_KEY, held: read.then(() => true) };
    return { view: viewOf(filter), held: read.then((r) => r.filter === filter) };
  }

  /**
   * Runs a change in one transaction (`inOneTransaction`) with the filter's view of it. The change
   * pushes onto `written` the keys (`keysOf`) of every profile it writes; once it has committed, the
   * filter holds them and stays current. A change that writes a profile without saying so leaves a
   * filter that hides its new keys: use `inOneTransaction` for it, and the filter is built again.
   * @throws what the change or IndexedDB throws; nothing lands then
   */
  async change<T>(change: (tx: WriteTx, view: KeyView, written: string[]) => Promise<T>): Promise<T> {
    let read: FilterRead | null = null;
    let generation = '';
    const written: string[] = [];
    const result = await inOneTransaction(this.#db, async (tx) => {
      generation = generationWritten(tx);
      read = await this.within(tx);
      return change(tx, read, written);
    });
    this.#written(read!, written, generation);
    return result;
  }

  /**
   * After a change of this context committed: the keys of the profiles it wrote, and the generation
   * it wrote. A filter current when the change read it stays current.
   */
  #written(read: FilterRead, keys: Iterable<string>, generation: string): void {
    const build = this.#build;
    if (build) {
      for (const key of keys) build.filter.bloom.add(key);
      build.ownChanges.set(read.generation, generation);
    }
    const filter = this.#filter;
    if (!filter || read.filter !== filter || filter.generation !== read.generation) return;
    for (const key of keys) {
      filter.bloom.add(key);
      filter.keys++;
    }
    filter.generation = generation;
  }

  /**
   * Builds the filter once the store has gone `QUIET_MS` without a view that found it missing or
   * stale: a build reads every profile (seconds at 100,000 documents), and the pages and saves that
   * come as the engine page opens are answered sooner without it beside them.
   */
  #buildWhenQuiet(): void {
    if (this.#built) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // Built meanwhile (`ready`), and nothing changed since: nothing to do.
      if (this.#filter && this.#filter.generation === this.#lastSeen) return;
      this.ready().catch(() => undefined); // a store closed meanwhile: the next view tries again
    }, QUIET_MS);
  }

  /** Resolves when a filter is built (starting a build now if none is). Rejects with IndexedDB's error. */
  ready(): Promise<void> {
    this.#built ??= this.#rebuild().finally(() => (this.#built = null));
    return this.#built;
  }

  async #rebuild(): Promise<void> {
    for (;;) {
      const build = await this.#read().finally(() => (this.#build = null));
      if (build) {
        this.#filter = build.filter;
        return;
      }
      // The store changed elsewhere while the build read it: again, once that change is over.
      await new Promise((resolve) => setTimeout(resolve, REBUILD_PAUSE_MS));
    }
  }

  /** Reads every profile's keys into a new filter; null where the store changed in a way it can't follow. */
  async #read(): Promise<Build | null> {
    this.#builds++;
    const first = this.#db.transaction(['entities', 'meta']);
    const meta = first.objectStore('meta');
    const [generation, kept] = await Promise.all([meta.get(GENERATION_KEY), keptCounts(meta)]);
    // The kept count where there is one: IndexedDB's count() walks every profile's key.
    const count = kept?.entities ?? (await first.objectStore('entities').count());
    const capacity = Math.max(MIN_CAPACITY, count * KEYS_PER_PROFILE * HEADROOM);
    const build: Build = {
      filter: { bloom: BloomFilter.withTargetError(capacity, FALSE_POSITIVE_RATE), generation, capacity, keys: 0 },
      ownChanges: new Map(),
    };
    this.#build = build;
    let after: IDBValidKey | undefined;
    for (;;) {
      const tx = this.#db.transaction(['entities', 'meta']);
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const [batch, now] = await Promise.all([tx.objectStore('entities').getAll(range, BUILD_BATCH), tx.objectStore('meta').get(GENERATION_KEY)]);
      for (const entity of batch) {
        const keys = keysOf(entity);
        for (const key of keys) build.filter.bloom.add(key);
        build.filter.keys += keys.length;
      }
      if (batch.length < BUILD_BATCH) {
        // Current if every change since the build began was this context's own, keys added.
        let followed: unknown = generation;
        const seen = new Set<unknown>();
        while (build.ownChanges.has(followed) && !seen.has(followed)) {
          seen.add(followed);
          followed = build.ownChanges.get(followed);
        }
        if (followed !== now) return null;
        build.filter.generation = now;
        return build;
      }
      after = batch[batch.length - 1]!.id;
      // Let the saves and reads waiting behind the build run between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
