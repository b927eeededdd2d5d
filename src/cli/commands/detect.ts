import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { MatcherEntity } from '../../model/corpus-types';
import { compileMatcherData } from '../../detect/compile';
import { detectInText, explainText } from '../../detect/gating';
import { primaryLanguage } from '../../detect/language';
import { createMatcher } from '../../detect/matcher';
import { collectText, NEVER_YIELD } from '../../detect/text-collector';
import type { Mention } from '../../detect/types';

/** One output line of `npx backstory detect`: what the extension would mark in that file. */
export interface DetectLine {
  file: string;
  onTopic: boolean;
  mentions: Array<{
    entity: string;
    /** The exact substring of the extracted text. */
    text: string;
    /** Offsets into the extracted text (visible text for HTML, the file itself otherwise). */
    start: number;
    end: number;
    /** The gazetteer alias that matched. */
    alias: string;
    /** With --explain: why it was marked. */
    why?: string;
  }>;
  /** With --explain: how the page was judged, and what was found but not marked, with the reason. */
  page?: string;
  /** With --explain, on an on-topic page: how each section that names an entity was judged. */
  sections?: Array<{ from: number; to: number; title: string; onTopic: boolean; why: string; mentions: number }>;
  rejected?: Array<{ entity: string; text: string; start: number; end: number; alias: string; why: string }>;
}

const HTML_FILE = /\.html?$/i;

/**
 * The text the extension would see: for HTML, what the content script's collector reads from the
 * same root (markup-based hiding only: linkedom has no CSS); else the file as it is.
 */
export async function extractText(file: string): Promise<{ text: string; lang?: string }> {
  const raw = await readFile(file, 'utf8');
  if (!HTML_FILE.test(file)) return { text: raw };
  const { document } = parseHTML(raw);
  const lang = primaryLanguage(document.documentElement.getAttribute('lang'));
  const { text } = await collectText([document.documentElement], { budget: NEVER_YIELD });
  return lang ? { text, lang } : { text };
}

export async function detectFiles(files: string[], entities: MatcherEntity[], options: { explain?: boolean } = {}): Promise<DetectLine[]> {
  const data = compileMatcherData(entities);
  const matcher = createMatcher(data);
  const lines: DetectLine[] = [];
  for (const file of files) {
    const { text, lang } = await extractText(file);
    const span = (m: Mention) => ({ entity: m.entityId, text: text.slice(m.start, m.end), start: m.start, end: m.end, alias: m.alias });
    if (options.explain) {
      const e = explainText(text, matcher, data, { pageLang: lang });
      lines.push({
        file,
        onTopic: e.onTopic,
        page: e.page,
        sections: e.sections.map((s) => ({ from: s.from, to: s.to, title: s.title, onTopic: s.onTopic, why: s.reason, mentions: s.mentions })),
        mentions: e.accepted.map((a) => ({ ...span(a.mention), why: a.why })),
        rejected: e.rejected.map((r) => ({ ...span(r.mention), why: r.why })),
      });
      continue;
    }
    const { onTopic, mentions } = detectInText(text, matcher, data, { pageLang: lang });
    lines.push({ file, onTopic, mentions: mentions.map(span) });
  }
  return lines;
}

/** One JSON object per line, keys in a fixed order so output diffs cleanly. */
export function formatDetectLine(l: DetectLine): string {
  return JSON.stringify({
    file: l.file,
    onTopic: l.onTopic,
    mentions: l.mentions.map((m) => ({ entity: m.entity, text: m.text, start: m.start, end: m.end, alias: m.alias, ...(m.why ? { why: m.why } : {}) })),
    ...(l.page ? { page: l.page } : {}),
    ...(l.sections && l.sections.length > 0 ? { sections: l.sections } : {}),
    ...(l.rejected ? { rejected: l.rejected } : {}),
  });
}
