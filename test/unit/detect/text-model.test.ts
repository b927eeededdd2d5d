import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, locate, type TextModel } from '../../../src/detect/text-model';

/**
 * Two DOMs: linkedom (the CLI's; ignores TreeWalker filters, so collectText prunes skipped subtrees
 * itself) and happy-dom (honours filters like a browser, so the native pruning path runs).
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

/** Every node's text sits at its recorded start. */
function expectConsistent(model: TextModel): void {
  model.nodes.forEach((node, i) => {
    const start = model.starts[i]!;
    expect(model.text.slice(start, start + node.data.length)).toBe(node.data);
    if (i > 0) expect(start).toBeGreaterThanOrEqual(model.starts[i - 1]! + model.nodes[i - 1]!.data.length);
  });
}

describe.each(DOMS)('collectText (%s)', (_name, body) => {
  it('keeps inline text together and separates blocks', () => {
    const m = collectText(body('<p>Tar<b>tus</b> naval</p><p>base</p><div>one<div>two</div>three</div><ul><li>a</li><li>b</li></ul>'));
    expect(m.text).toBe('Tartus naval\nbase\none\ntwo\nthree\na\nb');
    expectConsistent(m);
  });

  it('separates at <br> and table cells', () => {
    const m = collectText(body('x<br>y<table><tr><td>Sy</td><td>ria</td></tr></table>'));
    expect(m.text).toBe('x\ny\nSy\nria');
  });

  it('skips non-prose elements and hidden regions', () => {
    const html = [
      '<p>keep1</p>',
      '<script>var Putin = 1;</script><style>.Putin{}</style><noscript>Putin</noscript>',
      '<template><p>Putin</p></template><textarea>Putin</textarea><input value="Putin"><select><option>Putin</option></select>',
      '<div contenteditable="true"><p>Putin</p></div><div contenteditable="false">keep2</div>',
      '<pre>Putin</pre><p>a <code>Putin()</code> b</p>',
      '<div hidden><span>Putin</span></div><div aria-hidden="true"><i>Putin</i></div><div aria-hidden="false">keep3</div>',
      '<div data-backstory-ui><p>Putin</p></div>',
      '<p>keep4</p>',
    ].join('');
    const m = collectText(body(html));
    expect(m.text).not.toContain('Putin');
    for (const k of ['keep1', 'keep2', 'keep3', 'keep4', 'a ', ' b']) expect(m.text).toContain(k);
    expectConsistent(m);
  });

  it('resumes after a skipped subtree at the right place', () => {
    const m = collectText(body('<p>x<span hidden>no<b>no</b></span>y<script>no</script>z</p>'));
    expect(m.text).toBe('xyz');
    expect(m.nodes.map((n) => n.data)).toEqual(['x', 'y', 'z']);
  });

  it('applies a caller isHidden test', () => {
    const m = collectText(body('<p>a</p><p class="off">Putin <b>x</b></p><p>b</p>'), {
      isHidden: (el) => el.classList.contains('off'),
    });
    expect(m.text).toBe('a\nb');
  });

  it('asks isHidden once per element it keeps, never inside a skipped subtree', () => {
    const seen: string[] = [];
    collectText(body('<p id="a">x<span id="b">y</span></p><div hidden><p id="c">z</p></div><script id="d"></script>'), {
      isHidden: (el) => {
        seen.push(el.id);
        return false;
      },
    });
    expect(seen.sort()).toEqual(['', 'a', 'b']); // '' is the body, the root
  });

  it('descends into open shadow roots', () => {
    const b = body('<p>before</p><div id="host"><span>light</span></div><p>after</p>');
    const host = b.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = host.ownerDocument.createElement('p');
    inner.textContent = 'Hmeimim';
    shadow.appendChild(inner);
    const m = collectText(b);
    expect(m.text.split('\n')).toEqual(['before', 'Hmeimim', 'light', 'after']);
    expect(m.nodes).toContain(inner.firstChild);
    expectConsistent(m);
  });

  it('tests the root itself too', () => {
    const b = body('<pre>Putin</pre><p>Putin</p>');
    expect(collectText(b.querySelector('pre')!).text).toBe('');
    expect(collectText(b.querySelector('p')!, { isHidden: () => true }).text).toBe('');
    expect(collectText(b.querySelector('p')!).text).toBe('Putin');
  });

  it('returns an empty model for an empty root', () => {
    expect(collectText(body(''))).toEqual({ text: '', nodes: [], starts: [] });
  });
});

describe.each(DOMS)('locate (%s)', (_name, body) => {
  const m = collectText(body('<p>ab<b>cd</b></p><p>ef</p>'));
  // text = "abcd\nef"; nodes: "ab"@0, "cd"@2, "ef"@5

  it('maps offsets to nodes by binary search', () => {
    expect(m.text).toBe('abcd\nef');
    const at = (o: number, bias?: 'forward' | 'backward') => {
      const p = locate(m, o, bias);
      return [p.node.data, p.offset];
    };
    expect(at(0)).toEqual(['ab', 0]);
    expect(at(1)).toEqual(['ab', 1]);
    expect(at(2)).toEqual(['cd', 0]);
    expect(at(2, 'backward')).toEqual(['ab', 2]);
    expect(at(4)).toEqual(['cd', 2]); // the separator clamps to the end of the text before it
    expect(at(5)).toEqual(['ef', 0]);
    expect(at(5, 'backward')).toEqual(['cd', 2]);
    expect(at(7)).toEqual(['ef', 2]);
    expect(at(7, 'backward')).toEqual(['ef', 2]);
  });

  it('throws on an empty model', () => {
    expect(() => locate({ text: '', nodes: [], starts: [] }, 0)).toThrow(RangeError);
  });
});
