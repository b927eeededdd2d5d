import type { Article, Passage } from '../../model/corpus-types';
import { PARAGRAPH_SEPARATOR } from './article-file';
import { splitSentences } from './sentences';

/** Passage ids are stable: the article id and the paragraph index. */
export function passageId(articleId: string, index: number): string {
  return `${articleId}#p${index}`;
}

/** Cut an article's cleaned text back into its paragraphs, with sentence spans; entity links come later. */
export function splitPassages(article: Article): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  article.text.split(PARAGRAPH_SEPARATOR).forEach((text, index) => {
    out.push({
      id: passageId(article.id, index),
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
