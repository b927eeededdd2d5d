/**
 * The page's JSON-LD, as the flat list of objects it describes. Publishers write it every way the spec
 * allows: several `<script>` blocks, a top-level array, a `@graph` (Yoast, most WordPress sites) whose
 * article points at its publisher and author by `@id`, and `@type` as a string or an array
 * (["NewsArticle"]). A block that is not valid JSON is skipped; the others still count.
 */
export type JsonLdNode = Record<string, unknown>;

export interface JsonLd {
  nodes: JsonLdNode[];
  /** Nodes by `@id`, to follow references such as `"publisher": {"@id": "#org"}`. */
  byId: ReadonlyMap<string, JsonLdNode>;
}

// A hostile page can nest arrays without end; real JSON-LD is a few levels deep.
const MAX_DEPTH = 8;
const MAX_NODES = 500;

export function readJsonLd(doc: Document): JsonLd {
  const nodes: JsonLdNode[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || nodes.length >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, depth + 1);
    } else if (isNode(value)) {
      nodes.push(value);
      if ('@graph' in value) collect(value['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"], script:not([type]):not([src])'))) {
    const text = script.textContent ?? '';
    // Some CMSs drop the type: a plain <script> counts only when it is a schema.org object, not code.
    if (!script.hasAttribute('type') && !/^\s*[[{]\s*"@context"\s*:\s*"https?:\/\/schema\.org/.test(text.slice(0, 200))) continue;
    try {
      collect(JSON.parse(text), 0);
    } catch {
      // Malformed JSON (a trailing comma, an unescaped quote): this block says nothing, the others may.
    }
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    // Keep the fullest description of an id: a graph often repeats it as a bare reference.
    if (typeof id === 'string' && Object.keys(node).length > (byId.get(id) ? Object.keys(byId.get(id)!).length : 0)) byId.set(id, node);
  }
  return { nodes, byId };
}

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string');
}

// NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, Report, ...
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/**
 * The node that describes the article itself: the first of an article type, else the first page-like
 * node that carries a headline or a publication date (some sites describe the article as a WebPage).
 */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

export function articleNode(ld: JsonLd): JsonLdNode | undefined {
  return (
    ld.nodes.find(isArticleNode) ??
    ld.nodes.find((n) => 'headline' in n || 'datePublished' in n)
  );
}

/** A node as referenced (`{"@id": ...}`) replaced by its full description when the graph has one. */
export function resolve(ld: JsonLd, value: unknown): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && !('name' in value)) return ld.byId.get(value['@id']) ?? value;
  return value;
}

/** Names of a person or organisation field: a string, an object with `name`, or an array of either. */
export function namesOf(ld: JsonLd, value: unknown): string[] {
  const list = Array.isArray(value) ? value.slice(0, 20) : [value];
  const names: string[] = [];
  for (const item of list) {
    const it = resolve(ld, item);
    if (typeof it === 'string') names.push(it);
    else if (isNode(it) && typeof it.name === 'string') names.push(it.name);
  }
  return names;
}

/** A URL field: a string, or an object with `@id` or `url` (mainEntityOfPage is either). */
export function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isNode(value)) {
    if (typeof value.url === 'string') return value.url;
    if (typeof value['@id'] === 'string') return value['@id'];
  }
  return undefined;
}
