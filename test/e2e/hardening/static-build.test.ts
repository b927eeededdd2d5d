/**
 * The built extension, read as files (no browser): no code from strings, no way in for other extensions
 * or web pages, no loosened CSP, no inline script. Lives with the e2e tests because it reads the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeBuild, firefoxBuild } from '../harness/paths';

const builds = { chrome: chromeBuild, firefox: firefoxBuild };

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

describe.each(Object.entries(builds))('the %s build', (name, dir) => {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

  it('bundles no code built from strings (eval, new Function, string timers)', () => {
    const bundles = files(dir, '.js');
    expect(bundles.length).toBeGreaterThanOrEqual(5);
    for (const file of bundles) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/\bFunction\s*\(\s*["'`]/);
      expect(code, file).not.toMatch(/set(?:Timeout|Interval)\s*\(\s*["'`]/);
      expect(code, file).not.toMatch(/document\.write\s*\(/);
      // No remote code either: nothing imports or fetches from a URL.
      expect(code, file).not.toMatch(/importScripts\s*\(|import\s*\(\s*["'`]https?:/);
    }
  });

  it('lets no other extension or web page talk to it, and keeps the default CSP', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    // Only the content script's lazy modules, only under the per-session dynamic URL (test/e2e/hardening/lazy-modules.test.ts).
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['content-detect.js', 'content-card.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(manifest).not.toHaveProperty('sandbox');
    // Absent means the strict MV3 default; if one is ever added it must not loosen it.
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Each one justified in the README's Permissions table; contextMenus is the "Save this article" item,
    // sidePanel Chrome's side panel (Firefox's sidebar_action needs no permission).
    expect(manifest.permissions).toEqual(name === 'chrome' ? ['storage', 'unlimitedStorage', 'contextMenus', 'sidePanel'] : ['storage', 'unlimitedStorage', 'contextMenus']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('has no inline script, inline handler or remote resource in its HTML pages', () => {
    const pages = files(dir, '.html');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(tag, file).toMatch(/^<script src="[a-z-]+\.js"><\/script>$/);
      }
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
      expect(html, file).not.toMatch(/javascript:/i);
    }
  });
});
