// `npm start`: serve the demo pages on 127.0.0.1 and open Chromium with the built extension on a seed
// article. With a display, the browser window stays open until you close it (or press Ctrl+C).
// Without one, it runs headless, saves screenshots of what a reader would see, and says where.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extension = path.join(root, 'extension');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const shots = path.join(root, 'test-results/demo');

const server = await startServer({ port: Number(process.env.PORT ?? 0) });
const firstSeed = readdirSync(path.join(root, 'seeds/articles')).filter((f) => f.endsWith('.txt')).sort()[1]?.replace(/\.txt$/, '');
const demoUrl = `${server.url}/seed/${firstSeed}.html`;
console.log(`Demo pages: ${server.url}/  (opening ${demoUrl})`);

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'backstory-demo-')), {
  headless,
  executablePath: '/usr/bin/chromium',
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(headless ? ['--no-sandbox', '--disable-gpu'] : []),
  ],
});
// Real pages name ads and fonts on other hosts; this machine reaches none of them.
await context.route((url) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:)/.test(url.href), (route) => route.abort());
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);

if (!headless) {
  console.log('Chromium is open with Backstory loaded. Close the window or press Ctrl+C to stop.');
  context.on('close', () => server.close().then(() => process.exit(0)));
} else {
  mkdirSync(shots, { recursive: true });
  await page.waitForFunction(() => (CSS.highlights?.get('ctx-mention')?.size ?? 0) > 0, null, { timeout: 15_000 }).catch(() => undefined);
  await page.screenshot({ path: path.join(shots, '1-page-with-marks.png') });
  // Hover the first mention of Hmeimim to open its context card.
  const box = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf('Hmeimim') ?? -1;
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 7);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  });
  if (box) {
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(shots, '2-context-card.png') });
  }
  console.log(`No display here: ran headless and saved screenshots of what a reader sees in ${path.relative(process.cwd(), shots)}/`);
  await context.close();
  await server.close();
}
