/**
 * Pages for the benchmarks, made from the seeds' real sentences: news articles of a chosen length,
 * a search-results page and a web-app-like DOM of 20,000 elements.
 */
import { cleanArticle } from '../lib/engine/clean';
import { readMetadata } from '../lib/engine/metadata';
import { seedSentences } from './sentences';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A deterministic generator, so every run measures the same pages. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Paragraphs of three or four seed sentences in a shuffled order, until the words are reached. */
export function paragraphsOf(words: number, seed = 1): string[] {
  const sentences = seedSentences();
  const next = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const size = 3 + Math.floor(next() * 2);
    const paragraph = Array.from({ length: size }, () => sentences[Math.floor(next() * sentences.length)]!).join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs;
}

/** A news article page of about this many words, with the markup news sites carry. */
export function newsPage(words: number): string {
  const title = readMetadata(cleanArticle(paragraphsOf(20, words).join('\n\n'))).title || 'Officials meet on security';
  const body = paragraphsOf(words, words)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="og:type" content="article"><meta name="author" content="Staff">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Officials meet"}</script>
<style>body{font:18px/1.6 Georgia,serif;max-width:46em;margin:0 auto;padding:0 1em}</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escape(title)}</h1><p class="byline">By Staff · <time datetime="2019-12-06">6 December 2019</time></p>
${body}
</article><footer>© Example News</footer></body></html>`;
}

/** A search-results page: a query box and fifty results with titles and snippets. */
export function searchPage(): string {
  const sentences = seedSentences();
  const results = Array.from({ length: 50 }, (_, i) => {
    const snippet = sentences[(i * 7) % sentences.length]!;
    return `<li class="result"><a href="/r/${i}"><h3>${escape(snippet.slice(0, 60))}</h3></a><cite>https://example.com/story/${i}</cite><span>${escape(snippet)}</span></li>`;
  }).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>mexico security - Search</title></head><body>
<form role="search"><input name="q" value="mexico security"><button>Search</button></form>
<div id="stats">About 1,230,000 results</div><ol id="results">${results}</ol>
<nav class="pages"><a href="?p=2">2</a> <a href="?p=3">3</a></nav></body></html>`;
}

/** A web-app-like DOM: a toolbar, a sidebar and a grid, 20,000 elements in all. */
export function appPage(elements = 20_000): string {
  const rows: string[] = [];
  let count = 0;
  for (let r = 0; count < elements - 10; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 8 && count < elements - 10; c++) {
      cells.push(`<div class="cell" data-r="${r}" data-c="${c}"><span>${r * 8 + c}</span></div>`);
      count += 2;
    }
    rows.push(`<div class="row">${cells.join('')}</div>`);
    count++;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dashboard</title>
<style>.row{display:flex}.cell{width:80px;font:12px monospace}</style></head><body>
<header><button>New</button><button>Share</button><input placeholder="Filter"></header>
<main id="grid">${rows.join('')}</main></body></html>`;
}
