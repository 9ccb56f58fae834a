/** The corpus command, run as a reader runs it. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusJson } from '../lib/engine/profile-corpus';
import { SEEDS_DIR } from './seeds';

const root = join(__dirname, '..');

function corpus(...args: string[]) {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/corpus.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function fixtureDir(): string {
  return mkdtempSync(join(tmpdir(), 'dramatis-cli-'));
}

describe('npm run corpus', () => {
  it('prints a readable table of entities without --json', () => {
    const run = corpus('seeds');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^entity\s+kind\s+latest role\s+country\s+dates\s+documents\s+mentions$/);
    // "Wednesday (July 5)" is placed in 2017 by the other dates; the AFP reprint takes its original's date.
    expect(lines.find((l) => l.startsWith('John F. Kelly'))).toMatch(
      /^John F\. Kelly\s+official\s+Secretary of Homeland Security\s+US\s+Feb–Jul 2017\s+3\s+13$/,
    );
    expect(lines.find((l) => l.startsWith('Felipe Calderón'))).toMatch(/official\s+President\s+Mexico\s+Jan 2011\s+1\s+5$/);
    expect(lines.find((l) => l.startsWith('William Barr'))).toMatch(/official\s+Attorney General\s+US\s+undated\s+1\s+5$/);
    expect(lines.some((l) => l.startsWith('Group of 20 (G-20)'))).toBe(true);
  });

  it('reads a saved web page through Readability: the article alone, filed under the site’s name, its byline no person', () => {
    const dir = fixtureDir();
    const story = readFileSync(join(SEEDS_DIR, '003_8ad13fabbb44149f.txt'), 'utf8').split('\n\n').slice(2, 12);
    writeFileSync(
      join(dir, 'ledger.html'),
      `<!doctype html><html><head><title>Officials speak despite rift | Continental Ledger</title>
<meta property="og:site_name" content="Continental Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Officials speak despite rift</h1><p class="byline">By Mark Potter</p>${story.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>By Mark Potter.</footer></body></html>`,
    );
    const run = corpus(dir, '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as CorpusJson;
    expect(json.documents).toEqual([expect.objectContaining({ title: 'Officials speak despite rift', source: 'Continental Ledger' })]);
    expect(json.entities.map((e) => e.name)).not.toContain(expect.stringMatching(/Potter|footer|</));
    expect(json.entities.find((e) => e.name === 'James Mattis')?.kind).toBe('official');
  });

  it('exits 2 naming a path that does not exist, and prints nothing', () => {
    const run = corpus('seeds', 'no-such-folder/story.txt', '--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(["corpus: cannot read 'no-such-folder/story.txt': no such file or directory"]);
  });

  it('skips empty, binary and data files in a folder with a warning naming each, and profiles the rest', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]));
    // A saved page's metadata beside it: data, not a story.
    writeFileSync(join(dir, 'expected-metadata.json'), '{"title": "Minister Ana Vidal resigns", "byline": "Tom Alder"}');
    copyFileSync(join(SEEDS_DIR, '003_8ad13fabbb44149f.txt'), join(dir, 'reuters.txt'));
    const run = corpus(dir, '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`skipped '${join(dir, 'empty.txt')}': empty file`);
    expect(run.stderr).toContain(`skipped '${join(dir, 'image.png')}': binary file`);
    expect(run.stderr).toContain(`skipped '${join(dir, 'expected-metadata.json')}': a data file, not a story`);
    const json = JSON.parse(run.stdout) as CorpusJson;
    expect(json.documents).toEqual([
      {
        id: 'reuters',
        path: join(dir, 'reuters.txt'),
        title: 'U.S., Mexican security officials speak despite diplomatic rift',
        source: 'Reuters',
        published: '2017-02-08',
      },
    ]);
    expect(json.entities.find((e) => e.name === 'James Mattis')?.kind).toBe('official');
  });

  it('reads UTF-8 with a BOM and CRLF, and Windows-1252 quotes', () => {
    const dir = fixtureDir();
    const story = 'Mexico holds firm\r\n\r\nMexican Foreign Minister Luis Videgaray said on Monday that talks would go on.\r\n';
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story, 'utf8')]));
    const cp1252 = Buffer.concat([
      Buffer.from('Talks go on\r\n\r\n', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('We are not expecting agreements,', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' Canadian Prime Minister Justin Trudeau said.\r\n', 'latin1'),
    ]);
    writeFileSync(join(dir, 'windows.txt'), cp1252);
    const run = corpus(dir, '--json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as CorpusJson;
    expect(json.documents.map((d) => d.title)).toEqual(['Mexico holds firm', 'Talks go on']);
    const videgaray = json.entities.find((e) => e.name === 'Luis Videgaray');
    expect(videgaray?.roles[0]).toMatchObject({ title: 'Foreign Minister', country: 'Mexico' });
    const trudeau = json.entities.find((e) => e.name === 'Justin Trudeau');
    expect(trudeau?.mentions[0]?.sentence).toBe('“We are not expecting agreements,” Canadian Prime Minister Justin Trudeau said.');
    for (const e of json.entities) for (const m of e.mentions) expect(m.sentence).not.toContain('\r');
  });

  it('prints usage and exits 2 without arguments', () => {
    const run = corpus();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage: npm run --silent corpus -- <file-or-folder>\.\.\. \[--json\]/);
  });
});
