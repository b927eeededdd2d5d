// A small static server on 127.0.0.1 for the demo and the end-to-end tests:
//   /                 index of pages
//   /seed/<id>.html   a seed article rendered as a news page (from the built corpus)
//   /pages/<file>     the project's own test pages (test/pages/)
//   /shared/<path>    the real news pages in ../shared/pages (read in place, never copied)
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderArticlePage, renderIndexPage } from './render-article.mjs';

import { findProjectRoot, sharedPagesDir } from '../../src/tooling/project-root.mjs';

const root = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
const here = path.join(root, 'test/demo');
const ownPages = path.join(root, 'test/pages');
const sharedPages = sharedPagesDir(root);

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

function loadArticles() {
  const corpusFile = path.join(root, '.cache/corpus.json');
  if (!existsSync(corpusFile)) throw new Error('.cache/corpus.json is missing: run `npm run build` first');
  const bundle = JSON.parse(readFileSync(corpusFile, 'utf8'));
  // The compiled corpus holds each article's text as its passages (paragraphs): the page joins them again.
  const paragraphs = new Map();
  for (const p of [...bundle.passages].sort((a, b) => a.index - b.index)) {
    paragraphs.set(p.articleId, [...(paragraphs.get(p.articleId) ?? []), p.text]);
  }
  return bundle.articles.map((a) => ({ ...a, text: (paragraphs.get(a.id) ?? []).join('\n\n') }));
}

/** Resolve `rel` inside `dir`, refusing anything that climbs out of it. */
function inside(dir, rel) {
  const full = path.resolve(dir, rel);
  return full.startsWith(dir + path.sep) && existsSync(full) ? full : null;
}

/**
 * Start the server; resolves to { url, close }. `headers(path)` may add response headers (e.g. a CSP);
 * `generated` maps paths to pages a test or benchmark writes itself (a long article made up for it).
 */
export function startServer({ port = 0, headers = () => ({}), generated = {} } = {}) {
  const articles = loadArticles();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers(pathname) });
      res.end(body);
    };
    if (pathname === '/') {
      const fixtures = existsSync(ownPages) ? readdirSync(ownPages).filter((f) => f.endsWith('.html')).sort() : [];
      return send(200, renderIndexPage(articles, fixtures), types['.html']);
    }
    if (Object.hasOwn(generated, pathname)) return send(200, generated[pathname], types['.html']);
    if (pathname === '/demo.css') return send(200, readFileSync(path.join(here, 'demo.css')), types['.css']);
    const seed = pathname.match(/^\/seed\/(.+)\.html$/);
    if (seed) {
      const article = articles.find((a) => a.id === seed[1]);
      return article ? send(200, renderArticlePage(article, articles), types['.html']) : send(404, 'no such article', types['.txt']);
    }
    for (const [prefix, dir] of [['/pages/', ownPages], ['/shared/', sharedPages]]) {
      if (!pathname.startsWith(prefix)) continue;
      const file = inside(dir, pathname.slice(prefix.length));
      if (!file) return send(404, 'not found', types['.txt']);
      return send(200, readFileSync(file), types[path.extname(file)] ?? 'application/octet-stream');
    }
    send(404, 'not found', types['.txt']);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
