/** The message protocol over WXT's fakeBrowser, with the background's real handlers on a fake store. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers, storeKeeper } from '../../../lib/messaging/background-service';
import { listen, send, type ToBackground } from '../../../lib/messaging/protocol';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore } from '../../../lib/store/profile-store';
import { seedTexts } from '../../seeds';
import { readArticle } from '../../../lib/page/readable-article';
import type { EntityKind } from '../../../lib/shared/types';

const snapshot = profileCorpus(seedTexts());

// fakeBrowser delivers runtime messages with an empty sender; a real browser names this extension
// as the sender of messages from its own pages and content scripts, as this does.
const fromOwnPages = {
  sendMessage: async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id })).find((answer: unknown) => !!answer),
};

describe('messages between the pages and the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    const getStore = storeKeeper({ openStore: () => openProfileStore(`messages-${Math.random()}`), loadSnapshot: async () => snapshot });
    listen<ToBackground>(
      fakeBrowser.runtime,
      backgroundHandlers(getStore, async () => snapshot),
    );
  });

  it('fills an empty store from the snapshot on the first request, and searches it', async () => {
    const answer = await send(fromOwnPages, 'search', { query: 'attorney general' });
    expect(answer).toMatchObject({ ok: true, value: [{ name: 'William Barr', kind: 'official' }] });
    const status = await send(fromOwnPages, 'status', {});
    expect(status.ok && status.value.documents).toBe(5);
  });

  it('annotates a page: known names are tied to their profiles, new ones are first seen here', async () => {
    const answer = await send(fromOwnPages, 'annotate', {
      url: 'https://news.example/story',
      title: 'Talks',
      text: 'Mexican Foreign Minister Luis Videgaray met Brazilian Foreign Minister Mauro Vieira. Videgaray said talks went well.',
    });
    expect(answer.ok).toBe(true);
    const entities = answer.ok ? answer.value.entities : [];
    const videgaray = entities.find((e) => e.name === 'Luis Videgaray');
    expect(videgaray).toMatchObject({ kind: 'official', known: true, forms: ['Luis Videgaray', 'Videgaray'] });
    expect(videgaray?.id).toBe(snapshot.entities.find((e) => e.name === 'Luis Videgaray')?.id);
    expect(entities.find((e) => e.name === 'Mauro Vieira')).toMatchObject({ known: false, role: { title: 'Foreign Minister', country: 'Brazil' } });
  });

  it('reads a written-out page, and says where each mention of the kinds asked for is in its paragraphs', async () => {
    const paragraphs = [
      'Interior Minister Alma Virtanen met the board of the Harbour Authority in Port Selden on Tuesday, the ministry said in a statement after the talks.',
      'Virtanen told reporters that the Harbour Authority would double its patrols, and that the ministry would pay for half of the cost this year.',
      'The Harbour Authority gave no figures for the cost of the patrols, and Virtanen took no questions from reporters after the meeting ended.',
    ];
    const html = `<html lang="en"><head><title>Patrols doubled</title><meta name="og:type" content="article"/><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><h1>Patrols doubled</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const reading = readArticle(html);
    if (!reading.article) throw new Error(`not read as an article: ${reading.reason}`);
    for (const kinds of [['official'], ['official', 'organization']] as EntityKind[][]) {
      const answer = await send(fromOwnPages, 'readPage', { url: 'https://news.example/patrols', html, kinds });
      if (!answer.ok || !answer.value.article) throw new Error('not read');
      const { names, entities, blockLengths } = answer.value;
      expect(blockLengths).toEqual(reading.blockTexts.map((t) => t.length));
      const said = names.map(([block, start, end, entity]) => {
        expect(kinds).toContain(entities[entity]!.kind);
        const text = reading.blockTexts[block]!.slice(start, end);
        expect(entities[entity]!.forms).toContain(text);
        return text;
      });
      expect(said.filter((t) => t.includes('Virtanen'))).toHaveLength(3);
      expect(said.includes('Harbour Authority')).toBe(kinds.includes('organization'));
    }
  });

  it('answers a card with roles, counts, recent snippets and companions', async () => {
    const kelly = snapshot.entities.find((e) => e.name === 'John F. Kelly')!;
    const answer = await send(fromOwnPages, 'card', { entityId: kelly.id });
    if (!answer.ok || !answer.value) throw new Error('no card');
    expect(answer.value.mentionCount).toBe(kelly.mentions.length);
    expect(answer.value.documentCount).toBe(3);
    expect(answer.value.recent).toHaveLength(3);
    expect(answer.value.recent[0]).toMatchObject({ source: 'AFP', date: { iso: '2017-07-05', inferred: true } });
    expect(answer.value.roles.map((r) => [r.title, r.country, r.documents])).toEqual([['Secretary of Homeland Security', 'US', 3]]);
    expect(answer.value.companions.map((c) => c.name)).toContain('Enrique Pena Nieto');
  });

  it('refuses messages from other senders', async () => {
    const listeners: ((message: unknown, sender: { id?: string }) => Promise<unknown> | undefined)[] = [];
    const runtime = {
      id: 'dramatis',
      sendMessage: async () => undefined,
      onMessage: { addListener: (l: (typeof listeners)[number]) => void listeners.push(l) },
    };
    listen<ToBackground>(
      runtime,
      backgroundHandlers(
        async () => Promise.reject(new Error('must not be reached')),
        async () => snapshot,
      ),
    );
    expect(await listeners[0]!({ type: 'search', payload: { query: 'kelly' } }, { id: 'another-extension' })).toEqual({ ok: false, error: 'unknown sender' });
    expect(listeners[0]!({ type: 'not-a-message' }, { id: 'dramatis' })).toBeUndefined();
  });

  it('keeps marking from the bundled snapshot when the store cannot be opened, and says why', async () => {
    fakeBrowser.reset();
    const unavailable = new Error('IndexedDB is not available in private windows');
    const getStore = storeKeeper({ openStore: () => Promise.reject(unavailable), loadSnapshot: async () => snapshot });
    listen<ToBackground>(
      fakeBrowser.runtime,
      backgroundHandlers(getStore, async () => snapshot),
    );

    const page = await send(fromOwnPages, 'annotate', {
      url: 'https://news.example/a',
      title: '',
      text: 'WASHINGTON (Reuters) - Homeland Security Secretary John Kelly met Mexican officials on Tuesday.',
    });
    expect(page.ok).toBe(true);
    const kelly = page.ok ? page.value.entities.find((e) => e.name === 'John F. Kelly') : undefined;
    expect(kelly).toMatchObject({ kind: 'official', known: true });
    const card = await send(fromOwnPages, 'card', { entityId: kelly!.id });
    expect(card.ok && card.value?.mentionCount).toBeGreaterThan(5);
    expect(await send(fromOwnPages, 'health', {})).toEqual({ ok: true, value: { storeError: unavailable.message } });
    const save = await send(fromOwnPages, 'save', { url: 'https://news.example/a', title: '', text: 'x' });
    expect(save).toEqual({ ok: false, error: unavailable.message });
  });

  it('answers a save with the page’s entities, now tied to the profiles the save made', async () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'ap-senate-pentagon.txt'), 'utf8');
    const before = await send(fromOwnPages, 'annotate', { url: 'https://news.example/senate', title: '', text });
    expect(before.ok && before.value.entities.find((e) => e.name === 'JD Vance')).toMatchObject({ known: false, id: expect.stringMatching(/^page:/) });
    const saved = await send(fromOwnPages, 'save', { url: 'https://news.example/senate', title: '', text });
    const vance = saved.ok ? saved.value.pageEntities.find((e) => e.name === 'JD Vance') : undefined;
    expect(vance).toMatchObject({ kind: 'official', known: true, forms: ['JD Vance'] });
    expect(vance!.id).not.toMatch(/^page:/);
    const card = await send(fromOwnPages, 'card', { entityId: vance!.id });
    expect(card.ok && card.value?.name).toBe('JD Vance');
  });

  it('ties a saved page’s names as a fresh read of the page then does, from the save’s own writes', async () => {
    // Invented names: a known official (from the seeds' snapshot), new ones, and a copy of the story.
    const text = [
      'VELKOGRAD (Reuters) - Interior Minister Alma Virtanen met Homeland Security Secretary John Kelly and the board of the Harbour Authority on Tuesday.',
      'Virtanen told reporters that the Harbour Authority would double its patrols. Kelly said the talks went well.',
      'Port Selden Mayor Idris Okafor, who chairs the Harbour Authority, said Okafor would pay for half of the cost this year.',
    ].join('\n\n');
    const saved = await send(fromOwnPages, 'save', { url: 'https://news.example/harbour', title: '', text });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    // What the save keeps to itself is not sent.
    expect(Object.keys(saved.value)).not.toContain('profiles');
    const after = await send(fromOwnPages, 'annotate', { url: 'https://news.example/harbour', title: '', text });
    const fresh = after.ok ? after.value.entities : [];
    const view = (entities: typeof fresh) => entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, known: e.known, pageDocuments: e.pageDocuments }));
    expect(view(saved.value.pageEntities)).toEqual(view(fresh));
    expect(saved.value.pageEntities.find((e) => e.name === 'Alma Virtanen')).toMatchObject({
      known: true,
      kind: 'official',
      pageDocuments: [saved.value.documentId],
    });
    expect(saved.value.pageEntities.find((e) => e.name === 'John F. Kelly')?.id).toBe(snapshot.entities.find((e) => e.name === 'John F. Kelly')?.id);
    // A wire story the store holds (a seed), saved from two sites: every copy is the page's, as a fresh read finds them.
    const wire = seedTexts()[1]!.text;
    const first = await send(fromOwnPages, 'save', { url: 'https://wire.example/story', title: '', text: wire });
    const second = await send(fromOwnPages, 'save', { url: 'https://paper.example/story', title: '', text: wire });
    const read = await send(fromOwnPages, 'annotate', { url: 'https://paper.example/story', title: '', text: wire });
    if (!first.ok || !second.ok || !read.ok) throw new Error('not answered');
    expect(second.value.copyOf).toBe(first.value.copyOf);
    const documents = new Set(second.value.pageEntities[0]!.pageDocuments);
    expect(documents).toEqual(new Set(read.value.entities[0]!.pageDocuments));
    for (const id of [first.value.copyOf, first.value.documentId, second.value.documentId]) expect(documents).toContain(id);
  });

  it('saves the same story opened from two links as one document', async () => {
    const text = seedTexts()[2]!.text;
    const first = await send(fromOwnPages, 'save', { url: 'https://news.example/story?utm_source=x&id=7#comments', title: '', text });
    const second = await send(fromOwnPages, 'save', { url: 'https://news.example/story?id=7&fbclid=abc', title: '', text });
    expect(first.ok && first.value.status).toBe('added');
    expect(second.ok && second.value).toMatchObject({ status: 'updated', path: 'https://news.example/story?id=7' });
  });
});
