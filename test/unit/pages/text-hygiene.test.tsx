// @vitest-environment happy-dom
/**
 * Text hygiene (issue 26), with the probe's strings, in each interface language: a pack or an article
 * whose name or metadata holds a direction override or a control character is refused with a problem
 * naming file, line and field; and a name shown inside an interface sentence sits in a <bdi>, so an
 * override that got in anyway (data kept from before, a file name chosen by the reader) cannot reverse
 * the sentence around it: ".(suproc ruoy ni ydaerla erew 0)" was the import banner with U+202E.
 */
import { cleanup, render } from '@testing-library/preact';
import { fileProblemText } from '../../../src/shared/ui/file-problem-text';
import { packProblemText } from '../pack/problem-text';
import { fileProblemOf } from '../../../src/model/file-problem';
import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import ar from '../../../src/locales/ar/messages.json';
import en from '../../../src/locales/en/messages.json';
import ru from '../../../src/locales/ru/messages.json';
import { articleInputSchema } from '../../../src/model/user-article';
import { validatePack } from '../../../src/pack/read-pack';
import { useCatalogue, t } from '../../../src/shared/i18n';
import { ArticleRow } from '../../../src/pages/articles/ArticleRow';
import { PacksSection, type PackImportState } from '../../../src/pages/options/PacksSection';
import { BIDI, bidiNames, hostileArticle } from '../pack/hostile-packs';
import { summary } from './articles/articles-fixtures';

afterEach(cleanup);

const LANGUAGES = [
  ['en', en],
  ['ar', ar],
  ['ru', ru],
] as const;

/** The probe's pack name: a right-to-left override in the middle. */
const OVERRIDDEN = BIDI.rtlOverride;

function renderPacks(importState: PackImportState) {
  return render(<PacksSection importState={importState} exportNotice={null} busy={false} onImportFile={() => undefined} onExport={() => undefined} />);
}

/** The sentence's own text: everything outside its <bdi> elements. */
function ownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const bdi of Array.from(clone.querySelectorAll('bdi'))) bdi.replaceWith('\u0000');
  return clone.textContent ?? '';
}

describe('names and metadata with overrides or control characters are refused', () => {
  it('in a pack, with file, line and field', async () => {
    const { problems } = await validatePack({ name: 'bidi.backstory', stream: () => new Blob([bidiNames()]).stream() });
    expect(problems.map((p) => packProblemText(p))).toEqual([
      'bidi.backstory/manifest.json:4: name holds an invisible character that changes the direction of text (U+202E); remove it.',
      'bidi.backstory/articles.jsonl:1: title holds an invisible character that changes the direction of text (U+202E); remove it.',
      'bidi.backstory/articles.jsonl:2: outlet holds an invisible character that changes the direction of text (U+202D); remove it.',
      'bidi.backstory/articles.jsonl:3: author holds an invisible character that changes the direction of text (U+2067); remove it.',
    ]);
  });

  it('in an article saved from a page (the same schema), for every probe string', () => {
    for (const field of ['title', 'outlet', 'author'] as const) {
      for (const [probe, reason] of [
        [BIDI.rtlOverride, /changes the direction of text \(U\+202E\)/],
        [BIDI.isolate, /changes the direction of text \(U\+2066\)/],
        [BIDI.newline, /must be one line of text/],
        [BIDI.nul, /control character \(U\+0000\)/],
        [BIDI.bell, /control character \(U\+0007\)/],
      ] as const) {
        const result = v.safeParse(articleInputSchema, hostileArticle(1, { [field]: probe }));
        expect(result.success).toBe(false);
        const said = fileProblemText(fileProblemOf(result.issues![0]));
        expect(said).toMatch(new RegExp(`^${field} `));
        expect(said).toMatch(reason);
      }
    }
    // Arabic and Russian names are names, not overrides.
    expect(v.safeParse(articleInputSchema, hostileArticle(1, { outlet: 'الجزيرة', author: 'Коммерсантъ' })).success).toBe(true);
  });
});

describe.each(LANGUAGES)('inserted names are isolated, in %s', (lang, catalogue) => {
  it('the import banners keep their own order around a name with an override', () => {
    useCatalogue(lang, catalogue);
    const { container, rerender } = renderPacks({ kind: 'imported', name: OVERRIDDEN, added: 3, duplicates: 0 });
    const banner = container.querySelector('[role=status]')!;
    expect(banner.querySelector('bdi')?.textContent).toBe(OVERRIDDEN);
    // Outside the <bdi>, exactly the sentence of this language, with no character of the name in it.
    expect(ownText(banner)).toBe(t('options_pack_imported', { count: 3, duplicates: 0, name: '\u0000' }));
    rerender(<PacksSection importState={{ kind: 'refused', name: `evil${OVERRIDDEN}.backstory`, problems: [{ file: 'x', line: 0, code: 'check_pack_not_zip' }] }} exportNotice={null} busy={false} onImportFile={() => undefined} onExport={() => undefined} />);
    const refused = container.querySelector('[role=alert] p')!;
    expect(refused.querySelector('bdi')?.textContent).toBe(`evil${OVERRIDDEN}.backstory`);
    expect(ownText(refused)).toBe(t('options_pack_refused', { count: 1, name: '\u0000' }));
  });

  it('a full disk is said in the language, not as the browser\u2019s error', () => {
    useCatalogue(lang, catalogue);
    const { container } = renderPacks({ kind: 'failed', name: 'desk.backstory', error: 'QuotaExceededError', failure: { code: 'storage_full' } });
    const text = container.querySelector('[role=alert]')?.textContent ?? '';
    expect(text).toContain(t('error_storage_full'));
    expect(text).not.toContain('QuotaExceededError');
    expect(t('error_storage_full')).toMatch({ en: /no storage space left/, ar: /مساحة تخزين/, ru: /не осталось места/ }[lang]);
  });

  it('"Your articles" isolates the author and the pack name', () => {
    useCatalogue(lang, catalogue);
    const { container } = render(
      <ArticleRow article={summary('u-0000000000000009', { author: OVERRIDDEN, origin: 'pack', packId: 'p-00000000000000aa' })} packName={OVERRIDDEN} busy={false} onUpdate={async () => true} onRemove={() => undefined} />,
    );
    const bdis = Array.from(container.querySelectorAll('.bs-article-meta bdi')).map((b) => b.textContent);
    expect(bdis).toEqual(['Example Times', OVERRIDDEN, OVERRIDDEN]);
  });
});
