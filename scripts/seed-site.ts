/**
 * Serves the built-in corpus as news pages on localhost, for `npm start`, the browser tests and the
 * benchmarks: each seed article as a page with the markup news sites carry (og:type, JSON-LD,
 * <article>, a byline, <time>), inside a navigation bar and a related-stories rail. Also serves
 * pages that are not articles: a form and a product page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../lib/engine/clean';
import { formatPublished, readMetadata } from '../lib/engine/metadata';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface SeedPage {
  id: string;
  title: string;
  path: string;
}

export interface SeedSite {
  url: string;
  pages: SeedPage[];
  close: () => Promise<void>;
}

/** A seed article as a news page. */
export function articleHtml(raw: string, extraBody = ''): string {
  const cleaned = cleanArticle(raw);
  const meta = readMetadata(cleaned);
  const paragraphs = cleaned.text.split('\n\n').filter((p) => p !== meta.title);
  const published = formatPublished(meta.published);
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: meta.title }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(meta.title)}</title>
<meta property="og:type" content="article"><meta name="author" content="${escape(meta.source ?? 'Staff')}">
<script type="application/ld+json">${jsonLd}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:46em;margin:0 auto;padding:0 1em;color:#222;background:#fdfdfb}nav a{margin-right:1em}aside{border-top:1px solid #ccc;margin-top:2em;font-size:15px}</style>
</head><body>
<nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav>
<article>
<h1>${escape(meta.title)}</h1>
<p class="byline">By <span rel="author">${escape(meta.source ?? 'Staff reporter')}</span>${published && !published.startsWith('--') ? ` · <time datetime="${published}">${published}</time>` : ''}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>More stories</h2><ul><li><a href="/world">Markets rally as oil prices fall</a></li><li><a href="/world">Weather: storms expected this weekend</a></li></ul></aside>
${extraBody}
</body></html>`;
}

const FORM_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contact us</title></head><body>
<h1>Contact us</h1><form><label>Name <input name="name" value="John Kelly"></label><label>Message <textarea name="m">Ask the State Department about Donald Trump.</textarea></label><button>Send</button></form>
<p>We answer within two days.</p></body></html>`;

const PRODUCT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kelly Kettle 1.5 L</title><meta property="og:type" content="product"></head><body>
<h1>Kelly Kettle 1.5 L</h1><p>Price: $49.99</p><p>Rated 4.5 by 210 customers.</p><button>Add to cart</button>
<ul><li>Stainless steel</li><li>Boils in 4 minutes</li></ul></body></html>`;

export interface SeedSiteOptions {
  seedsDir?: string;
  /** More articles to serve as news pages (not in the built-in corpus): /article/<id>. */
  extra?: { id: string; text: string }[];
  /** Any other pages, by path: "/search" → its HTML ("/app.js" → its script). */
  pages?: Record<string, string>;
  /** Extra response headers, by path: a Content-Security-Policy, say. */
  headers?: Record<string, Record<string, string>>;
}

/** Starts the site on a free port of 127.0.0.1. */
export async function startSeedSite(options: SeedSiteOptions = {}): Promise<SeedSite> {
  const seedsDir = options.seedsDir ?? join(import.meta.dirname, '..', 'seeds');
  const texts = new Map<string, string>();
  for (const name of readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    texts.set(name.replace(/\.txt$/, ''), readFileSync(join(seedsDir, name), 'utf8'));
  const seedIds = [...texts.keys()];
  for (const { id, text } of options.extra ?? []) texts.set(id, text);
  const pages: SeedPage[] = seedIds.map((id) => ({ id, title: readMetadata(cleanArticle(texts.get(id)!)).title, path: `/article/${id}` }));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string) => {
      const type = url.pathname.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
      response.writeHead(status, { 'content-type': type, ...options.headers?.[url.pathname] });
      response.end(body);
    };
    const article = /^\/article\/([\w-]+)$/.exec(url.pathname);
    if (article) {
      const text = texts.get(article[1]!);
      return text ? send(200, articleHtml(text)) : send(404, 'Not found');
    }
    const page = options.pages?.[url.pathname];
    if (page) return send(200, page);
    if (url.pathname === '/form') return send(200, FORM_PAGE);
    if (url.pathname === '/product') return send(200, PRODUCT_PAGE);
    if (url.pathname === '/') {
      return send(
        200,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dramatis seed corpus</title></head><body><h1>Seed corpus</h1><ul>${pages
          .map((p) => `<li><a href="${p.path}">${escape(p.title)}</a></li>`)
          .join('')}</ul></body></html>`,
      );
    }
    return send(404, 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
