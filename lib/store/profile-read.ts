/**
 * One entity as the views show it: its profile (a page of its mentions in date order, its roles over
 * time, its documents and companions) and its hover card (the few most recent mentions from other
 * documents than the page being read). A passage is listed once: copies of one wire story fold into
 * one entry with every outlet, and mentions in one sentence of one document fold into one entry with
 * each name marked.
 */
import { formatPublished } from '../engine/metadata';
import { fold } from '../engine/names';
import { placedDates } from './placed-dates';
import { mentionStream, type MentionFilter, type ReadTx } from './mention-order';
import { rolesOverTime } from '../shared/offices';
import { fullName } from '../shared/words';
import type { Companion, MentionInContext, Page, Profile } from './reads';
import { entityMentions, type StoreDb, type StoredDocument, type StoredEntity } from './schema';
import type { DocumentId, EntityId } from '../shared/types';

/** How many of an entity's most recent documents its companions are counted in. */
const COMPANION_DOCUMENTS = 100;
/** How many companions a profile lists. */
const COMPANIONS = 8;

/** Words of a sentence, for telling that two copies of a wire story print the same passage. */
function sentenceWords(sentence: string): Set<string> {
  return new Set(
    fold(sentence)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2),
  );
}

/** Whether two sentences share 60 % of the shorter one's words: the same passage, lightly edited. */
function samePassage(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= 0.6 * Math.max(1, Math.min(a.size, b.size));
}

/** A page of entries read from a mention stream, folded; `position` counts the raw mentions read. */
interface FoldedPage {
  mentions: MentionInContext[];
  total: number;
  nextOffset: number | null;
  context: string[];
  read: (id: DocumentId) => Promise<StoredDocument | undefined>;
}

/**
 * Reads `page.limit` entries from the entity's mentions in date order, after skipping `page.offset`
 * raw mentions, folding wire copies and repeats within a sentence.
 */
async function foldedMentions(tx: ReadTx, id: EntityId, page: Page, filter: MentionFilter): Promise<FoldedPage> {
  const stream = await mentionStream(tx, id, filter);
  const mentions: MentionInContext[] = [];
  const passages: { story: DocumentId; words: Set<string>; entry: MentionInContext }[] = [];
  let position = 0;
  for (; position < page.offset; position++) if (!(await stream.next())) break;
  for (let next = await stream.next(); next; next = await stream.next()) {
    const { mention: m, date } = next;
    const document = await stream.read(m.documentId);
    const story = document?.storyId ?? m.documentId;
    const words = sentenceWords(m.sentence);
    const same = passages.find((p) => p.entry.documentId === m.documentId && p.entry.sentence === m.sentence);
    const copy = passages.find((p) => p.story === story && p.entry.documentId !== m.documentId && samePassage(p.words, words));
    position++;
    if (same) {
      same.entry.sameSentence.push({ text: m.text, start: m.start, end: m.end });
    } else if (copy) {
      if (document?.source && !copy.entry.outlets.includes(document.source)) copy.entry.outlets.push(document.source);
      if (!copy.entry.copies.includes(m.documentId)) copy.entry.copies.push(m.documentId);
    } else {
      if (mentions.length === page.limit) {
        position--;
        break;
      }
      const entry: MentionInContext = {
        documentId: m.documentId,
        text: m.text,
        start: m.start,
        end: m.end,
        sentence: m.sentence,
        title: document?.title ?? '',
        source: document?.source ?? null,
        published: document ? formatPublished(document.published) : null,
        outlets: document?.source ? [document.source] : [],
        copies: [],
        date,
        sameSentence: [],
      };
      mentions.push(entry);
      passages.push({ story, words, entry });
    }
  }
  return { mentions, total: stream.total, nextOffset: position < stream.total ? position : null, context: stream.context, read: stream.read };
}

/** Who is named in the entity's most recent documents, by how many of them. */
async function companionsOf(tx: ReadTx, id: EntityId, limit: number): Promise<Companion[]> {
  const recent = new Set<DocumentId>();
  let cursor = await tx.objectStore('mentions').index('by-entity-date').openCursor(entityMentions(id), 'prev');
  while (cursor && recent.size < COMPANION_DOCUMENTS) {
    recent.add(cursor.value.documentId);
    cursor = await cursor.continue();
  }
  const counts = new Map<EntityId, number>();
  // The documents' mentions read together, and the companions' entities too: one wait each, not one a record.
  const byDocument = tx.objectStore('mentions').index('by-document');
  for (const mentions of await Promise.all([...recent].map((documentId) => byDocument.getAll(documentId)))) {
    const seen = new Set<EntityId>();
    for (const m of mentions) {
      if (m.entityId === id || seen.has(m.entityId)) continue;
      seen.add(m.entityId);
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const entities = await Promise.all(top.map(([other]) => tx.objectStore('entities').get(other)));
  const companions: Companion[] = [];
  top.forEach(([, count], i) => {
    const e = entities[i];
    if (e) companions.push({ id: e.id, name: fullName(e.name, e.aliases), kind: e.kind, count });
  });
  return companions;
}

/** The entity's roles over time, each statement dated by its document. */
async function roleLinesOf(entity: StoredEntity, folded: FoldedPage) {
  const dates = await placedDates(
    folded.read,
    entity.roles.map((r) => r.documentId),
    folded.context,
  );
  return rolesOverTime(entity.roles.map((r) => ({ ...r, date: dates.get(r.documentId)! })));
}

/**
 * One entity's profile: a page of its mentions in date order (newest first, a date without a year
 * placed by its context), its roles over time, the documents of both, and its companions.
 *
 * @param db the store
 * @param id the entity
 * @param page `offset` raw mentions skipped, at most `limit` entries (folded) returned
 * @param filter only one month's mentions ("2017-07", or "undated"), or without some documents
 * @returns the profile, or undefined for an unknown id
 */
export async function readProfile(db: StoreDb, id: EntityId, page: Page = { offset: 0, limit: 200 }, filter: MentionFilter = {}): Promise<Profile | undefined> {
  const tx: ReadTx = db.transaction(['entities', 'mentions', 'documents']);
  const entity = await tx.objectStore('entities').get(id);
  if (!entity) return undefined;
  const folded = await foldedMentions(tx, id, page, filter);
  const roleLines = await roleLinesOf(entity, folded);
  const wanted = new Set<DocumentId>([...folded.mentions.flatMap((m) => [m.documentId, ...m.copies]), ...entity.roles.map((r) => r.documentId)]);
  const placed = await placedDates(folded.read, wanted, folded.context);
  const documents: Profile['documents'] = [];
  for (const documentId of wanted) {
    const d = await folded.read(documentId);
    if (d)
      documents.push({
        id: d.id,
        title: d.title,
        source: d.source,
        published: formatPublished(d.published),
        date: d.date,
        path: d.path,
        storyId: d.storyId,
        placed: placed.get(d.id)!,
      });
  }
  return {
    entity,
    total: folded.total,
    documentCount: entity.documentCount,
    nextOffset: folded.nextOffset,
    companions: await companionsOf(tx, id, COMPANIONS),
    documents,
    mentions: folded.mentions,
    fullName: fullName(entity.name, entity.aliases),
    roleLines,
  };
}

/** What a hover card shows of a stored entity. */
export interface StoredCard {
  entity: StoredEntity;
  fullName: string;
  roleLines: Profile['roleLines'];
  /** Mentions and documents other than the ones left out. */
  mentionCount: number;
  documentCount: number;
  recent: MentionInContext[];
  companions: Companion[];
}

/**
 * A hover card: the entity's roles over time, how many mentions it has in other documents than the
 * page being read, the most recent of them (one entry per passage) and who it is named with.
 *
 * @param db the store
 * @param id the entity
 * @param exclude the page's own stored documents (it and its wire copies): not past mentions
 * @param recent how many snippets, 3 by default
 * @returns the card, or undefined for an unknown id
 */
export async function readCard(db: StoreDb, id: EntityId, exclude: readonly DocumentId[], recent = 3): Promise<StoredCard | undefined> {
  const tx: ReadTx = db.transaction(['entities', 'mentions', 'documents']);
  const entity = await tx.objectStore('entities').get(id);
  if (!entity) return undefined;
  const folded = await foldedMentions(tx, id, { offset: 0, limit: recent }, { exclude });
  let documentCount = entity.documentCount;
  for (const documentId of new Set(exclude)) {
    const mentions = await tx.objectStore('mentions').index('by-document').getAll(documentId);
    if (mentions.some((m) => m.entityId === id)) documentCount--;
  }
  return {
    entity,
    fullName: fullName(entity.name, entity.aliases),
    roleLines: await roleLinesOf(entity, folded),
    mentionCount: folded.total,
    documentCount,
    recent: folded.mentions,
    companions: await companionsOf(tx, id, 5),
  };
}
