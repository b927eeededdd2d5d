/**
 * Running the prefilter's passes (prefilter.ts writes them at build time) over a text: every place a
 * name may start, or only whether there is one.
 *
 * One scan per passes array, kept for the process: the content script asks `some` before it has the
 * names (the cheap no: a page with no place where a name may start never loads them, see
 * src/content/scan/matcher-source.ts), and the matcher built afterwards over the same passes reuses
 * the regexes already compiled rather than parsing ~25 KB of pattern again.
 */
import type { PrefilterPass } from './types';

export interface PrefilterScan {
  /** Every place a pass finds, in text order (duplicates kept: they cost one comparison). */
  hits(text: string): Int32Array;
  /** Whether a pass finds a place `accept` takes: stops at the first (places in no particular order). */
  some(text: string, accept: (index: number) => boolean): boolean;
}

interface Pass {
  source: string;
  re: RegExp | null;
  when: RegExp | null;
}

const scans = new WeakMap<readonly PrefilterPass[], PrefilterScan>();

export function prefilterScan(passes: readonly PrefilterPass[]): PrefilterScan {
  let scan = scans.get(passes);
  if (!scan) scans.set(passes, (scan = createScan(passes)));
  return scan;
}

function createScan(passes: readonly PrefilterPass[]): PrefilterScan {
  // A pass's regex is made the first time a text has its script's letters: parsing the Cyrillic and
  // Arabic passes (~13 KB of pattern with the 179-entity gazetteer) is wasted on an English page.
  const list: Pass[] = passes.map((p) => ({ source: p.source, re: null, when: p.when ? new RegExp(p.when) : null }));
  const runs = (pass: Pass, text: string): RegExp | null => {
    if (pass.when && !pass.when.test(text)) return null;
    const re = (pass.re ??= new RegExp(pass.source, 'g'));
    re.lastIndex = 0;
    return re;
  };
  return {
    hits(text) {
      const hits: number[] = [];
      for (const pass of list) {
        const re = runs(pass, text);
        if (!re) continue;
        for (let hit = re.exec(text); hit !== null; hit = re.exec(text)) {
          hits.push(hit.index);
          // Windows may overlap ("al-Sharaa" holds the windows of "al-Sharaa" and "Sharaa"): go on from the next unit.
          re.lastIndex = hit.index + 1;
        }
      }
      // A typed array sorts numerically, natively; one pass's hits are already in order.
      const sorted = Int32Array.from(hits);
      return list.length > 1 ? sorted.sort() : sorted;
    },
    some(text, accept) {
      for (const pass of list) {
        const re = runs(pass, text);
        if (!re) continue;
        for (let hit = re.exec(text); hit !== null; hit = re.exec(text)) {
          if (accept(hit.index)) return true;
          re.lastIndex = hit.index + 1;
        }
      }
      return false;
    },
  };
}
