/**
 * A wrapper around IndexedDB (fake-indexeddb's, installed globally) that counts the records every
 * read returns: one for a `get` that finds something, the length of a `getAll`, one for each step
 * of a cursor; and the read requests made, found or not. Counting happens only inside `countReads`,
 * so building a store is not counted.
 */
type Reader = (...args: unknown[]) => IDBRequest;

let counting = false;
let records = 0;
let requests = 0;
let byStore: Record<string, number> = {};
let keyLookups: Record<string, number> = {};

function countResult(request: IDBRequest, isCursor: boolean, store: string): void {
  request.addEventListener('success', () => {
    if (!counting) return;
    const result: unknown = request.result;
    const found = Array.isArray(result) ? result.length : (isCursor ? result !== null : result !== undefined) ? 1 : 0;
    records += found;
    byStore[store] = (byStore[store] ?? 0) + found;
  });
}

let installed = false;

/** Wraps the read methods of object stores and indexes, once. */
function install(): void {
  if (installed) return;
  installed = true;
  for (const proto of [globalThis.IDBObjectStore.prototype, globalThis.IDBIndex.prototype] as unknown as Record<string, Reader>[]) {
    for (const name of ['get', 'getKey', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor']) {
      const original = proto[name]!;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        const request = original.apply(this, args);
        const store = this instanceof globalThis.IDBIndex ? this.objectStore.name : (this as IDBObjectStore).name;
        if (counting) requests++;
        if (counting && name === 'getKey' && !(this instanceof globalThis.IDBIndex)) keyLookups[store] = (keyLookups[store] ?? 0) + 1;
        countResult(request, name.startsWith('open'), store);
        return request;
      };
    }
  }
}

/**
 * Runs `work` and says how many records it read from the store, of each object store, in how many
 * read requests, and how many of those were `getKey` lookups of a primary key, by object store.
 */
export async function countReads<T>(
  work: () => Promise<T>,
): Promise<{ result: T; reads: number; requests: number; byStore: Record<string, number>; keyLookups: Record<string, number> }> {
  install();
  records = 0;
  requests = 0;
  byStore = {};
  keyLookups = {};
  counting = true;
  try {
    const result = await work();
    return { result, reads: records, requests, byStore, keyLookups };
  } finally {
    counting = false;
  }
}
