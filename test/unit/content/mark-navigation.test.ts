// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcherData } from '../../../src/detect/compile';
import type { Highlighter } from '../../../src/content/highlighter';
import { MarkNavigation } from '../../../src/content/mark-navigation';
import { LiveRanges } from '../../../src/content/marks/live-ranges';
import type { Mark } from '../../../src/content/marks/mark';
import { readyMatcherSource } from '../../../src/content/scan/matcher-source';
import { Scanner } from '../../../src/content/scan/scanner';
import { FIXTURE_ENTITIES } from '../detect/fixture-entities';
import { installStaticRangeShim } from './static-range-shim';

const data = compileMatcherData(FIXTURE_ENTITIES);

beforeAll(installStaticRangeShim);

async function setUp(html: string) {
  document.body.innerHTML = html;
  const marks = await new Scanner(readyMatcherSource(data), new AbortController().signal).scan([document.body]);
  const focus: Array<string | null> = [];
  const flashed: string[] = [];
  const opened: Array<[string, string]> = [];
  const textOf = (range: AbstractRange) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
  const highlighter = {
    focus: (range: AbstractRange | null) => focus.push(range ? textOf(range) : null),
    flash: (range: AbstractRange) => flashed.push(textOf(range)),
  };
  const navigation = new MarkNavigation(highlighter as unknown as Highlighter, new LiveRanges(), (mark: Mark, trigger) =>
    opened.push([mark.matchedText, trigger]),
  );
  return { marks, navigation, focus, flashed, opened };
}

describe('MarkNavigation', () => {
  it('moves from the focused mark to the next and previous, wrapping, and opens each card', async () => {
    const { marks, navigation, focus, opened } = await setUp('<p>Hmeimim</p><p>Tartus</p><p>Putin</p>');
    expect(navigation.move(marks, 'next')).toBe(true);
    navigation.move(marks, 'next');
    navigation.move(marks, 'next');
    navigation.move(marks, 'next');
    navigation.move(marks, 'previous');
    expect(opened.map(([text]) => text)).toEqual(['Hmeimim', 'Tartus', 'Putin', 'Hmeimim', 'Putin']);
    expect(opened.every(([, trigger]) => trigger === 'keyboard')).toBe(true);
    expect(focus).toEqual(['Hmeimim', 'Tartus', 'Putin', 'Hmeimim', 'Putin']);
  });

  it('skips marks whose text left the page, and has nowhere to go without marks', async () => {
    const { marks, navigation, opened } = await setUp('<p id="a">Hmeimim</p><p>Tartus</p>');
    document.getElementById('a')!.remove();
    navigation.move(marks, 'next');
    expect(opened).toEqual([['Tartus', 'keyboard']]);
    expect(navigation.move([], 'next')).toBe(false);
  });

  it('drops the focus of a mark no longer drawn, and starts afresh after reset', async () => {
    const { marks, navigation, focus, opened } = await setUp('<p>Hmeimim</p><p>Tartus</p>');
    navigation.move(marks, 'next');
    navigation.redrawn(marks);
    expect(focus).toEqual(['Hmeimim']);
    navigation.redrawn(marks.slice(1));
    expect(focus).toEqual(['Hmeimim', null]);
    navigation.move(marks, 'next');
    navigation.reset();
    navigation.move(marks, 'next');
    expect(opened.map(([text]) => text)).toEqual(['Hmeimim', 'Hmeimim', 'Hmeimim']);
  });

  it('reveals the nth live mention of an entity: flashed, card opened as by a click', async () => {
    const { marks, navigation, flashed, opened } = await setUp('<p>Tartus, Hmeimim, Tartous.</p>');
    expect(navigation.reveal(marks, 'tartus', 1)).toEqual({ revealed: true, total: 2 });
    expect(flashed).toEqual(['Tartous']);
    expect(opened).toEqual([['Tartous', 'click']]);
    expect(navigation.reveal(marks, 'tartus', 2)).toEqual({ revealed: false, total: 2 });
  });
});
