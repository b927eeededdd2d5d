import type { Article, Entity, Passage, TimelineEvent } from '../model/corpus-types';

export interface TimelineContext {
  articles: Article[];
  passages: Passage[];
  /** Index of each article's first passage; an article's passages are contiguous. */
  firstPassage: number[];
  articlesByEntity: Map<string, Set<number>>;
  /** Where an event's cues hit an article (see `CueHits`); a compile that keeps per-article results caches it. */
  cueHits?: CueHits;
}

/**
 * The passages of article `ai` in which an event's cues match (indices into the compiled passage list; -1 for a match
 * outside every passage), or undefined when none matches. Running the cues over every article's text is most of a
 * timeline's cost on a large corpus, and the answer depends only on the article and the gazetteer.
 */
export type CueHits = (ai: number, eventId: string, cues: RegExp[], compute: () => number[] | undefined) => number[] | undefined;

/** Co-mentioned entities kept per event (besides its `related` ones), most frequent first. */
const MAX_CO_MENTIONED = 15;

/**
 * Dated events. An event's sources are the articles that report it (front matter `event`), name it (detected
 * mention) or describe it without naming it (gazetteer `cues`); its entities are its `related` ids plus the
 * entities named in the same passages.
 */
export function buildTimeline(ctx: TimelineContext, entities: Entity[], cues: Map<string, RegExp[]>): TimelineEvent[] {
  const reporting = new Map<string, number[]>();
  ctx.articles.forEach((a, ai) => {
    if (a.event === undefined) return;
    const list = reporting.get(a.event);
    if (list) list.push(ai);
    else reporting.set(a.event, [ai]);
  });

  const events: TimelineEvent[] = [];
  for (const entity of entities) {
    if (entity.type !== 'event' || !entity.date) continue;
    const articleSet = new Set<number>([...(reporting.get(entity.id) ?? []), ...(ctx.articlesByEntity.get(entity.id) ?? [])]);
    const passageSet = new Set<number>();
    for (const ai of ctx.articlesByEntity.get(entity.id) ?? []) {
      forEachPassage(ctx, ai, (pi) => {
        if (ctx.passages[pi]!.entityIds.includes(entity.id)) passageSet.add(pi);
      });
    }
    const eventCues = cues.get(entity.id) ?? [];
    if (eventCues.length > 0) {
      ctx.articles.forEach((_, ai) => {
        const compute = () => cuePassages(ctx, ai, eventCues);
        const hits = ctx.cueHits ? ctx.cueHits(ai, entity.id, eventCues, compute) : compute();
        if (!hits) return;
        articleSet.add(ai);
        for (const pi of hits) if (pi >= 0) passageSet.add(pi);
      });
    }
    const counts = new Map<string, number>();
    for (const pi of passageSet) {
      for (const id of ctx.passages[pi]!.entityIds) if (id !== entity.id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const co = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CO_MENTIONED).map(([id]) => id);
    const sources = [...articleSet]
      .map((ai) => ctx.articles[ai]!)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
      .map((a) => ({ articleId: a.id, outlet: a.outlet, date: a.date }));
    events.push({
      id: entity.id,
      date: entity.date,
      label: entity.name,
      entityIds: [...new Set([...(entity.related ?? []), ...co])].sort(),
      sources,
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Where `cues` match article `ai`: the passage of each match, in cue order (-1 outside every passage); undefined when none does. */
function cuePassages(ctx: TimelineContext, ai: number, cues: RegExp[]): number[] | undefined {
  const text = ctx.articles[ai]!.text;
  let hits: number[] | undefined;
  for (const cue of cues) {
    // exec on the one regex, not matchAll: matchAll clones the regex per call, and a fresh clone
    // starts in V8's regex interpreter again, which costs seconds over 10,000 articles.
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      (hits ??= []).push(passageAt(ctx, ai, m.index));
      if (m[0] === '') cue.lastIndex++;
    }
  }
  return hits;
}

function forEachPassage(ctx: TimelineContext, ai: number, fn: (pi: number) => void): void {
  const end = ai + 1 < ctx.firstPassage.length ? ctx.firstPassage[ai + 1]! : ctx.passages.length;
  for (let pi = ctx.firstPassage[ai]!; pi < end; pi++) fn(pi);
}

function passageAt(ctx: TimelineContext, ai: number, offset: number): number {
  let found = -1;
  forEachPassage(ctx, ai, (pi) => {
    const p = ctx.passages[pi]!;
    if (offset >= p.start && offset < p.end) found = pi;
  });
  return found;
}
