import type { Article, Passage } from '../model/corpus-types';
import { PARAGRAPH_SEPARATOR } from './article-file';
import { contentHash } from '../model/hash';
import { splitSentences } from './sentences';

/**
 * A passage's id is its article's id and a hash of its own text, never its position: a link, a search
 * hit or anything stored against a passage keeps naming the same paragraph when paragraphs before it
 * are added or removed, and names nothing (rather than another paragraph) once its text has changed.
 * The same paragraph twice in one article gets `-2`, `-3`… in reading order.
 */
function passageIds(articleId: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const key = contentHash(text).slice(0, 12);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${articleId}#${key}${n > 1 ? `-${n}` : ''}`;
  });
}

/** Cut an article's cleaned text back into its paragraphs, with sentence spans; entity links come later. */
export function splitPassages(article: Article): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  const texts = article.text.split(PARAGRAPH_SEPARATOR);
  const ids = passageIds(article.id, texts);
  texts.forEach((text, index) => {
    out.push({
      id: ids[index]!,
      articleId: article.id,
      index,
      start,
      end: start + text.length,
      text,
      sentences: splitSentences(text),
      entityIds: [],
    });
    start += text.length + PARAGRAPH_SEPARATOR.length;
  });
  return out;
}
