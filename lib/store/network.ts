/**
 * Who appears with whom: entities named in one paragraph (or one sentence) of a document, weighted by
 * how often. Read per document from the `by-document` index, over the most recent documents only
 * (`maxDocuments`), with copies of one wire story counted once. Trimmed to what a picture can show:
 * the strongest entities first, and each one's strongest ties first.
 */
import { fullName } from '../shared/words';
import type { ReadTx } from './mention-order';
import { entityMentions, type StoreDb, type StoredDocument, type StoredMention } from './schema';
import type { DocumentId, EntityId, EntityKind } from '../shared/types';

export interface NetworkNode {
  id: EntityId;
  /** The name with its acronym spelt out. */
  name: string;
  kind: EntityKind;
  /** Mentions in the documents read. */
  mentions: number;
  /** The sum of the weights of its ties, all of them (not only those shown). */
  strength: number;
}

/** A tie between two entities; `source` sorts before `target`. */
export interface NetworkEdge {
  source: EntityId;
  target: EntityId;
  /** Sentences naming both. */
  sentences: number;
  /** Paragraphs naming both (a shared sentence is in a shared paragraph too). */
  paragraphs: number;
  /** paragraphs + sentences: a tie within a sentence weighs twice a tie within a paragraph only. */
  weight: number;
}

export interface CoMentionNetwork {
  /** The entity the network is drawn around, or null for the whole store. */
  centre: EntityId | null;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Documents read (wire copies counted once). */
  documents: number;
  /** Entities with at least one tie, and ties, before trimming. */
  entities: number;
  ties: number;
}

export interface NetworkOptions {
  /** Draw the network around this entity: it and its strongest neighbours. */
  centre?: EntityId;
  /** The most entities shown (80 by default; 30 around an entity). */
  maxNodes?: number;
  /** The most ties shown (150 by default): past it, each entity keeps its strongest `perNode` first. */
  maxEdges?: number;
  /** Ties each entity keeps first when there are too many to show (3 by default). */
  perNode?: number;
  /** The most recent documents read (2,000 by default). */
  maxDocuments?: number;
}

const pairKey = (a: EntityId, b: EntityId) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Where each paragraph of a text starts: paragraphs are separated by a blank line. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) starts.push(at + 2);
  return starts;
}

function paragraphOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Adds one to every pair of a group's entities. */
function countPairs(group: ReadonlySet<EntityId>, into: Map<string, number>): void {
  const ids = [...group].sort();
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) into.set(pairKey(ids[i]!, ids[j]!), (into.get(pairKey(ids[i]!, ids[j]!)) ?? 0) + 1);
}

/**
 * Counts co-mentions in a document: which entities share a paragraph, and which share a sentence.
 * A paragraph is a block of the cleaned text between blank lines; a sentence is the mention's sentence.
 */
export function coMentions(document: Pick<StoredDocument, 'text'>, mentions: readonly Pick<StoredMention, 'entityId' | 'start' | 'sentence'>[]) {
  const starts = paragraphStarts(document.text);
  const paragraphs = new Map<number, Set<EntityId>>();
  const sentences = new Map<string, Set<EntityId>>();
  for (const m of mentions) {
    const paragraph = paragraphOf(starts, m.start);
    paragraphs.set(paragraph, (paragraphs.get(paragraph) ?? new Set()).add(m.entityId));
    const sentence = `${paragraph}\u0000${m.sentence}`;
    sentences.set(sentence, (sentences.get(sentence) ?? new Set()).add(m.entityId));
  }
  const inParagraphs = new Map<string, number>();
  const inSentences = new Map<string, number>();
  for (const group of paragraphs.values()) countPairs(group, inParagraphs);
  for (const group of sentences.values()) countPairs(group, inSentences);
  return { inParagraphs, inSentences };
}

/** The documents to read: the most recent ones, or those naming the centre; wire copies once. */
async function documentsToRead(tx: ReadTx, centre: EntityId | undefined, max: number): Promise<StoredDocument[]> {
  const documents: StoredDocument[] = [];
  if (!centre) {
    for (
      let cursor = await tx.objectStore('documents').index('by-date').openCursor(null, 'prev');
      cursor && documents.length < max;
      cursor = await cursor.continue()
    )
      if (cursor.value.storyId === cursor.value.id) documents.push(cursor.value);
    return documents;
  }
  const ids = new Set<DocumentId>();
  let cursor = await tx.objectStore('mentions').index('by-entity-date').openCursor(entityMentions(centre), 'prev');
  for (; cursor && ids.size < max; cursor = await cursor.continue()) ids.add(cursor.value.documentId);
  for (const id of ids) {
    const document = await tx.objectStore('documents').get(id);
    // A copy counts only when the entity's profile lacks its original.
    if (document && (document.storyId === document.id || !ids.has(document.storyId))) documents.push(document);
  }
  return documents;
}

/** Keeps at most `max` edges: first each node's `perNode` strongest, then the strongest of the rest. */
function strongestEdges(edges: NetworkEdge[], max: number, perNode: number): NetworkEdge[] {
  if (edges.length <= max) return edges;
  const byWeight = [...edges].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  const kept = new Set<NetworkEdge>();
  const taken = new Map<EntityId, number>();
  for (const edge of byWeight) {
    if ((taken.get(edge.source) ?? 0) >= perNode && (taken.get(edge.target) ?? 0) >= perNode) continue;
    kept.add(edge);
    taken.set(edge.source, (taken.get(edge.source) ?? 0) + 1);
    taken.set(edge.target, (taken.get(edge.target) ?? 0) + 1);
  }
  for (const edge of byWeight) if (kept.size < max) kept.add(edge);
  return byWeight.filter((e) => kept.has(e)).slice(0, Math.max(max, 0));
}

/**
 * The co-mention network of the whole store, or around one entity.
 *
 * @param db the store
 * @param options see `NetworkOptions`
 * @returns nodes (strongest first) and edges among them; an entity named with no one else is left out
 */
export async function readNetwork(db: StoreDb, options: NetworkOptions = {}): Promise<CoMentionNetwork> {
  const { centre } = options;
  const maxNodes = options.maxNodes ?? (centre ? 30 : 80);
  const tx: ReadTx = db.transaction(['entities', 'mentions', 'documents']);
  const documents = await documentsToRead(tx, centre, options.maxDocuments ?? 2_000);
  const paragraphs = new Map<string, number>();
  const sentences = new Map<string, number>();
  const mentions = new Map<EntityId, number>();
  for (const document of documents) {
    const found = await tx.objectStore('mentions').index('by-document').getAll(document.id);
    for (const m of found) mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
    const counted = coMentions(document, found);
    for (const [key, n] of counted.inParagraphs) paragraphs.set(key, (paragraphs.get(key) ?? 0) + n);
    for (const [key, n] of counted.inSentences) sentences.set(key, (sentences.get(key) ?? 0) + n);
  }
  const all: NetworkEdge[] = [...paragraphs].map(([key, n]) => {
    const [source, target] = key.split('\u0000') as [EntityId, EntityId];
    const s = sentences.get(key) ?? 0;
    return { source, target, paragraphs: n, sentences: s, weight: n + s };
  });
  const strength = new Map<EntityId, number>();
  for (const e of all) for (const id of [e.source, e.target]) strength.set(id, (strength.get(id) ?? 0) + e.weight);

  const ranked = centre
    ? [
        centre,
        ...all
          .filter((e) => e.source === centre || e.target === centre)
          .sort((a, b) => b.weight - a.weight)
          .map((e) => (e.source === centre ? e.target : e.source)),
      ]
    : [...strength.keys()].sort((a, b) => strength.get(b)! - strength.get(a)! || (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || a.localeCompare(b));
  const shown = new Set(ranked.slice(0, maxNodes));
  const nodes: NetworkNode[] = [];
  for (const id of shown) {
    const entity = await tx.objectStore('entities').get(id);
    if (entity)
      nodes.push({ id, name: fullName(entity.name, entity.aliases), kind: entity.kind, mentions: mentions.get(id) ?? 0, strength: strength.get(id) ?? 0 });
  }
  const present = new Set(nodes.map((n) => n.id));
  const edges = strongestEdges(
    all.filter((e) => present.has(e.source) && present.has(e.target)),
    options.maxEdges ?? 150,
    options.perNode ?? 3,
  );
  return { centre: centre ?? null, nodes, edges, documents: documents.length, entities: strength.size, ties: all.length };
}
