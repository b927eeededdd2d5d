// Renders a corpus article as a realistic news page (masthead, headline, byline, body, sidebar, footer)
// for the demo and the end-to-end tests. Text is escaped: the page shows the article as a reader sees it.

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export function renderArticlePage(article, others) {
  const paragraphs = article.text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n        ');
  const related = others
    .filter((o) => o.id !== article.id)
    .map((o) => `<li><a href="/seed/${encodeURIComponent(o.id)}.html">${escapeHtml(o.title)}</a></li>`)
    .join('\n          ');
  const date = new Date(`${article.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(article.title)} — The Daily Ledger</title>
  <link rel="stylesheet" href="/demo.css">
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">The Daily Ledger</a>
    <nav><a href="/">World</a><a href="/">Middle East</a><a href="/">Europe</a><a href="/">Opinion</a></nav>
  </header>
  <main class="layout">
    <article>
      <p class="kicker">Middle East</p>
      <h1>${escapeHtml(article.title)}</h1>
      <p class="byline">By staff and agencies · ${escapeHtml(article.outlet)} · <time datetime="${article.date}">${date}</time></p>
      <div class="body">
        ${paragraphs}
      </div>
    </article>
    <aside class="sidebar">
      <h2>More on this story</h2>
      <ul>
          ${related}
      </ul>
      <div class="newsletter"><h2>Morning briefing</h2><p>The day's top stories in your inbox.</p><form><input type="email" placeholder="Your email"><button type="button">Sign up</button></form></div>
    </aside>
  </main>
  <footer class="site-footer">© The Daily Ledger — a demonstration page made for Backstory's tests. Article text as published by ${escapeHtml(article.outlet)}.</footer>
</body>
</html>`;
}

export function renderIndexPage(articles, fixtures) {
  const items = articles
    .map((a) => `<li><a href="/seed/${encodeURIComponent(a.id)}.html">${escapeHtml(a.title)}</a> <small>${escapeHtml(a.outlet)}, ${a.date}</small></li>`)
    .join('\n');
  const pages = fixtures.map((f) => `<li><a href="/pages/${encodeURIComponent(f)}">${escapeHtml(f)}</a></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backstory demo</title><link rel="stylesheet" href="/demo.css"></head>
<body><header class="masthead"><a class="logo" href="/">The Daily Ledger</a></header><main class="layout"><article>
<h1>Backstory demo pages</h1><h2>Seed articles</h2><ul>${items}</ul><h2>Test pages</h2><ul>${pages}</ul></article></main></body></html>`;
}
