import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { MatcherEntity } from '../../model/corpus-types';
import { compileMatcherData } from '../../detect/compile';
import { detectInText } from '../../detect/gating';
import { createMatcher } from '../../detect/matcher';
import { collectText, NEVER_YIELD } from '../../detect/text-collector';

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
  }>;
}

const HTML_FILE = /\.html?$/i;

/**
 * The text the extension would see: for HTML, what the content script's collector reads from the
 * same root (markup-based hiding only: linkedom has no CSS); else the file as it is.
 */
export async function extractText(file: string): Promise<string> {
  const raw = await readFile(file, 'utf8');
  if (!HTML_FILE.test(file)) return raw;
  const { document } = parseHTML(raw);
  return (await collectText([document.documentElement], { budget: NEVER_YIELD })).text;
}

export async function detectFiles(files: string[], entities: MatcherEntity[]): Promise<DetectLine[]> {
  const data = compileMatcherData(entities);
  const matcher = createMatcher(data);
  const lines: DetectLine[] = [];
  for (const file of files) {
    const text = await extractText(file);
    const { onTopic, mentions } = detectInText(text, matcher, data);
    lines.push({
      file,
      onTopic,
      mentions: mentions.map((m) => ({
        entity: m.entityId,
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        alias: m.alias,
      })),
    });
  }
  return lines;
}

/** One JSON object per line, keys in a fixed order so output diffs cleanly. */
export function formatDetectLine(l: DetectLine): string {
  return JSON.stringify({
    file: l.file,
    onTopic: l.onTopic,
    mentions: l.mentions.map((m) => ({ entity: m.entity, text: m.text, start: m.start, end: m.end, alias: m.alias })),
  });
}
