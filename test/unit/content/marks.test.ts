// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import { markIsLive, NodeCursor, nodeIndexAt, type Mark } from '../../../src/content/marks/mark';
import { MarkIndex } from '../../../src/content/marks/mark-index';
import { replaceUnder } from '../../../src/content/marks/mark-list';
import { readyMatcherSource } from '../../../src/content/scan/matcher-source';
import { Scanner } from '../../../src/content/scan/scanner';
import { FIXTURE_ENTITIES } from '../detect/fixture-entities';
import { installStaticRangeShim } from './static-range-shim';

const data = compileMatcherData(FIXTURE_ENTITIES);

beforeAll(installStaticRangeShim);

/** Raw marks under `root`, made as the content script makes them: collect, match, marks. */
function marksOf(root: Node): Promise<Mark[]> {
  return new Scanner(readyMatcherSource(data), new AbortController().signal).scan([root]);
}

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('marks', () => {
  it('turns a mention split over inline elements into one mark with one segment per text node', async () => {
    const body = page('<p>Near <b>Tartus</b> naval <i>base</i> and Hmeimim.</p>');
    const marks = await marksOf(body);
    expect(marks.map((m) => [m.entityId, m.matchedText])).toEqual([
      ['tartus-naval-base', 'Tartus naval base'],
      ['hmeimim', 'Hmeimim'],
    ]);
    const [base] = marks;
    expect(base!.segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['Tartus', ' naval ', 'base']);
    expect(base!.range.startContainer).toBe(base!.segments[0]!.node);
    expect(base!.range.endOffset).toBe(4);
  });

  it('a mark is live until its text leaves the page or shrinks', async () => {
    const body = page('<p>In Tartus.</p><p>At Hmeimim.</p>');
    const [tartus, hmeimim] = await marksOf(body);
    expect(markIsLive(tartus!)).toBe(true);
    body.firstElementChild!.remove();
    expect(markIsLive(tartus!)).toBe(false);
    (hmeimim!.segments[0]!.node as Text).data = 'At';
    expect(markIsLive(hmeimim!)).toBe(false);
  });
});

describe('MarkIndex', () => {
  it('finds the mark under a caret offset by bisection, end inclusive, gaps excluded', async () => {
    const body = page('<p>Tartus, then Hmeimim, then Tartous and al-Sharaa.</p>');
    const marks = await marksOf(body);
    const index = new MarkIndex(marks);
    const text = body.querySelector('p')!.firstChild as Text;
    const s = text.data;
    const at = (offset: number): string | null => index.at(text, offset)?.mark.entityId ?? null;
    expect(at(0)).toBe('tartus');
    expect(at(3)).toBe('tartus');
    expect(at(6)).toBe('tartus'); // caret right after the last letter
    expect(at(9)).toBeNull(); // inside ", then"
    expect(at(s.indexOf('Hmeimim') + 2)).toBe('hmeimim');
    expect(at(s.indexOf('Tartous'))).toBe('tartus');
    expect(at(s.indexOf('al-Sharaa') + 5)).toBe('al-sharaa');
    expect(at(s.length)).toBeNull(); // after the final full stop
    expect(index.at(document.createTextNode('Tartus'), 1)).toBeNull();
  });

  it('answers for every text node a multi-node mark covers', async () => {
    const body = page('<p>The <b>Tartus</b> naval base.</p>');
    const index = new MarkIndex(await marksOf(body));
    const b = body.querySelector('b')!.firstChild as Text;
    const tail = body.querySelector('p')!.lastChild as Text;
    expect(index.at(b, 2)?.mark.entityId).toBe('tartus-naval-base');
    expect(index.at(tail, 3)?.mark.entityId).toBe('tartus-naval-base');
    expect(index.at(tail, tail.data.length)).toBeNull();
  });
});

describe('replaceUnder', () => {
  it('reports no change when a rescan finds the same marks, and merges new ones in document order', async () => {
    const body = page('<p id="a">Tartus here.</p><p id="b">Nothing yet.</p><p id="c">Hmeimim there.</p>');
    const all = await marksOf(body);
    const b = body.querySelector('#b')!;
    const same = replaceUnder(all, [b], await marksOf(b));
    expect(same.changed).toBe(false);
    expect(same.marks).toEqual(all);

    b.textContent = 'Now al-Sharaa.';
    const next = replaceUnder(all, [b], await marksOf(b));
    expect(next.changed).toBe(true);
    expect(next.marks.map((m) => m.entityId)).toEqual(['tartus', 'al-sharaa', 'hmeimim']);
  });

  it('drops marks whose text left the page even outside the rescanned roots', async () => {
    const body = page('<p id="a">Tartus here.</p><p id="b">Hmeimim there.</p>');
    const all = await marksOf(body);
    body.querySelector('#a')!.remove();
    const b = body.querySelector('#b')!;
    const next = replaceUnder(all, [b], await marksOf(b));
    expect(next.changed).toBe(true);
    expect(next.marks.map((m) => m.entityId)).toEqual(['hmeimim']);
  });
});

describe('NodeCursor', () => {
  it('gives the same node as a bisection for every offset taken in order, and recovers when an offset goes back', () => {
    const starts = [0, 3, 3, 10, 11, 40, 41, 90];
    const cursor = new NodeCursor(starts);
    for (let offset = 0; offset < 100; offset++) expect(cursor.at(offset)).toBe(nodeIndexAt(starts, offset));
    expect(cursor.at(4)).toBe(nodeIndexAt(starts, 4));
    expect(cursor.span({ start: 9, end: 42 })).toEqual([2, 6]);
  });

  it('puts a mention that fills a node exactly in that node alone: no empty piece of its neighbours', async () => {
    // "In Tartus now\nHmeimim": Tartus starts where "In " ends and ends where " now" starts.
    const body = page('<p>In <b>Tartus</b> now</p><p>Hmeimim</p>');
    const pieces = (m: Mark) => m.segments.map((s) => [s.node.data, s.start, s.end]);
    const [tartus, hmeimim] = await marksOf(body);
    expect(pieces(tartus!)).toEqual([['Tartus', 0, 6]]);
    expect(pieces(hmeimim!)).toEqual([['Hmeimim', 0, 7]]);
    expect([tartus!.range.startOffset, tartus!.range.endOffset]).toEqual([0, 6]);
  });

  it('builds each mark with its range ends at the first and last segment', async () => {
    const body = page('<p>Near <b>Tar</b>tus naval base and Hmeimim.</p>');
    const marks = await marksOf(body);
    const tartus = marks.find((m) => m.matchedText.startsWith('Tar'))!;
    expect(tartus.segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['Tar', 'tus naval base']);
    expect(tartus.range.startContainer).toBe(tartus.segments[0]!.node);
    expect(tartus.range.endOffset).toBe(tartus.segments[1]!.end);
  });
});
