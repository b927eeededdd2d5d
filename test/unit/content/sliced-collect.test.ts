// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../src/detect/text-model';
import { collectSliced } from '../../../src/content/scan/sliced-collect';
import { VisibilityCache } from '../../../src/content/scan/visibility';

/** Words of a text, ignoring how whitespace and separators fall between them. */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

function build(): HTMLElement {
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) {
    parts.push(`<div class="story"><h2>Head ${i}</h2><p>Para ${i} <b>bold ${i}</b> tail ${i}.</p>`);
    parts.push(i % 7 === 0 ? `<p hidden>secret ${i}</p><script>code ${i}</script>` : '');
    parts.push(i % 5 === 0 ? `<div style="display:none">gone ${i}</div>` : '');
    parts.push('</div>');
  }
  document.body.innerHTML = `<main>${parts.join('')}</main><p>loose text</p>`;
  return document.body;
}

const never = { due: () => false, check: async () => undefined };

describe('collectSliced', () => {
  it('reads the same text as one collectText call (markup skips only), checking the budget as it goes', async () => {
    const body = build();
    const whole = collectText(body);
    let checks = 0;
    const budget = { due: () => true, check: async () => void checks++ };
    const sliced = await collectSliced([body], { budget, checkEvery: 3 });
    expect(sliced.text.trim()).toBe(whole.text.trim());
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(checks).toBeGreaterThan(40);
    expect(sliced.text).not.toMatch(/secret|code/);
    // CSS is not read while collecting: display:none text is dropped later, per mention.
    expect(sliced.text).toMatch(/gone 0/);
  });

  it('separates blocks and line breaks but joins inline pieces, as collectText does', async () => {
    document.body.innerHTML = '<div><p>Ham<b>eimim</b></p>tail<br>next<span> in</span>line</div><ul><li>a</li><li>b</li></ul>';
    const sliced = await collectSliced([document.body], { budget: never });
    expect(sliced.text.trim()).toBe(collectText(document.body).text.trim());
    expect(sliced.text).toContain('Hameimim\ntail\nnext inline');
  });

  it('skips subtrees marked hidden, aria-hidden, contenteditable or as code, and reads everything after them', async () => {
    document.body.innerHTML =
      '<p>one</p><div aria-hidden="true"><p>aria</p></div><div contenteditable="true"><p>edit</p></div><div contenteditable="false">ro</div>' +
      '<svg><text>vector</text></svg><pre><span>pre</span></pre><div><div hidden><i>deep</i></div></div><p>two</p>';
    const sliced = await collectSliced([document.body], { budget: never });
    expect(words(sliced.text)).toEqual(['one', 'ro', 'two']);
  });

  it('finds mentions in hidden text lazily: only the elements asked about are checked, once each', () => {
    document.body.innerHTML = '<p id="a">x <b>y</b></p><div style="display:none"><p id="b">z</p></div>';
    const cache = new VisibilityCache();
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.getElementById('b')!.firstChild as Text;
    expect(cache.textHidden(a)).toBe(false);
    expect(cache.textHidden(a)).toBe(false);
    expect(cache.textHidden(b)).toBe(true);
    expect(cache.checks).toBe(2);
  });

  it('keeps every node start pointing at its own text', async () => {
    const body = build();
    const model = await collectSliced([body], { budget: never, checkEvery: 2 });
    model.nodes.forEach((node, i) => {
      const start = model.starts[i]!;
      expect(model.text.slice(start, start + node.data.length)).toBe(node.data);
    });
  });

  it('skips roots that are Backstory UI, and reads open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div><div data-backstory-ui>ours</div><p>light</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>shadowed</p>';
    const roots = [...document.body.children];
    const met: ShadowRoot[] = [];
    const model = await collectSliced(roots, { budget: never, onShadowRoot: (r) => met.push(r) });
    expect(words(model.text)).toEqual(['shadowed', 'light']);
    expect(met).toEqual([host.shadowRoot]);
  });
});
