// @vitest-environment happy-dom
/** Files the reader imports: what is read, and what is refused with the file's name and the reason. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from '../../../lib/store/import-files';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore } from '../../../lib/store/profile-store';
import { seedTexts } from '../../seeds';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (name: string, content: string | Uint8Array) => readImportFile(name, typeof content === 'string' ? bytes(content) : content, parse);

async function exportText(): Promise<string> {
  const store = await openProfileStore(`import-${Math.random()}`);
  await store.importProfile(profileCorpus(seedTexts().slice(0, 2)));
  return JSON.stringify(await store.exportAll());
}

describe('reading import files', () => {
  it('reads a text article as it is', () => {
    const text = seedTexts()[2]!.text;
    expect(read('clinton.txt', text)).toEqual({ ok: true, value: { kind: 'article', name: 'clinton.txt', title: null, text } });
  });

  it('reads the article out of a saved web page with Readability, leaving the page around it', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i}: Mexican President Andres Manuel Lopez Obrador met Secretary of State Antony Blinken in Mexico City on Friday to discuss migration and the fentanyl trade, officials said.</p>`,
    ).join('');
    const html = `<html><head><title>Blinken in Mexico | Example News</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Blinken in Mexico</h1>${paragraphs}</article><footer>Subscribe to our newsletter</footer></body></html>`;
    const result = read('blinken.html', html);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.kind !== 'article') return;
    expect(result.value.text).toContain('Lopez Obrador met Secretary of State Antony Blinken');
    expect(result.value.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(result.value.text).not.toContain('Subscribe');
    expect(result.value.text).not.toContain('Home');
  });

  it('reads a Dramatis export', async () => {
    const result = read('dramatis-export.json', await exportText());
    expect(result.ok && result.value.kind === 'export' && result.value.data.documents.length).toBe(2);
  });

  it('refuses a file that is not JSON', () => {
    expect(read('notes.json', 'documents: none, this is not JSON }')).toEqual({ ok: false, error: expect.stringMatching(/^notes\.json is not JSON/) });
  });

  it('refuses JSON of the wrong shape', async () => {
    expect(read('list.json', '[1, 2, 3]')).toEqual({ ok: false, error: expect.stringMatching(/^list\.json is JSON, but not a Dramatis export/) });
    const data = JSON.parse(await exportText());
    data.mentions[0].entityId = 'nobody';
    expect(read('edited.json', JSON.stringify(data))).toEqual({
      ok: false,
      error: expect.stringMatching(/^edited\.json is a Dramatis export of the wrong shape: mentions\[0\] names an entity/),
    });
    delete data.entities;
    expect(read('edited.json', JSON.stringify(data))).toEqual({ ok: false, error: expect.stringContaining('"entities" is missing') });
  });

  it('refuses an export from a newer version', async () => {
    const data = JSON.parse(await exportText());
    data.version = 99;
    expect(read('future.json', JSON.stringify(data))).toEqual({
      ok: false,
      error: expect.stringMatching(/^future\.json was exported by a newer version of Dramatis/),
    });
  });

  it('refuses a file too large to import, before reading it', () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(read('huge.txt', huge)).toEqual({
      ok: false,
      error: expect.stringMatching(/^huge\.txt is too large to import \(64\.0 MB; the limit is 64\.0 MB\)/),
    });
  });

  it('refuses a truncated export', async () => {
    const text = await exportText();
    expect(read('cut.json', text.slice(0, Math.floor(text.length / 2)))).toEqual({ ok: false, error: expect.stringMatching(/^cut\.json is truncated/) });
  });

  it('refuses a binary file, whatever its name says', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(read('photo.txt', png)).toEqual({ ok: false, error: 'photo.txt is a binary file, not text.' });
    expect(read('photo.json', png)).toEqual({ ok: false, error: 'photo.json is a binary file, not text.' });
    expect(read('photo.png', png)).toEqual({ ok: false, error: 'photo.png is not a .txt, .html or .json file.' });
  });
});
