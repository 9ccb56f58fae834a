/**
 * A profile's role statements stay bounded however many documents state the role, and what the
 * reader sees of the role (its span, how many documents state it) stays what every statement says.
 * The people are invented; Chile and its fisheries ministry are the kind of office the engine knows.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { openProfileStore, type ProfileStore } from '../../../lib/store/profile-store';
import { openStoreDb } from '../../../lib/store/schema';
import { GENERATION_KEY, newGeneration } from '../../../lib/store/transactions';
import { boundRoles, ROLE_ENDS, unionRoles, withoutDocuments, type StoredRole } from '../../../lib/store/role-statements';
import { rolesOverTime, type RoleLine } from '../../../lib/shared/offices';
import type { DocumentId, EntityId } from '../../../lib/shared/types';
import { countReads } from './read-counter';

const doc = (n: number) => `d${n}` as DocumentId;
/** Statement n of "Fisheries Minister, Chile": dated one month after another from January 2015, or undated. */
const statement = (n: number, dated = true): StoredRole => ({
  title: n % 5 === 0 ? 'Minister of Fisheries' : 'Fisheries Minister',
  country: 'Chile',
  documentId: doc(n),
  date: dated ? new Date(Date.UTC(2015, n, 1)).toISOString().slice(0, 10) : '',
});
/** Roles over time as the profile shows them, each statement dated by its own date. */
const lines = (roles: readonly StoredRole[]) =>
  rolesOverTime(roles.map((r) => ({ ...r, date: { iso: r.date || null, inferred: false } }))).map(({ documentIds, ...line }) => line);

describe('a role stated in many documents', () => {
  const all = [...Array.from({ length: 40 }, (_, n) => statement(n)), ...Array.from({ length: 5 }, (_, n) => statement(100 + n, false))];

  it('keeps the earliest, the latest and a few undated statements of each form, and shows the same line', () => {
    const kept = boundRoles(all);
    // Two forms of the title ("Fisheries Minister", "Minister of Fisheries"), each bounded.
    expect(kept.length).toBe(2 * 3 * ROLE_ENDS);
    expect(lines(kept)).toEqual(lines(all));
    expect(lines(kept)[0]).toMatchObject({ from: '2015-01-01', to: '2018-04-01', documents: 45, undated: 5 });
  });

  it('keeps its statements whole while it is under the bound', () => {
    const few = all.slice(0, 3 * ROLE_ENDS);
    expect(boundRoles(few)).toBe(few);
  });

  it('counts a removed document once, and passes on what was folded into its statement', () => {
    const kept = boundRoles(all);
    const carrier = kept.find((r) => r.folded)!;
    const left = withoutDocuments(kept, (id) => id === carrier.documentId);
    expect(lines(left)[0]).toMatchObject({ documents: 44 });
    // Removing the earliest document moves the role's start to the next one.
    expect(lines(withoutDocuments(kept, (id) => id === doc(0)))[0]).toMatchObject({ from: '2015-02-01', documents: 44 });
  });

  it('joins two lists with each statement once, and bounds them as a write does', () => {
    const joined = boundRoles(unionRoles(all.slice(0, 30), all.slice(20)));
    expect(lines(joined)).toEqual(lines(all));
    expect(joined.length).toBe(2 * 3 * ROLE_ENDS);
  });

  it('keeps statements saved before they carried dates until their dates are read', () => {
    const legacy = all.map(({ date, ...r }) => r);
    expect(boundRoles(legacy)).toBe(legacy);
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The n-th of a run of briefs, a month apart from January 2019, each stating the minister's role. */
const brief = (n: number) => `Chile weighs new fishing quotas, part ${n}

${MONTHS[n % 12]} 3, ${2019 + Math.floor(n / 12)}

SANTIAGO (Reuters) - Chile's Fisheries Minister Ana Velmora said on Monday that the quotas for hake would be cut
again, after survey number ${n} found fewer fish off the southern coast.

"We cannot fish what is not there," Velmora told reporters in Santiago.`;

async function storeWith(briefs: number): Promise<{ store: ProfileStore; id: EntityId }> {
  const store = await openProfileStore(`roles-${Math.random()}`);
  for (let n = 0; n < briefs; n++) await store.save([{ path: `https://news.example/quotas/${n}`, analysis: analyzeDocument(brief(n)) }]);
  const [velmora] = await store.findByAlias('Ana Velmora');
  return { store, id: velmora!.id };
}

const roleLine = (line: RoleLine | undefined) => line && { title: line.title, country: line.country, from: line.from, to: line.to, documents: line.documents };

describe('an official stated in every saved brief', () => {
  it('keeps a bounded profile, and her card reads no more documents for 30 briefs stating her role than for 12', async () => {
    const twelve = await storeWith(12);
    const thirty = await storeWith(30);
    expect((await thirty.store.entity(thirty.id))!.roles.length).toBeLessThanOrEqual(3 * ROLE_ENDS);

    const card = await countReads(() => thirty.store.card(thirty.id, []));
    expect(roleLine(card.result!.roleLines[0])).toEqual({ title: 'Fisheries Minister', country: 'Chile', from: '2019-01-03', to: '2021-06-03', documents: 30 });
    const smaller = await countReads(() => twelve.store.card(twelve.id, []));
    expect(roleLine(smaller.result!.roleLines[0])).toMatchObject({ from: '2019-01-03', to: '2019-12-03', documents: 12 });
    expect(card.byStore.documents).toBeLessThanOrEqual(smaller.byStore.documents!);
  });

  it('moves the start of her role when the first brief is removed', async () => {
    const { store, id } = await storeWith(14);
    const first = (await store.documents()).documents.find((d) => d.path.endsWith('/quotas/0'))!;
    await store.removeDocument(first.id);
    const profile = await store.profile(id);
    expect(roleLine(profile!.roleLines[0])).toMatchObject({ from: '2019-02-03', to: '2020-02-03', documents: 13 });
  });

  it('keeps every document counted once when the mentions of a statement that stands for others are split off', async () => {
    const { store, id } = await storeWith(12);
    const carrier = (await store.entity(id))!.roles.find((r) => r.folded)!;
    const profile = (await store.profile(id))!;
    const anchors = profile.mentions
      .filter((m) => m.documentId === carrier.documentId)
      .flatMap((m) => [m.start, ...m.sameSentence.map((s) => s.start)].map((start) => ({ documentId: m.documentId, start })));
    const split = await store.split(id, anchors, 'Ana Velmora (2)');
    const documentsOf = async (entity: EntityId) => (await store.profile(entity))!.roleLines.reduce((n, line) => n + line.documents, 0);
    expect((await documentsOf(id)) + (await documentsOf(split.id))).toBe(12);
    expect(await documentsOf(split.id)).toBe(1);
  });

  it('bounds a profile saved before statements carried dates the next time a save reaches it', async () => {
    const name = `roles-legacy-${Math.random()}`;
    const store = await openProfileStore(name);
    const documents: DocumentId[] = [];
    for (let n = 0; n < 12; n++) {
      const [saved] = await store.save([{ path: `https://news.example/quotas/${n}`, analysis: analyzeDocument(brief(n)) }]);
      documents.push(saved!.documentId);
    }
    const [velmora] = await store.findByAlias('Ana Velmora');
    // Her profile as an earlier version stored it: one statement per brief, none dated.
    const db = await openStoreDb(name);
    const tx = db.transaction(['entities', 'meta'], 'readwrite');
    void tx.objectStore('meta').put(newGeneration(), GENERATION_KEY);
    await tx
      .objectStore('entities')
      .put({ ...velmora!, roles: documents.map((documentId) => ({ title: 'Fisheries Minister', country: 'Chile', documentId })) });
    await tx.done;
    db.close();

    await store.save([{ path: 'https://news.example/quotas/12', analysis: analyzeDocument(brief(12)) }]);
    expect((await store.entity(velmora!.id))!.roles.length).toBeLessThanOrEqual(3 * ROLE_ENDS);
    const profile = await store.profile(velmora!.id);
    expect(roleLine(profile!.roleLines[0])).toEqual({ title: 'Fisheries Minister', country: 'Chile', from: '2019-01-03', to: '2020-01-03', documents: 13 });
  });
});
