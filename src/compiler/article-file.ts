import type { Article } from '../model/corpus-types';
import { unnamedOutlet } from '../model/unnamed-outlet';
import { rulesForTitle, stripChrome, type ChromeRule, type StrippedBody } from './chrome-rules';
import { asObject, optionalStringList, requireDate, requireString } from './fields';
import { SeedError } from './seed-error';
import { parseSimpleYaml } from './simple-yaml';
import { parseYamlFile } from './yaml-file';

/** Joins paragraphs in `Article.text`; passage offsets count it. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Fields every article's front matter must have (`outlet` and `cites` may be null / empty). */
const REQUIRED = ['title', 'outlet', 'date', 'event', 'source_file'] as const;

export interface ParsedArticle {
  article: Article;
  /** Agencies the text cites ("according to Reuters"); never the outlet itself. */
  cites: string[];
  /** True when the text names no outlet of its own (`outlet: null`). */
  outletUnnamed: boolean;
  removed: StrippedBody['removed'];
}

/** What the card shows for an article whose text names no outlet: honest, and still says where it got its facts. */
export { unnamedOutlet } from '../model/unnamed-outlet';

/** The agencies an article file's front matter says its text cites (its `cites`), the rest of the file unread. */
export function citesOfArticleFile(file: string, text: string): string[] {
  const { y, fm } = frontMatter(file, text);
  return optionalStringList(y, fm, 'cites', 'the front matter') ?? [];
}

function frontMatter(file: string, text: string) {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  if (lines[0]?.trim() !== '---') throw new SeedError(file, 1, 'missing front matter: the file must start with a "---" line');
  const close = lines.indexOf('---', 1);
  if (close < 0) throw new SeedError(file, 1, 'unterminated front matter: no closing "---" line');
  const frontText = lines.slice(1, close).join('\n');
  const y = parseSimpleYaml(file, frontText, 2) ?? parseYamlFile(file, frontText, 2);
  return { lines, close, y, fm: asObject(y, y.data ?? {}, y.data, 0, 'the front matter') };
}

/**
 * Parse one `seeds/articles/*.txt`: YAML front matter between `---` lines, then the collected text verbatim.
 * The body is cleaned here (chrome rules), never in the seed file, so the seed stays the source of truth.
 */
export function parseArticleFile(
  file: string,
  text: string,
  rules: ChromeRule[],
  entityTypes: ReadonlyMap<string, string>,
): ParsedArticle {
  const { lines, close, y, fm } = frontMatter(file, text);
  for (const key of REQUIRED) {
    if (!(key in fm)) throw new SeedError(file, 1, `missing metadata field "${key}" in the front matter`);
  }
  const title = requireString(y, fm, 'title', 'the front matter');
  const outletUnnamed = fm['outlet'] === null;
  const cites = optionalStringList(y, fm, 'cites', 'the front matter') ?? [];
  const outlet = outletUnnamed ? unnamedOutlet(cites) : requireString(y, fm, 'outlet', 'the front matter');
  const date = requireDate(y, fm, 'date', 'the front matter');
  const event = requireString(y, fm, 'event', 'the front matter');
  const type = entityTypes.get(event);
  if (type === undefined) throw new SeedError(file, y.lineOf(fm, 'event'), `unknown entity "${event}" in field "event"`);
  if (type !== 'event') throw new SeedError(file, y.lineOf(fm, 'event'), `field "event" names "${event}", a ${type}, not an event`);
  requireString(y, fm, 'source_file', 'the front matter');

  const bodyFirstLine = close + 2;
  const stripped = stripChrome(lines.slice(close + 1).join('\n'), bodyFirstLine, rulesForTitle(rules, title));
  if (stripped.paragraphs.length === 0) {
    throw new SeedError(file, Math.min(bodyFirstLine, lines.length), 'empty article: no text left after removing site chrome');
  }
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.txt$/, '');
  const article: Article = {
    id: base,
    file,
    title,
    outlet,
    date,
    event,
    text: stripped.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR),
  };
  if (cites.length > 0) article.cites = cites;
  return { article, cites, outletUnnamed, removed: stripped.removed };
}
