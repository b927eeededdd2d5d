/**
 * The resident memory of a running browser, every process of it (the main one, renderers, content
 * processes, the GPU process), read from /proc: what a pack import costs the machine, whichever process
 * the work lands in (the page, its worker, the background). Linux only, as the test machines are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserDriver } from './driver';

function processes(): Array<{ pid: number; ppid: number; cmdline: string }> {
  const out = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(entry), ppid, cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** The browser's root process: Firefox's from Puppeteer; Chromium's by its profile on the command line. */
function rootPids(browser: BrowserDriver, all: ReturnType<typeof processes>): number[] {
  const native = browser.native;
  if (native.name === 'firefox') {
    const pid = native.browser.process()?.pid;
    return pid ? [pid] : [];
  }
  const profile = browser.profile ?? '';
  const mains = all.filter((p) => profile !== '' && p.cmdline.includes(profile) && !p.cmdline.includes('--type='));
  return mains.map((p) => p.pid);
}

/** The resident memory of the browser and all its descendants, in bytes. */
export function browserRss(browser: BrowserDriver): number {
  const all = processes();
  const roots = rootPids(browser, all);
  if (roots.length === 0) throw new Error(`cannot find ${browser.name}'s processes`);
  const tree = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree].reduce((sum, pid) => sum + rssBytes(pid), 0);
}
