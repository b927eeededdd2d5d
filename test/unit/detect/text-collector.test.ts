import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, NEVER_YIELD } from '../../../src/detect/text-collector';
import type { TextModel } from '../../../src/detect/text-model';

/**
 * The one collector, in two DOMs: linkedom (the CLI's; its TreeWalker has only nextNode, so skipped
 * subtrees are stepped through) and happy-dom (a browser-like TreeWalker, so they are jumped over
 * with nextSibling/parentNode, as in the extension).
 */
const DOMS: Array<[string, (html: string) => HTMLElement]> = [
  ['linkedom', (html) => parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).document.body],
  [
    'happy-dom',
    (html) => {
      const { document } = new Window();
      document.body.innerHTML = html;
      return document.body as unknown as HTMLElement;
    },
  ],
];

/** The whole text in one go, as the CLI reads it. */
const collect = (root: Node): Promise<TextModel> => collectText([root], { budget: NEVER_YIELD });

/** Words of a text, ignoring how whitespace and separators fall between them. */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Every node's text sits at its recorded start, and starts only grow. */
function expectConsistent(model: TextModel): void {
  model.nodes.forEach((node, i) => {
    const start = model.starts[i]!;
    expect(model.text.slice(start, start + node.data.length)).toBe(node.data);
    if (i > 0) expect(start).toBeGreaterThanOrEqual(model.starts[i - 1]! + model.nodes[i - 1]!.data.length);
  });
}

/** Forty stories with hidden, scripted and CSS-hidden parts: enough nodes to cut into many slices. */
function stories(): string {
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) {
    parts.push(`<div class="story"><h2>Head ${i}</h2><p>Para ${i} <b>bold ${i}</b> tail ${i}.</p>`);
    parts.push(i % 7 === 0 ? `<p hidden>secret ${i}</p><script>code ${i}</script>` : '');
    parts.push(i % 5 === 0 ? `<div style="display:none">gone ${i}</div>` : '');
    parts.push('</div>');
  }
  return `<main>${parts.join('')}</main><p>loose text</p>`;
}

describe.each(DOMS)('collectText (%s)', (_name, body) => {
  it('keeps inline text together and separates blocks', async () => {
    const m = await collect(body('<p>Tar<b>tus</b> naval</p><p>base</p><div>one<div>two</div>three</div><ul><li>a</li><li>b</li></ul>'));
    expect(m.text).toBe('Tartus naval\nbase\none\ntwo\nthree\na\nb');
    expectConsistent(m);
  });

  it('separates at <br> and table cells', async () => {
    expect((await collect(body('x<br>y<table><tr><td>Sy</td><td>ria</td></tr></table>'))).text).toBe('x\ny\nSy\nria');
    const m = await collect(body('<div><p>Ham<b>eimim</b></p>tail<br>next<span> in</span>line</div><ul><li>a</li><li>b</li></ul>'));
    expect(m.text).toBe('Hameimim\ntail\nnext inline\na\nb');
  });

  it('skips non-prose elements and hidden regions', async () => {
    const html = [
      '<p>keep1</p>',
      '<script>var Putin = 1;</script><style>.Putin{}</style><noscript>Putin</noscript>',
      '<template><p>Putin</p></template><textarea>Putin</textarea><input value="Putin"><select><option>Putin</option></select>',
      '<div contenteditable="true"><p>Putin</p></div><div contenteditable="false">keep2</div>',
      '<pre>Putin</pre><p>a <code>Putin()</code> b</p>',
      '<div hidden><span>Putin</span></div><div aria-hidden="true"><i>Putin</i></div><div aria-hidden="false">keep3</div>',
      '<div data-backstory-ui><p>Putin</p></div>',
      '<svg><text>Putin</text></svg><div><div hidden><i>Putin</i></div></div>',
      '<p>keep4</p>',
    ].join('');
    const m = await collect(body(html));
    expect(m.text).not.toContain('Putin');
    for (const k of ['keep1', 'keep2', 'keep3', 'keep4', 'a ', ' b']) expect(m.text).toContain(k);
    expectConsistent(m);
  });

  it('skips subtrees marked hidden, aria-hidden, contenteditable or as code, and reads everything after them', async () => {
    const m = await collect(
      body(
        '<p>one</p><div aria-hidden="true"><p>aria</p></div><div contenteditable="true"><p>edit</p></div><div contenteditable="false">ro</div>' +
          '<svg><text>vector</text></svg><pre><span>pre</span></pre><div><div hidden><i>deep</i></div></div><p>two</p>',
      ),
    );
    expect(words(m.text)).toEqual(['one', 'ro', 'two']);
  });

  it('resumes after a skipped subtree at the right place', async () => {
    const m = await collect(body('<p>x<span hidden>no<b>no</b></span>y<script>no</script>z</p>'));
    expect(m.text).toBe('xyz');
    expect(m.nodes.map((n) => n.data)).toEqual(['x', 'y', 'z']);
  });

  it('reads no CSS: text hidden by style stays in (the content script drops it later, per mention)', async () => {
    const m = await collect(body('<p>a</p><div style="display:none">gone</div><p style="visibility:hidden">b</p>'));
    expect(m.text).toBe('a\ngone\nb');
  });

  it('descends into open shadow roots, at the host, before its light children', async () => {
    const b = body('<p>before</p><div id="host"><span>light</span></div><p>after</p>');
    const host = b.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = host.ownerDocument.createElement('p');
    inner.textContent = 'Hmeimim';
    shadow.appendChild(inner);
    const met: ShadowRoot[] = [];
    const m = await collectText([b], { budget: NEVER_YIELD, onShadowRoot: (r) => met.push(r) });
    expect(m.text.split('\n')).toEqual(['before', 'Hmeimim', 'light', 'after']);
    expect(m.nodes).toContain(inner.firstChild);
    expect(met).toEqual([shadow]);
    expectConsistent(m);
  });

  it('tests each root itself too, and skips roots that are Backstory UI', async () => {
    const b = body('<pre>Putin</pre><p>Putin</p><p hidden>Putin</p><div data-backstory-ui>ours</div><p>light</p>');
    const [pre, p, hidden, ours, light] = [...b.children];
    expect((await collect(pre!)).text).toBe('');
    expect((await collect(hidden!)).text).toBe('');
    expect((await collect(p!)).text).toBe('Putin');
    const m = await collectText([pre!, p!, hidden!, ours!, light!], { budget: NEVER_YIELD });
    expect(m.text).toBe('Putin\nlight');
  });

  it('reads a text node given as a root', async () => {
    const b = body('<p>Tartus</p>');
    const m = await collect(b.querySelector('p')!.firstChild!);
    expect(m.text).toBe('Tartus');
    expect(m.starts).toEqual([0]);
  });

  it('returns an empty model for an empty root', async () => {
    expect(await collect(body(''))).toEqual({ text: '', nodes: [], starts: [] });
  });

  it('cut into many slices, reads exactly what one pass reads, checking the budget as it goes', async () => {
    const b = body(stories());
    const whole = await collect(b);
    let checks = 0;
    const spent = { due: () => true, check: async () => void checks++ };
    const sliced = await collectText([b], { budget: spent, checkEvery: 3 });
    expect(sliced).toEqual(whole);
    expect(checks).toBeGreaterThan(40);
    expect(sliced.text).not.toMatch(/secret|code/);
    expect(sliced.text).toMatch(/gone 0/);
    expectConsistent(await collectText([b], { budget: spent, checkEvery: 2 }));
  });

  it('stops where the budget throws (a session ended mid-scan)', async () => {
    const b = body(stories());
    const aborted = { due: () => true, check: () => Promise.reject(new Error('aborted')) };
    await expect(collectText([b], { budget: aborted, checkEvery: 3 })).rejects.toThrow('aborted');
  });
});
